using System.CommandLine;
using System.Globalization;

namespace ScoModel.Cli.Commands;

/// <summary>
/// <c>sco coverage</c>: per year, which summits, defence ministers' meetings, other meetings and exercises the dataset
/// records, and the gaps that shows (a year with no summit or no defence ministers' meeting once they were held every
/// year). <c>docs/coverage.md</c> is this command's Markdown output.
/// </summary>
internal static class CoverageCommand
{
    private static readonly string[] Formats = ["table", "markdown"];

    public static Command Create(CliContext context)
    {
        var format = new Option<string?>("--format")
        {
            Description = "table (the default) or markdown, as in docs/coverage.md",
            HelpName = "FORMAT",
        };
        var command = new Command("coverage", "Show per year which summits, meetings and exercises the dataset records, and what is missing") { format };
        command.SetAction(result =>
        {
            var years = Years();
            if (context.WantsJson(result))
            {
                context.Screen.Json(years, CliJson.Context.CoverageYearJsonArray);
            }
            else if (result.GetValue(format) is { } text && Inputs.Choice(text, format.Name, "format", Formats) == "markdown")
            {
                context.Screen.Text(output => WriteMarkdown(years, output));
            }
            else
            {
                var table = new TableView($"Coverage by year, as of {Display.Date(Sco.AsOf)}", [.. Headings.Select(h => new Column(h))]) { Noun = ("year", "years") };
                foreach (var year in years)
                {
                    table.Add(Cells(year));
                }

                context.Screen.Table(table);
            }

            return 0;
        });
        return command;
    }

    private static readonly string[] Headings = ["Year", "Summits", "Defence ministers", "Other meetings", "Exercises", "Gaps"];

    /// <summary>
    /// Every year from the first recorded event to the dataset's as-of year. A gap is a year without a summit after the
    /// first summit, or without a defence ministers' meeting after the first one, up to the as-of date.
    /// </summary>
    public static CoverageYearJson[] Years()
    {
        var meetings = Meeting.All.OrderBy(m => m.Start).ToArray();
        var first = meetings.Select(m => m.Start.Year).Concat(Exercise.All.Select(e => e.Year)).DefaultIfEmpty(Sco.AsOf.Year).Min();
        var firstSummit = meetings.FirstOrDefault(m => m.Kind == MeetingKind.HeadsOfState)?.Start.Year;
        var firstMinisters = meetings.FirstOrDefault(m => m.Kind == MeetingKind.DefenceMinisters)?.Start.Year;
        var years = new List<CoverageYearJson>();
        for (var year = first; year <= Sco.AsOf.Year; year++)
        {
            var inYear = meetings.Where(m => m.Start.Year == year).ToArray();
            var summits = Keys(inYear.Where(m => m.Kind == MeetingKind.HeadsOfState));
            var ministers = Keys(inYear.Where(m => m.Kind == MeetingKind.DefenceMinisters));
            var gaps = new List<string>();
            if (summits.Length == 0 && year >= firstSummit)
            {
                gaps.Add("no summit recorded");
            }

            if (ministers.Length == 0 && year >= firstMinisters)
            {
                gaps.Add("no defence ministers' meeting recorded");
            }

            years.Add(new CoverageYearJson(
                year,
                summits,
                ministers,
                Keys(inYear.Where(m => m.Kind is not (MeetingKind.HeadsOfState or MeetingKind.DefenceMinisters))),
                [.. Exercise.All.Where(e => e.Year == year).OrderBy(e => e.Start ?? DateOnly.MaxValue).Select(e => e.Id)],
                [.. gaps]));
        }

        return [.. years];
    }

    private static string[] Keys(IEnumerable<Meeting> meetings) => [.. meetings.Select(m => m.Id)];

    private static string?[] Cells(CoverageYearJson year) =>
    [
        year.Year.ToString(CultureInfo.InvariantCulture),
        string.Join(", ", year.Summits),
        string.Join(", ", year.DefenceMinistersMeetings),
        string.Join(", ", year.OtherMeetings),
        string.Join(", ", year.Exercises),
        string.Join("; ", year.Gaps),
    ];

    private static void WriteMarkdown(IReadOnlyList<CoverageYearJson> years, TextWriter output)
    {
        output.WriteLine("# Coverage by year");
        output.WriteLine();
        output.WriteLine($"What the dataset records per year, as of {Display.Date(Sco.AsOf)}: summits (heads of state), defence ministers' meetings,");
        output.WriteLine("other meetings and exercises, by key (`sco show KEY` for each). A gap is a year with no summit, or no defence");
        output.WriteLine("ministers' meeting, after the first one recorded: the meeting may have been held and not yet sourced.");
        output.WriteLine();
        output.WriteLine("This page is generated: `dotnet run --project src/ScoModel.Cli -- coverage --format markdown > docs/coverage.md`.");
        output.WriteLine();
        output.WriteLine($"| {string.Join(" | ", Headings)} |");
        output.WriteLine($"|{string.Concat(Headings.Select(_ => "---|"))}");
        foreach (var year in years)
        {
            output.WriteLine($"| {string.Join(" | ", Cells(year).Select(c => string.IsNullOrEmpty(c) ? "" : c.Replace("|", "\\|", StringComparison.Ordinal)))} |");
        }

        var gaps = years.Count(y => y.Gaps.Length > 0);
        output.WriteLine();
        output.WriteLine($"{years.Count} years, {gaps} with a gap.");
    }
}
