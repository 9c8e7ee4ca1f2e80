using System.Text.Json;

namespace ScoModel.Tests.Cli;

/// <summary>Every list command, as a table and as JSON, on the real dataset.</summary>
public sealed class ListCommandTests
{
    private static readonly Dictionary<string, (string[] Ids, string Header)> Expected = new()
    {
        ["states"] = (State.All.Select(e => e.Id).ToArray(), "Id\tName\tISO2\tRegion\tStatus\tSince"),
        ["bodies"] = (Body.All.Select(e => e.Id).ToArray(), "Id\tAcronym\tName\tKind\tSeat\tEstablished"),
        ["people"] = (Person.All.Select(e => e.Id).ToArray(), "Id\tName\tState\tRoles\tFrom\tTo"),
        ["meetings"] = (Meeting.All.Select(e => e.Id).ToArray(), "Id\tStart\tKind\tHost\tCity\tName"),
        ["exercises"] = (Exercise.All.Select(e => e.Id).ToArray(), "Id\tYear\tName\tFramework\tHost\tParticipants"),
        ["initiatives"] = (Initiative.All.Select(e => e.Id).ToArray(), "Id\tName\tKind\tStatus\tEstablished\tBody"),
        ["proposals"] = (Proposal.All.Select(e => e.Id).ToArray(), "Id\tDate\tState\tProposer\tStatus\tTitle"),
        ["bilaterals"] = (Bilateral.All.Select(e => e.Id).ToArray(), "Id\tDate\tStates\tPeople\tMeeting\tSummary"),
        ["statements"] = (Statement.All.Select(e => e.Id).ToArray(), "Id\tDate\tPerson\tMeeting\tThemes\tSummary"),
        ["themes"] = (Theme.All.Select(e => e.Id).ToArray(), "Id\tName\tEntries\tDescription"),
        ["sources"] = (Source.All.Select(e => e.Id).ToArray(), "Id\tPublished\tReliability\tPublisher\tTitle"),
    };

    public static TheoryData<string> Commands => [.. Expected.Keys];

    [Theory]
    [MemberData(nameof(Commands))]
    public void Lists_every_entry_as_a_tab_separated_table(string command)
    {
        var (ids, header) = Expected[command];
        Assert.NotEmpty(ids);

        var rows = CliRunner.Table(command);

        Assert.Equal(header, string.Join('\t', rows[0]));
        Assert.Equal(ids, rows.Skip(1).Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Lists_every_entry_as_a_json_array_of_records_with_sources(string command)
    {
        var json = CliRunner.Json(command);

        Assert.Equal(Expected[command].Ids, CliRunner.Ids(json));
        foreach (var entry in json.EnumerateArray())
        {
            // camelCase properties only, and every kind but Source cites its sources by key.
            Assert.All(entry.EnumerateObject(), p => Assert.True(char.IsLower(p.Name[0]), p.Name));
            if (command != "sources")
            {
                Assert.Equal(JsonValueKind.Array, entry.GetProperty("sources").ValueKind);
                Assert.All(CliRunner.Strings(entry.GetProperty("sources")), key => Assert.NotNull(Source.Find(key)));
            }
        }
    }

    [Fact]
    public void Json_writes_unknown_values_as_null_and_empty_lists_as_empty_arrays()
    {
        var china = CliRunner.Json("states").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "CHN");

        Assert.Equal(JsonValueKind.Null, china.GetProperty("note").ValueKind);
        var founding = china.GetProperty("statuses")[0];
        Assert.Equal(JsonValueKind.Null, founding.GetProperty("to").ValueKind);
        Assert.Equal(JsonValueKind.Array, founding.GetProperty("sources").ValueKind);
    }

    [Fact]
    public void States_json_has_status_periods_with_from_and_to()
    {
        var json = CliRunner.Json("states");

        foreach (var state in json.EnumerateArray())
        {
            foreach (var period in state.GetProperty("statuses").EnumerateArray())
            {
                Assert.Contains(period.GetProperty("status").GetString(), new[] { "member", "observer", "dialogue-partner", "partner" });
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", period.GetProperty("from").GetString());
                Assert.True(period.TryGetProperty("to", out var to));
                Assert.True(to.ValueKind == JsonValueKind.Null || DateOnly.TryParseExact(to.GetString(), "yyyy-MM-dd", out _));
            }
        }

        var india = json.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "IND");
        Assert.Equal("India", india.GetProperty("name").GetString());
        Assert.Equal("IN", india.GetProperty("iso2").GetString());
        Assert.Equal("south-asia", india.GetProperty("region").GetString());
        Assert.Equal("member", india.GetProperty("status").GetString());
        var periods = india.GetProperty("statuses").EnumerateArray().ToArray();
        Assert.Equal("observer", periods[0].GetProperty("status").GetString());
        Assert.Equal("2005-07-05", periods[0].GetProperty("from").GetString());
        Assert.Equal("2017-06-09", periods[0].GetProperty("to").GetString());
        Assert.Equal("member", periods[1].GetProperty("status").GetString());
        Assert.Equal("2017-06-09", periods[1].GetProperty("from").GetString());
    }

