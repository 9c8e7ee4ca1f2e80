namespace ScoModel.Tests.Cli;

/// <summary><c>sco states</c> with <c>--as-of</c> and <c>--status</c>.</summary>
public sealed class StatesCommandTests
{
    private static readonly DateOnly June2016 = new(2016, 6, 1);

    [Fact]
    public void Members_on_2016_06_01_are_the_six_founders()
    {
        var json = CliRunner.Json("states", "--as-of", "2016-06-01", "--status", "member");

        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], CliRunner.Ids(json).Order());
        Assert.All(json.EnumerateArray(), s => Assert.Equal("member", s.GetProperty("status").GetString()));
    }

    [Fact]
    public void Members_on_2016_06_01_as_a_table()
    {
        var rows = CliRunner.Table("states", "--as-of", "2016-06-01", "--status", "member");

        Assert.Equal(7, rows.Length);
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], rows.Skip(1).Select(r => r[0]).Order());
        Assert.All(rows.Skip(1), r => Assert.Equal("member", r[4]));
        Assert.Contains(rows, r => r[0] == "CHN" && r[5] == "2001-06-15");
    }

    [Fact]
    public void As_of_lists_every_state_holding_a_status_that_day_with_that_status()
    {
        var json = CliRunner.Json("states", "--as-of", "2016-06-01");

        var expected = State.All.Where(s => s.StatusOn(June2016) is not null).Select(s => s.Id);
        Assert.Equal(expected, CliRunner.Ids(json));
        var status = json.EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("status").GetString());
        Assert.Equal("observer", status["IND"]);
        Assert.Equal("observer", status["PAK"]);
        Assert.Equal("member", status["RUS"]);
        Assert.Equal(6, status.Values.Count(v => v == "member"));
    }

    [Fact]
    public void As_of_table_shows_the_status_held_that_day()
    {
        var india = CliRunner.Table("states", "--as-of", "2016-06-01").Single(r => r[0] == "IND");

        Assert.Equal(["IND", "India", "IN", "south-asia", "observer", "2005-07-05"], india);
    }

    [Fact]
    public void Status_without_as_of_uses_the_dataset_as_of_date()
    {
        var json = CliRunner.Json("states", "--status", "member");

        Assert.Equal(Sco.MembersOn(Sco.AsOf).Select(s => s.Id), CliRunner.Ids(json));
        Assert.Contains("IND", CliRunner.Ids(json));
        Assert.Contains("IRN", CliRunner.Ids(json));
        Assert.Contains("BLR", CliRunner.Ids(json));
    }

    [Theory]
    [InlineData("observer", "2016-06-01", "IND")]
    [InlineData("dialogue-partner", "2016-06-01", "TUR")]
    [InlineData("OBSERVER", "2016-06-01", "PAK")]
    public void Status_filters_by_any_status_ignoring_case(string status, string asOf, string expected)
    {
        var json = CliRunner.Json("states", "--status", status, "--as-of", asOf);

        var wanted = Enum.Parse<ScoStatus>(status.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
        Assert.Equal(Sco.StatesWith(wanted, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)).Select(s => s.Id), CliRunner.Ids(json));
        Assert.Contains(expected, CliRunner.Ids(json));
        Assert.All(json.EnumerateArray(), s => Assert.Equal(status.ToLowerInvariant(), s.GetProperty("status").GetString()));
    }

    [Fact]
    public void Partner_status_on_the_as_of_date()
    {
        var json = CliRunner.Json("states", "--status", "partner");

        Assert.Equal(Sco.StatesWith(ScoStatus.Partner, Sco.AsOf).Select(s => s.Id), CliRunner.Ids(json));
        Assert.NotEmpty(CliRunner.Ids(json));
    }

    [Fact]
    public void Before_the_sco_no_state_holds_a_status()
    {
        var run = CliRunner.Succeed("states", "--as-of", "1990-01-01", "--json");

        Assert.Equal("[]", run.Stdout.Trim());
    }

    [Fact]
    public void Without_filters_every_state_is_listed_with_its_current_status()
    {
        var json = CliRunner.Json("states");

        Assert.Equal(State.All.Length, json.GetArrayLength());
        var india = json.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "IND");
        Assert.Equal("member", india.GetProperty("status").GetString());
    }
}
