namespace ScoModel.Tests.Cli;

/// <summary><c>sco about</c>: the dataset's title, as-of date and counts.</summary>
public sealed class AboutCommandTests
{
    [Fact]
    public void About_prints_title_as_of_and_counts()
    {
        var lines = CliRunner.Succeed("about").Lines;

        Assert.Contains($"Title\t{Sco.Dataset.Title}", lines);
        Assert.Contains($"As of\t{Sco.AsOf:yyyy-MM-dd}", lines);
        Assert.Contains($"states\t{State.All.Length}", lines);
        Assert.Contains($"sources\t{Source.All.Length}", lines);
        Assert.Contains($"Members on that date\t{Sco.MembersOn(Sco.AsOf).Count}", lines);
    }

    [Fact]
    public void About_json_is_an_object_with_counts_per_kind()
    {
        var json = CliRunner.Json("about");

        Assert.Equal("SCO defence and security cooperation", json.GetProperty("title").GetString());
        Assert.Equal(Sco.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("asOf").GetString());
        var counts = json.GetProperty("counts");
        Assert.Equal(State.All.Length, counts.GetProperty("states").GetInt32());
        Assert.Equal(Body.All.Length, counts.GetProperty("bodies").GetInt32());
        Assert.Equal(Person.All.Length, counts.GetProperty("people").GetInt32());
        Assert.Equal(Meeting.All.Length, counts.GetProperty("meetings").GetInt32());
        Assert.Equal(Exercise.All.Length, counts.GetProperty("exercises").GetInt32());
        Assert.Equal(Initiative.All.Length, counts.GetProperty("initiatives").GetInt32());
        Assert.Equal(Proposal.All.Length, counts.GetProperty("proposals").GetInt32());
        Assert.Equal(Bilateral.All.Length, counts.GetProperty("bilaterals").GetInt32());
        Assert.Equal(Statement.All.Length, counts.GetProperty("statements").GetInt32());
        Assert.Equal(Theme.All.Length, counts.GetProperty("themes").GetInt32());
        Assert.Equal(Source.All.Length, counts.GetProperty("sources").GetInt32());
        Assert.True(counts.GetProperty("states").GetInt32() > 0);
    }
}
