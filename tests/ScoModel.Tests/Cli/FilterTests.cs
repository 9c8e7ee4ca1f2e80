using System.Text.Json;

namespace ScoModel.Tests.Cli;

/// <summary>
/// Every filter of every list command: the CLI's answer must equal the query API's, must be non-empty on the
/// real data, and every row must satisfy the filter. Names, codes and aliases are accepted wherever keys are.
/// </summary>
public sealed class FilterTests
{
    private static readonly State India = State.Find("IND")!;
    private static readonly Person Singh = Person.Find("rajnath-singh")!;
    private static readonly Theme CounterTerrorism = Theme.Find("counter-terrorism")!;

    private static void AssertSameIds(IEnumerable<IEntity> expected, JsonElement json)
    {
        var ids = expected.Select(e => e.Id).ToArray();
        Assert.NotEmpty(ids);
        Assert.Equal(ids, CliRunner.Ids(json));
    }

    [Theory]
    [InlineData("IND")]
    [InlineData("India")]
    [InlineData("in")]
    [InlineData("Republic of India")]
    public void Exercises_by_participant(string participant)
    {
        var json = CliRunner.Json("exercises", "--participant", participant);

        AssertSameIds(Exercise.WithParticipant(India), json);
        Assert.Contains("peace-mission-2018", CliRunner.Ids(json));
        Assert.All(json.EnumerateArray(), e => Assert.Contains("IND", CliRunner.Strings(e.GetProperty("participants"))));
    }

    [Fact]
    public void Exercises_by_host()
    {
        var json = CliRunner.Json("exercises", "--host", "Russia");

        AssertSameIds(Exercise.HostedBy(State.Find("RUS")!), json);
        Assert.All(json.EnumerateArray(), e => Assert.Equal("RUS", e.GetProperty("host").GetString()));
    }

    [Fact]
    public void Exercises_by_year()
    {
        var json = CliRunner.Json("exercises", "--year", "2018");

        AssertSameIds(Exercise.All.Where(e => e.Year == 2018), json);
        Assert.All(json.EnumerateArray(), e => Assert.Equal(2018, e.GetProperty("year").GetInt32()));
    }

    [Fact]
    public void Exercises_by_theme()
    {
        var json = CliRunner.Json("exercises", "--theme", "Counter-terrorism");

        AssertSameIds(Exercise.OnTheme(CounterTerrorism), json);
    }

    [Fact]
    public void Exercise_filters_combine()
    {
        var rows = CliRunner.Table("exercises", "--participant", "IND", "--host", "RUS", "--year", "2018");

        Assert.Contains(rows, r => r[0] == "peace-mission-2018");
        Assert.All(rows.Skip(1), r => Assert.Equal(("2018", "RUS"), (r[1], r[4])));
        Assert.All(rows.Skip(1), r => Assert.Contains("IND", r[5], StringComparison.Ordinal));
    }

    [Fact]
    public void Meetings_by_host()
    {
        var json = CliRunner.Json("meetings", "--host", "india");

        AssertSameIds(Meeting.HostedBy(India), json);
        Assert.Contains("defence-ministers-2023", CliRunner.Ids(json));
    }

