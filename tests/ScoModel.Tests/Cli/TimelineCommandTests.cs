using System.Xml.Linq;

namespace ScoModel.Tests.Cli;

/// <summary><c>sco timeline</c>: status periods and ministers' tenures, drawn as text, SVG and HTML, checked against the model.</summary>
public sealed class TimelineCommandTests
{
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_text_chart_draws_each_status_under_the_years_it_was_held()
    {
        var lines = CliRunner.Succeed("timeline", "--state", "IND,CHN", "--width", "100").Lines;

        var india = lines.Single(l => l.StartsWith("India", StringComparison.Ordinal));
        var china = lines.Single(l => l.StartsWith("China", StringComparison.Ordinal));
        var years = lines.Single(l => l.TrimStart().StartsWith("2005", StringComparison.Ordinal));
        // Read the chart as a person would: the glyph in the column of a year's label on the axis.
        char At(string row, string year) => row.PadRight(years.Length)[years.IndexOf(year, StringComparison.Ordinal)];

        Assert.Equal(Glyph(lines, "observer"), At(india, "2010"));
        Assert.Equal(Glyph(lines, "member"), At(india, "2020"));
        Assert.Equal(' ', india[india.IndexOf('│', StringComparison.Ordinal) + 1]);
        Assert.Equal(Glyph(lines, "member"), At(china, "2005"));
        Assert.Equal(Glyph(lines, "member"), china[china.IndexOf('│', StringComparison.Ordinal) + 1]);
        Assert.All(lines, l => Assert.True(l.Length <= 100, $"'{l}' is wider than --width 100"));
    }

    [Fact]
    public void The_svg_has_one_bar_per_status_period_placed_in_time_order_with_its_tooltip()
    {
        var svg = Svg("timeline", "--state", "IND", "--format", "svg");

        var bars = Bars(svg);
        Assert.Equal(State.India.Statuses.Length, bars.Count);
        Assert.All(State.India.Statuses, p => Assert.Contains(bars, b => b.Title.Contains($"{Kebab(p.Status)} from {p.From:yyyy-MM-dd}", StringComparison.Ordinal)));
        var observer = bars.Single(b => b.Title.Contains("observer", StringComparison.Ordinal));
        var member = bars.Single(b => b.Title.Contains("member", StringComparison.Ordinal));
        // The observer period ends the day membership starts: the bars meet.
        Assert.True(observer.X < member.X);
        Assert.InRange(member.X - (observer.X + observer.Width), -0.2, 0.2);
        Assert.NotEqual(observer.Fill, member.Fill);
        Assert.Contains(svg.Descendants(SvgNs + "text"), t => t.Value == "India");
        Assert.Contains(svg.Descendants(SvgNs + "text"), t => t.Value == "member");
    }

    [Fact]
    public void A_period_clips_the_bars_to_the_range_and_status_filters_drop_other_rows()
    {
        var clipped = Bars(Svg("timeline", "--from", "2010", "--to", "2012-12-31", "--state", "CHN", "--format", "svg"));
        var full = Assert.Single(clipped);
        Assert.Contains("member from 2001-06-15", full.Title, StringComparison.Ordinal);

        var observers = Svg("timeline", "--status", "observer", "--format", "svg");
        var labels = Labels(observers);
        var expected = State.All.Where(s => s.Statuses.Any(p => p.Status == ScoStatus.Observer)).Select(s => s.Name).ToArray();
        Assert.Equal(expected.Order(), labels.Intersect(State.All.Select(s => s.Name)).Order());
        Assert.DoesNotContain("China", labels);
        Assert.All(Bars(observers), b => Assert.Contains(": observer from", b.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Ministers_charts_each_defence_minister_of_the_state_with_their_tenures()
    {
        var svg = Svg("timeline", "--ministers", "India", "--format", "svg");

        var expected = Person.All.Where(p => p.Tenures.Any(t => t.Role == Role.DefenceMinister && t.State.Id == "IND")).Select(p => p.Name).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(), Labels(svg).Intersect(expected).Order());
        Assert.Contains(Bars(svg), b => b.Title.StartsWith("Rajnath Singh:", StringComparison.Ordinal));
        Assert.StartsWith("Defence ministers of India", svg.Element(SvgNs + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_page_is_self_contained_and_lists_the_facts_it_draws()
    {
        using var folder = new TempFolder();
        var path = folder.File("status.html");

        var run = CliRunner.Succeed("timeline", "--state", "IND", "--out", path);

        Assert.Equal($"Wrote {path}", run.Lines.Single());
        var html = File.ReadAllText(path);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(State.India.Statuses.Length, html.Split("<li>India: ").Length - 1);
    }

    [Fact]
    public void The_format_follows_the_out_extension_unless_given()
    {
        using var folder = new TempFolder();

        CliRunner.Succeed("timeline", "--out", folder.File("chart.svg"));
        CliRunner.Succeed("timeline", "--out", folder.File("chart.txt"));
        CliRunner.Succeed("timeline", "--format", "svg", "--out", folder.File("chart.txt2"));

        Assert.StartsWith("<svg", File.ReadAllText(folder.File("chart.svg")), StringComparison.Ordinal);
        Assert.StartsWith("SCO status of each state", File.ReadAllText(folder.File("chart.txt")), StringComparison.Ordinal);
        Assert.StartsWith("<svg", File.ReadAllText(folder.File("chart.txt2")), StringComparison.Ordinal);
    }

    private static char Glyph(string[] lines, string category)
    {
        var legend = lines[^1];
        var at = legend.IndexOf(" " + category, StringComparison.Ordinal);
        Assert.True(at > 0, $"the legend '{legend}' has no {category}");
        return legend[at - 1];
    }

    private static string Kebab(ScoStatus status) => status == ScoStatus.DialoguePartner ? "dialogue-partner" : status.ToString().ToLowerInvariant();

    internal static XElement Svg(params string[] args) => XElement.Parse(CliRunner.Succeed(args).Stdout);

    /// <summary>The text labels of a picture.</summary>
    internal static string[] Labels(XElement svg) => svg.Descendants(SvgNs + "text").Select(t => t.Value).ToArray();

    /// <summary>The bars of a timeline: the rectangles that carry a tooltip.</summary>
    private static List<(double X, double Width, string Fill, string Title)> Bars(XElement svg) =>
        svg.Descendants(SvgNs + "rect")
            .Where(r => r.Element(SvgNs + "title") is not null)
            .Select(r => (Number(r, "x"), Number(r, "width"), r.Attribute("fill")!.Value, r.Element(SvgNs + "title")!.Value))
            .ToList();

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)!.Value, System.Globalization.CultureInfo.InvariantCulture);
}
