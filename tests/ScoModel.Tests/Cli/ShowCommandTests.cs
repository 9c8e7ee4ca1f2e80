using System.Text.Json;

namespace ScoModel.Tests.Cli;

/// <summary><c>sco show ID</c>: one entity with its relations and sources.</summary>
public sealed class ShowCommandTests
{
    private static string[] RelatedIds(JsonElement show, string relation) =>
        CliRunner.Ids(show.GetProperty("relations").GetProperty(relation));

    [Fact]
    public void Show_IND_prints_status_history_relations_and_sources()
    {
        var run = CliRunner.Succeed("show", "IND");
        var lines = run.Lines;

        Assert.Contains("Entity\tstate", lines);
        Assert.Contains("Id\tIND", lines);
        Assert.Contains("Name\tIndia", lines);
        Assert.Contains(lines, l => l.StartsWith("Status history (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("observer\t2005-07-05\t2017-06-09", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("member\t2017-06-09\t\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Exercises taken part in (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("peace-mission-2018\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Meetings hosted or attended (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("defence-ministers-2023\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Proposals (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Sources (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Defence minister on ", StringComparison.Ordinal) && l.EndsWith("Rajnath Singh (rajnath-singh)", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_IND_json_has_the_record_relations_and_citations()
    {
        var india = State.Find("IND")!;
        var json = CliRunner.Json("show", "IND");

        Assert.Equal(JsonValueKind.Object, json.ValueKind);
        Assert.Equal("state", json.GetProperty("entity").GetString());
        Assert.Equal("IND", json.GetProperty("id").GetString());
        Assert.Equal("India", json.GetProperty("name").GetString());
        Assert.Equal("2005-07-05", json.GetProperty("statuses")[0].GetProperty("from").GetString());
        Assert.Equal(Sco.ExercisesOf(india).Select(e => e.Id), RelatedIds(json, "exercises"));
        Assert.Equal(Sco.MeetingsOf(india).Select(m => m.Id), RelatedIds(json, "meetings"));
        Assert.Equal(Sco.ProposalsOf(india).Select(p => p.Id), RelatedIds(json, "proposals"));
        Assert.Equal(Person.Of(india).Select(p => p.Id), RelatedIds(json, "people"));
        Assert.Contains("rajnath-singh", RelatedIds(json, "people"));
        var meeting = json.GetProperty("relations").GetProperty("meetings").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "defence-ministers-2023");
        Assert.Equal("meeting", meeting.GetProperty("entity").GetString());
        Assert.Equal("2023-04-28", meeting.GetProperty("date").GetString());

        var citations = json.GetProperty("citations").EnumerateArray().ToArray();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("title").GetString())));
        Assert.Equal(CliRunner.Strings(json.GetProperty("sources")), citations.Select(c => c.GetProperty("id").GetString()!).Take(json.GetProperty("sources").GetArrayLength()));
    }

    [Fact]
    public void Show_rajnath_singh_prints_tenures_meetings_proposals_and_statements()
    {
        var lines = CliRunner.Succeed("show", "rajnath-singh").Lines;

        Assert.Contains("Entity\tperson", lines);
        Assert.Contains("Name\tRajnath Singh", lines);
        Assert.Contains("State\tIndia (IND)", lines);
        Assert.Contains(lines, l => l.StartsWith("Tenures (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("defence-minister\tIND\t2019-05-31\t\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Meetings chaired or attended (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("defence-ministers-2023\t2023-04-28\t", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Proposals (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Statements (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Bilateral meetings (", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_rajnath_singh_json()
    {
        var singh = Person.Find("rajnath-singh")!;
        var json = CliRunner.Json("show", "Rajnath Singh");

        Assert.Equal("person", json.GetProperty("entity").GetString());
        Assert.Equal("rajnath-singh", json.GetProperty("id").GetString());
        Assert.Equal("IND", json.GetProperty("state").GetString());
        var tenure = json.GetProperty("tenures")[0];
        Assert.Equal(("defence-minister", "IND", "2019-05-31"), (tenure.GetProperty("role").GetString(), tenure.GetProperty("state").GetString(), tenure.GetProperty("from").GetString()));
        Assert.Equal(JsonValueKind.Null, tenure.GetProperty("to").ValueKind);
        Assert.Equal(Sco.MeetingsOf(singh).Select(m => m.Id), RelatedIds(json, "meetings"));
        Assert.Equal(Proposal.By(singh).Select(p => p.Id), RelatedIds(json, "proposals"));
        Assert.Equal(Statement.By(singh).Select(s => s.Id), RelatedIds(json, "statements"));
        Assert.Equal(Bilateral.WithPerson(singh).Select(b => b.Id), RelatedIds(json, "bilaterals"));
        Assert.Contains("defence-ministers-2023", RelatedIds(json, "meetings"));
    }

    [Fact]
    public void Show_a_meeting_prints_attendance_proposals_bilaterals_and_statements()
    {
        var meeting = Meeting.Find("defence-ministers-2023")!;
        var json = CliRunner.Json("show", "defence-ministers-2023");

        Assert.Equal("meeting", json.GetProperty("entity").GetString());
        Assert.Equal("defence-ministers", json.GetProperty("kind").GetString());
        var attendance = json.GetProperty("attendance").EnumerateArray().ToArray();
        Assert.Equal(meeting.Attendance.Length, attendance.Length);
        Assert.All(attendance, a => Assert.True(a.TryGetProperty("state", out _) && a.TryGetProperty("person", out _) && a.TryGetProperty("role", out _) && a.TryGetProperty("guest", out _)));
        Assert.Equal(Proposal.At(meeting).Select(p => p.Id), RelatedIds(json, "proposals"));
        Assert.Equal(Bilateral.At(meeting).Select(b => b.Id), RelatedIds(json, "bilaterals"));
        Assert.Equal(Statement.At(meeting).Select(s => s.Id), RelatedIds(json, "statements"));

        var lines = CliRunner.Succeed("show", "defence-ministers-2023").Lines;
        Assert.Contains(lines, l => l.StartsWith("Attendance (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("India (IND)\tRajnath Singh (rajnath-singh)\tdefence-minister\tno", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_a_theme_lists_everything_on_it()
    {
        var theme = Theme.Find("counter-terrorism")!;
        var json = CliRunner.Json("show", "counter-terrorism");

        Assert.Equal(Meeting.OnTheme(theme).Select(m => m.Id), RelatedIds(json, "meetings"));
        Assert.Equal(Exercise.OnTheme(theme).Select(e => e.Id), RelatedIds(json, "exercises"));
        Assert.Equal(Statement.OnTheme(theme).Select(s => s.Id), RelatedIds(json, "statements"));
    }

    [Fact]
    public void Show_a_source_lists_what_cites_it()
    {
        var json = CliRunner.Json("show", "seed-article");

        Assert.Equal("source", json.GetProperty("entity").GetString());
        Assert.Equal("unverified", json.GetProperty("reliability").GetString());
        var citedBy = json.GetProperty("relations").GetProperty("citedBy").EnumerateArray().ToArray();
        Assert.NotEmpty(citedBy);
        Assert.Contains(citedBy, c => c.GetProperty("entity").GetString() == "proposal");
    }

    public static TheoryData<string, string> OneOfEachKind => new()
    {
        { State.All[0].Id, "state" },
        { Body.All[0].Id, "body" },
        { Person.All[0].Id, "person" },
        { Meeting.All[0].Id, "meeting" },
        { Exercise.All[0].Id, "exercise" },
        { Initiative.All[0].Id, "initiative" },
        { Proposal.All[0].Id, "proposal" },
        { Bilateral.All[0].Id, "bilateral" },
        { Statement.All[0].Id, "statement" },
        { Theme.All[0].Id, "theme" },
        { Source.All[0].Id, "source" },
    };

    [Theory]
    [MemberData(nameof(OneOfEachKind))]
    public void Show_works_for_every_kind(string id, string kind)
    {
        var lines = CliRunner.Succeed("show", id).Lines;
        Assert.Equal($"Entity\t{kind}", lines[0]);
        Assert.Equal($"Id\t{id}", lines[1]);

        var json = CliRunner.Json("show", id);
        Assert.Equal(kind, json.GetProperty("entity").GetString());
        Assert.Equal(id, json.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("relations").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("citations").ValueKind);
    }

    [Theory]
    [InlineData("india", "IND")]
    [InlineData("IN", "IND")]
    [InlineData("Kyrgyz Republic", "KGZ")]
    [InlineData("RATS", "rats")]
    [InlineData("Peace Mission 2018", "peace-mission-2018")]
    public void Show_accepts_names_codes_and_aliases(string name, string id)
    {
        Assert.Equal(id, CliRunner.Json("show", name).GetProperty("id").GetString());
    }
}