    [Fact]
    public void Meetings_by_year()
    {
        var json = CliRunner.Json("meetings", "--year", "2023");

        AssertSameIds(Sco.MeetingsIn(2023), json);
        Assert.All(json.EnumerateArray(), m => Assert.StartsWith("2023-", m.GetProperty("start").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Meetings_by_theme()
    {
        var json = CliRunner.Json("meetings", "--theme", "counter-terrorism");

        AssertSameIds(Meeting.OnTheme(CounterTerrorism), json);
        Assert.All(json.EnumerateArray(), m => Assert.Contains("counter-terrorism", CliRunner.Strings(m.GetProperty("themes"))));
    }

    [Fact]
    public void Initiatives_by_theme()
    {
        var json = CliRunner.Json("initiatives", "--theme", "counter-terrorism");

        AssertSameIds(Initiative.OnTheme(CounterTerrorism), json);
    }

    [Theory]
    [InlineData("rajnath-singh")]
    [InlineData("Rajnath Singh")]
    [InlineData("RAJNATH SINGH")]
    public void Proposals_by_person(string person)
    {
        var json = CliRunner.Json("proposals", "--by", person);

        AssertSameIds(Proposal.By(Singh), json);
        Assert.All(json.EnumerateArray(), p => Assert.Equal("rajnath-singh", p.GetProperty("proposer").GetString()));
    }

    [Fact]
    public void Proposals_by_year()
    {
        var json = CliRunner.Json("proposals", "--year", "2023");

        AssertSameIds(Sco.ProposalsIn(2023), json);
    }

    [Fact]
    public void Proposals_by_theme()
    {
        var json = CliRunner.Json("proposals", "--theme", "counter-terrorism");

        AssertSameIds(Proposal.OnTheme(CounterTerrorism), json);
    }

    [Fact]
    public void Proposals_by_state()
    {
        var json = CliRunner.Json("proposals", "--state", "IND");

        AssertSameIds(Proposal.FromState(India), json);
        Assert.All(json.EnumerateArray(), p => Assert.Equal("IND", p.GetProperty("state").GetString()));
    }

    [Fact]
    public void Statements_by_person()
    {
        var json = CliRunner.Json("statements", "--by", "Rajnath Singh");

        AssertSameIds(Statement.By(Singh), json);
        Assert.All(json.EnumerateArray(), s => Assert.Equal("rajnath-singh", s.GetProperty("person").GetString()));
    }

    [Fact]
    public void Statements_by_year()
    {
        var json = CliRunner.Json("statements", "--year", "2023");

        AssertSameIds(Statement.All.Where(s => (s.Date ?? s.Meeting?.Start)?.Year == 2023), json);
        Assert.Contains("singh-2023-04-28-secure", CliRunner.Ids(json));
    }

    [Fact]
    public void Statements_by_theme()
    {
        var json = CliRunner.Json("statements", "--theme", "counter-terrorism");

        AssertSameIds(Statement.OnTheme(CounterTerrorism), json);
    }

    [Fact]
    public void Statement_filters_combine()
    {
        var json = CliRunner.Json("statements", "--by", "rajnath-singh", "--year", "2023", "--theme", "counter-terrorism");

        AssertSameIds(Statement.By(Singh).Where(s => (s.Date ?? s.Meeting?.Start)?.Year == 2023 && s.Themes.Contains(CounterTerrorism)), json);
    }

    [Fact]
    public void Bilaterals_by_year()
    {
        var json = CliRunner.Json("bilaterals", "--year", "2020");

        AssertSameIds(Bilateral.All.Where(b => (b.Date ?? b.Meeting?.Start)?.Year == 2020), json);
        Assert.Contains("ind-chn-2020-09-04", CliRunner.Ids(json));
    }

    [Fact]
    public void Bilaterals_by_theme()
    {
        var json = CliRunner.Json("bilaterals", "--theme", "military-cooperation");

        AssertSameIds(Bilateral.OnTheme(Theme.Find("military-cooperation")!), json);
    }

    [Fact]
    public void Bilaterals_by_state()
    {
        var json = CliRunner.Json("bilaterals", "--state", "China");

        AssertSameIds(Bilateral.WithState(State.Find("CHN")!), json);
        Assert.All(json.EnumerateArray(), b => Assert.Contains("CHN", CliRunner.Strings(b.GetProperty("states"))));
    }

    [Fact]
    public void People_by_state()
    {
        var json = CliRunner.Json("people", "--state", "CHN");

        AssertSameIds(Person.Of(State.Find("CHN")!), json);
        Assert.Contains("li-shangfu", CliRunner.Ids(json));
    }

    [Fact]
    public void A_filter_that_matches_nothing_is_an_empty_result_not_an_error()
    {
        var json = CliRunner.Json("meetings", "--year", "1990");
        Assert.Equal(0, json.GetArrayLength());

        var rows = CliRunner.Table("meetings", "--year", "1990");
        Assert.Single(rows);
    }

    [Fact]
    public void Initiatives_by_kind_and_party()
    {
        var json = CliRunner.Json("initiatives", "--kind", "agreement", "--party", "Uzbekistan");

        AssertSameIds(Initiative.All.Where(i => i.Kind == InitiativeKind.Agreement && i.Parties.Any(p => p.Id == "UZB")).ToArray(), json);
        Assert.Contains("sco-charter-2002", CliRunner.Ids(json));
        Assert.DoesNotContain("border-confidence-agreement-1996", CliRunner.Ids(json));
        Assert.Equal("2003-09-19", json.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "sco-charter-2002").GetProperty("inForce").GetString());
    }
}
