using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ScoModel.Tests.Cli;

/// <summary><c>sco graph</c>: co-participation counted from the model, written as DOT, GraphML and an SVG matrix.</summary>
public sealed partial class GraphCommandTests
{
    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    [Fact]
    public void Dot_has_an_edge_for_every_pair_of_states_in_the_same_exercise_weighted_by_their_count()
    {
        var dot = CliRunner.Succeed("graph", "exercises").Stdout;

        Assert.StartsWith("graph \"exercises\" {", dot, StringComparison.Ordinal);
        var edges = DotEdge().Matches(dot).ToDictionary(m => Pair(m.Groups[1].Value, m.Groups[2].Value), m => int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Expected(Exercise.All.Select(e => e.Participants.Select(p => p.Id))), edges);
    }

    [Fact]
    public void GraphMl_lists_the_states_and_the_bilaterals_each_pair_had()
    {
        var document = XDocument.Parse(CliRunner.Succeed("graph", "bilaterals", "--format", "graphml").Stdout);

        var graph = document.Root!.Element(GraphMl + "graph")!;
        Assert.Equal("undirected", graph.Attribute("edgedefault")!.Value);
        var labels = graph.Elements(GraphMl + "node").ToDictionary(n => n.Attribute("id")!.Value, n => n.Element(GraphMl + "data")!.Value);
        Assert.Equal("India", labels["IND"]);
        var edges = graph.Elements(GraphMl + "edge").ToDictionary(
            e => Pair(e.Attribute("source")!.Value, e.Attribute("target")!.Value),
            e => e.Elements(GraphMl + "data").Single(d => d.Attribute("key")!.Value == "evidence").Value.Split('|').Length);
        Assert.Equal(Expected(Bilateral.All.Select(b => b.States.Select(s => s.Id))), edges);
        Assert.All(edges.Keys, pair => Assert.True(labels.ContainsKey(pair.A) && labels.ContainsKey(pair.B)));
    }

    [Fact]
    public void Filters_keep_only_the_given_states_and_the_exercises_in_the_period()
    {
        var dot = CliRunner.Succeed("graph", "exercises", "--from", "2021", "--to", "2021", "--state", "RUS,CHN,IND,PAK").Stdout;

        var expected = Expected(Exercise.All.Where(e => e.Year == 2021).Select(e => e.Participants.Select(p => p.Id).Where(id => id is "RUS" or "CHN" or "IND" or "PAK")));
        var edges = DotEdge().Matches(dot).ToDictionary(m => Pair(m.Groups[1].Value, m.Groups[2].Value), m => int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEmpty(expected);
        Assert.Equal(expected, edges);
    }

    [Fact]
    public void The_svg_matrix_labels_every_state_twice_and_explains_every_shared_cell()
    {
        var svg = TimelineCommandTests.Svg("graph", "exercises", "--format", "svg");

        var states = Exercise.All.SelectMany(e => e.Participants.Length > 1 ? e.Participants : []).Select(p => p.Name).Distinct().ToArray();
        var labels = TimelineCommandTests.Labels(svg);
        Assert.All(states, name => Assert.Equal(2, labels.Count(l => l == name)));
        var pairs = Expected(Exercise.All.Select(e => e.Participants.Select(p => p.Id)));
        var titled = svg.Descendants(SvgNs + "rect").Count(r => r.Element(SvgNs + "title") is not null);
        Assert.Equal(2 * pairs.Count, titled);
    }

    /// <summary>The pairs of distinct states that occur together, counted once per event: an independent count.</summary>
    private static Dictionary<(string A, string B), int> Expected(IEnumerable<IEnumerable<string>> events)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var ids in events.Select(e => e.Distinct().ToArray()))
        {
            foreach (var a in ids)
            {
                foreach (var b in ids.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    counts[(a, b)] = counts.GetValueOrDefault((a, b)) + 1;
                }
            }
        }

        return counts;
    }

    private static (string A, string B) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    [GeneratedRegex("\"(\\w+)\" -- \"(\\w+)\" \\[weight=(\\d+)")]
    private static partial Regex DotEdge();
}
