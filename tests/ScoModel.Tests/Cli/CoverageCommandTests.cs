namespace ScoModel.Tests.Cli;

/// <summary><c>sco coverage</c>: what the dataset records per year and the gaps, and docs/coverage.md as its Markdown output.</summary>
public sealed class CoverageCommandTests
{
    [Fact]
    public void Every_year_lists_its_meetings_and_exercises_by_kind()
    {
        var years = CliRunner.Json("coverage").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());

        var first = Meeting.All.Select(m => m.Start.Year).Concat(Exercise.All.Select(e => e.Year)).Min();
        Assert.Equal(Enumerable.Range(first, Sco.AsOf.Year - first + 1), years.Keys);
        foreach (var meeting in Meeting.All)
        {
            var field = meeting.Kind switch
            {
                MeetingKind.HeadsOfState => "summits",
                MeetingKind.DefenceMinisters => "defenceMinistersMeetings",
                _ => "otherMeetings",
            };
            Assert.Contains(meeting.Id, CliRunner.Strings(years[meeting.Start.Year].GetProperty(field)));
        }

        Assert.All(Exercise.All, e => Assert.Contains(e.Id, CliRunner.Strings(years[e.Year].GetProperty("exercises"))));
    }

    [Fact]
    public void A_year_without_a_summit_or_ministers_meeting_after_the_first_is_a_gap()
    {
        var years = CliRunner.Json("coverage").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32(), y => CliRunner.Strings(y.GetProperty("gaps")));

        var firstSummit = Meeting.All.Where(m => m.Kind == MeetingKind.HeadsOfState).Min(m => m.Start.Year);
        var firstMinisters = Meeting.All.Where(m => m.Kind == MeetingKind.DefenceMinisters).Min(m => m.Start.Year);
        foreach (var (year, gaps) in years)
        {
            var summit = Meeting.All.Any(m => m.Kind == MeetingKind.HeadsOfState && m.Start.Year == year);
            var ministers = Meeting.All.Any(m => m.Kind == MeetingKind.DefenceMinisters && m.Start.Year == year);
            Assert.Equal(!summit && year >= firstSummit, gaps.Contains("no summit recorded"));
            Assert.Equal(!ministers && year >= firstMinisters, gaps.Contains("no defence ministers' meeting recorded"));
        }
    }

    [Fact]
    public void Docs_coverage_md_is_the_current_markdown_output()
    {
        var expected = CliRunner.Succeed("coverage", "--format", "markdown").Stdout;
        var path = Repository.File("docs", "coverage.md");

        var actual = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        Assert.True(
            actual.ReplaceLineEndings() == expected.ReplaceLineEndings(),
            "docs/coverage.md is stale: regenerate it with `dotnet run --project src/ScoModel.Cli -- coverage --format markdown > docs/coverage.md`");
    }
}
