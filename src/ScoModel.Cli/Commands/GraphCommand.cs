using System.CommandLine;

namespace ScoModel.Cli.Commands;

/// <summary>
/// <c>sco graph exercises|bilaterals</c>: who exercised with whom, or whose people met whom, as DOT (Graphviz), GraphML
/// (Gephi, yEd, NetworkX), or an adjacency matrix drawn as SVG or HTML.
/// </summary>
internal static class GraphCommand
{
    private static readonly string[] Relations = ["exercises", "bilaterals"];

    private static readonly (string Format, string Extension)[] Formats =
        [("dot", ".dot"), ("dot", ".gv"), ("graphml", ".graphml"), ("svg", ".svg"), ("html", ".html"), ("html", ".htm")];

    public static Command Create(CliContext context)
    {
        var relation = new Argument<string>("RELATION")
        {
            Description = "exercises (states in the same exercise) or bilaterals (states whose people met)",
        };
        var from = CommonOptions.From("Only what overlaps or follows this day (yyyy-MM-dd, or a year)");
        var to = CommonOptions.To("Only what overlaps or precedes this day (yyyy-MM-dd, or a year)");
        var state = new Option<string[]>("--state")
        {
            Description = "Only these states (ISO code, name or alias; repeat, or separate with commas)",
            HelpName = "STATE",
        };
        var output = new ChartOutput(Formats, "dot");
        var command = new Command("graph", "Who exercised with whom, or who met whom: DOT, GraphML, or a matrix as SVG or HTML")
        {
            relation, from, to, state, output.Format, output.Out,
        };
        command.SetAction(result =>
        {
            ChartOutput.RefuseJson(result, context, "graph");
            var which = Inputs.Choice(result.GetValue(relation)!, "RELATION", "relation", Relations);
            var format = output.ChosenFormat(result);
            var first = result.DayValue(from, endOfYear: false);
            var last = result.DayValue(to, endOfYear: true);
            if (first is { } start && last is { } end)
            {
                Inputs.Forwards(start, end);
            }

            var states = Inputs.Split(result.GetValue(state)).Select(Inputs.State).DistinctBy(s => s.Id).ToArray();
            var graph = which == "bilaterals" ? Graphs.Bilaterals(first, last, states) : Graphs.Exercises(first, last, states);
            output.Write(result, context, writer =>
            {
                switch (format)
                {
                    case "graphml":
                        GraphWriters.WriteGraphMl(graph, writer);
                        break;
                    case "svg":
                        GraphMatrixSvg.Write(graph, writer);
                        break;
                    case "html":
                        var facts = graph.Edges.Select(e => $"{graph.Nodes[e.Source].Label} and {graph.Nodes[e.Target].Label}: {string.Join(", ", e.Evidence)}");
                        HtmlPage.Write(writer, graph.Title, svg => GraphMatrixSvg.Write(graph, svg), facts);
                        break;
                    default:
                        GraphWriters.WriteDot(graph, writer);
                        break;
                }
            });
            return 0;
        });
        return command;
    }
}