    [Fact]
    public void Exercises_json_has_references_as_keys_and_enums_in_kebab_case()
    {
        var exercise = CliRunner.Json("exercises").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "peace-mission-2018");

        Assert.Equal("Peace Mission 2018", exercise.GetProperty("name").GetString());
        Assert.Equal("sco", exercise.GetProperty("framework").GetString());
        Assert.Equal(2018, exercise.GetProperty("year").GetInt32());
        Assert.Equal("RUS", exercise.GetProperty("host").GetString());
        Assert.Equal(
            Exercise.Find("peace-mission-2018")!.Participants.Select(p => p.Id),
            CliRunner.Strings(exercise.GetProperty("participants")));
        Assert.Contains("IND", CliRunner.Strings(exercise.GetProperty("participants")));
        Assert.Contains("counter-terrorism", CliRunner.Strings(exercise.GetProperty("themes")));
    }

    [Fact]
    public void Meetings_json_has_attendance_as_state_person_role_guest()
    {
        var meeting = CliRunner.Json("meetings").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "defence-ministers-2023");

        Assert.Equal("defence-ministers", meeting.GetProperty("kind").GetString());
        Assert.Equal("2023-04-28", meeting.GetProperty("start").GetString());
        Assert.Equal("IND", meeting.GetProperty("host").GetString());
        Assert.Equal("rajnath-singh", meeting.GetProperty("chair").GetString());
        var india = meeting.GetProperty("attendance").EnumerateArray().Single(a => a.GetProperty("state").GetString() == "IND");
        Assert.Equal("rajnath-singh", india.GetProperty("person").GetString());
        Assert.Equal("defence-minister", india.GetProperty("role").GetString());
        Assert.False(india.GetProperty("guest").GetBoolean());
    }

    [Fact]
    public void People_json_has_tenures_as_role_state_from_to()
    {
        var singh = CliRunner.Json("people").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "rajnath-singh");

        Assert.Equal("IND", singh.GetProperty("state").GetString());
        var tenure = singh.GetProperty("tenures").EnumerateArray().Single(t => t.GetProperty("role").GetString() == "defence-minister");
        Assert.Equal("IND", tenure.GetProperty("state").GetString());
        Assert.Equal("2019-05-31", tenure.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, tenure.GetProperty("to").ValueKind);
    }

    [Fact]
    public void Sources_json_has_reliability_in_kebab_case_and_urls()
    {
        var json = CliRunner.Json("sources");

        Assert.All(json.EnumerateArray(), s => Assert.Contains(s.GetProperty("reliability").GetString(), new[] { "official", "press", "secondary", "unverified" }));
        var seed = json.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "seed-article");
        Assert.Equal("unverified", seed.GetProperty("reliability").GetString());
    }

    [Fact]
    public void Themes_table_counts_the_entries_on_each_theme()
    {
        var row = CliRunner.Table("themes").Single(r => r[0] == "counter-terrorism");

        Assert.Equal(Sco.OnTheme(Theme.Find("counter-terrorism")!).Count.ToString(System.Globalization.CultureInfo.InvariantCulture), row[2]);
    }
}
