namespace ScoModel.Tests.Cli;

/// <summary>Bad input: one line on stderr, nothing on stdout, exit code 2, no stack trace.</summary>
public sealed class ErrorTests
{
    private static string Fails(params string[] args)
    {
        var run = CliRunner.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var message = run.Stderr.TrimEnd('\r', '\n');
        Assert.NotEmpty(message);
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain(" at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", message, StringComparison.Ordinal);
        return message;
    }

    [Fact]
    public void Unknown_state_suggests_the_closest_name()
    {
        Assert.Equal("unknown state 'Indai'; did you mean 'India' (IND)?", Fails("exercises", "--participant", "Indai"));
    }

    [Theory]
    [InlineData(new[] { "meetings", "--host", "Rusia" }, "unknown state 'Rusia'; did you mean 'Russia' (RUS)?")]
    [InlineData(new[] { "exercises", "--host", "Kazakstan" }, "did you mean 'Kazakhstan' (KAZ)?")]
    [InlineData(new[] { "people", "--state", "Chnia" }, "did you mean 'China' (CHN)?")]
    [InlineData(new[] { "bilaterals", "--state", "Pakistn" }, "did you mean 'Pakistan' (PAK)?")]
    [InlineData(new[] { "proposals", "--state", "Indai" }, "did you mean 'India' (IND)?")]
    [InlineData(new[] { "proposals", "--by", "Rajnath Sing" }, "unknown person 'Rajnath Sing'; did you mean 'Rajnath Singh' (rajnath-singh)?")]
    [InlineData(new[] { "statements", "--by", "rajnath" }, "did you mean 'Rajnath Singh' (rajnath-singh)?")]
    [InlineData(new[] { "meetings", "--theme", "counter-terorism" }, "unknown theme 'counter-terorism'; did you mean 'Counter-terrorism' (counter-terrorism)?")]
    [InlineData(new[] { "exercises", "--theme", "cybersecurty" }, "did you mean 'Cybersecurity' (cybersecurity)?")]
    [InlineData(new[] { "initiatives", "--theme", "terrorism" }, "did you mean 'Counter-terrorism' (counter-terrorism)?")]
    [InlineData(new[] { "proposals", "--theme", "hadrr" }, "(hadr)?")]
    [InlineData(new[] { "bilaterals", "--theme", "militry-cooperation" }, "(military-cooperation)?")]
    [InlineData(new[] { "statements", "--theme", "Counter terrorism" }, "(counter-terrorism)?")]
    public void Unknown_names_in_filters_suggest_the_closest_match(string[] args, string expected)
    {
        Assert.EndsWith(expected, Fails(args), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_name_with_nothing_close_says_how_to_list()
    {
        Assert.Equal("unknown state 'Atlantis'; run 'sco states' to list them", Fails("exercises", "--participant", "Atlantis"));
    }

    [Theory]
    [InlineData("rajnath-sing", "unknown id 'rajnath-sing'; did you mean person 'Rajnath Singh' (rajnath-singh)?")]
    [InlineData("Indai", "unknown id 'Indai'; did you mean state 'India' (IND)?")]
    [InlineData("peace-mision-2018", "unknown id 'peace-mision-2018'; did you mean exercise 'Peace Mission 2018' (peace-mission-2018)?")]
    [InlineData("qqqqzzzzxxxx", "unknown id 'qqqqzzzzxxxx'; no entity has that key or name")]
    public void Show_of_an_unknown_id(string id, string expected)
    {
        Assert.Equal(expected, Fails("show", id));
        Assert.Equal(expected, Fails("show", id, "--json"));
    }

    [Theory]
    [InlineData("2018-02-30", "invalid date '2018-02-30' for --as-of: there is no such day")]
    [InlineData("2019-02-29", "invalid date '2019-02-29' for --as-of: there is no such day")]
    [InlineData("2016-13-01", "invalid date '2016-13-01' for --as-of: there is no such day")]
    [InlineData("2018/02/03", "invalid date '2018/02/03' for --as-of: expected yyyy-MM-dd, for example 2016-06-01")]
    [InlineData("01-06-2016", "invalid date '01-06-2016' for --as-of: expected yyyy-MM-dd, for example 2016-06-01")]
    [InlineData("yesterday", "invalid date 'yesterday' for --as-of: expected yyyy-MM-dd, for example 2016-06-01")]
    public void Impossible_or_malformed_dates(string date, string expected)
    {
        Assert.Equal(expected, Fails("states", "--as-of", date));
    }

    [Theory]
    [InlineData("meetings", "twenty")]
    [InlineData("exercises", "0")]
    [InlineData("proposals", "-5")]
    [InlineData("statements", "2023.5")]
    [InlineData("bilaterals", "99999")]
    public void Bad_years(string command, string year)
    {
        Assert.Equal($"invalid year '{year}' for --year: expected a year such as 2023", Fails(command, "--year", year));
    }

    [Fact]
    public void Unknown_status_suggests_the_closest_and_lists_the_valid_ones()
    {
        Assert.Equal(
            "unknown status 'membr' for --status; did you mean 'member'? (expected one of: member, observer, dialogue-partner, partner)",
            Fails("states", "--status", "membr"));
        Assert.Equal(
            "unknown status 'ally' for --status (expected one of: member, observer, dialogue-partner, partner)",
            Fails("states", "--status", "ally", "--as-of", "2016-06-01"));
    }

    [Fact]
    public void Unknown_command_suggests_the_closest()
    {
        Assert.Equal("unknown command 'stats'; did you mean 'states'?", Fails("stats"));
        Assert.Equal("unknown command 'exercise'; did you mean 'exercises'?", Fails("exercise", "--json"));
        Assert.Equal("unknown command 'frobnicate'; run 'sco --help' for the commands", Fails("frobnicate"));
    }

    [Fact]
    public void Unknown_option_suggests_the_closest()
    {
        Assert.Equal("unknown option '--jsn' for 'sco states'; did you mean '--json'?", Fails("states", "--jsn"));
        Assert.Equal("unknown option '--participnt' for 'sco exercises'; did you mean '--participant'?", Fails("exercises", "--participnt", "IND"));
        Assert.Equal("unknown option '--bogus' for 'sco states'; run 'sco states --help' for its options", Fails("states", "--bogus"));
    }

    [Fact]
    public void Options_of_other_commands_are_unknown()
    {
        Assert.StartsWith("unknown option '--participant' for 'sco meetings'", Fails("meetings", "--participant", "IND"), StringComparison.Ordinal);
        Assert.StartsWith("unknown option '--status' for 'sco people'", Fails("people", "--status", "member"), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_command_argument_or_option_value()
    {
        Assert.Equal("no command given; run 'sco --help' for the commands", Fails());
        Assert.Equal("no command given; run 'sco --help' for the commands", Fails("--json"));
        Assert.Equal("'sco show' needs its ID argument; run 'sco show --help' for its usage", Fails("show"));
        Assert.Equal("option '--as-of' of 'sco states' needs a value (DATE); run 'sco states --help' for its usage", Fails("states", "--as-of"));
        Assert.Equal("unexpected argument 'extra' for 'sco show'; run 'sco show --help' for its usage", Fails("show", "IND", "extra"));
    }

    [Fact]
    public void Help_is_not_an_error()
    {
        var run = CliRunner.Run("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("states", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);

        run = CliRunner.Run("exercises", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--participant", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--json", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "timeline", "--state", "Indai" }, "unknown state 'Indai'; did you mean 'India' (IND)?")]
    [InlineData(new[] { "timeline", "--ministers", "Pakistn" }, "unknown state 'Pakistn'; did you mean 'Pakistan' (PAK)?")]
    [InlineData(new[] { "timeline", "--from", "2017-02-30" }, "invalid date '2017-02-30' for --from: there is no such day")]
    [InlineData(new[] { "timeline", "--to", "June 2017" }, "invalid date 'June 2017' for --to: expected yyyy-MM-dd, for example 2016-06-01")]
    [InlineData(new[] { "timeline", "--from", "2020", "--to", "2019" }, "--from 2020-01-01 is after --to 2019-12-31; give a period that runs forwards")]
    [InlineData(new[] { "timeline", "--status", "membr" }, "unknown status 'membr' for --status; did you mean 'member'?")]
    [InlineData(new[] { "timeline", "--format", "png" }, "unknown format 'png' for --format")]
    [InlineData(new[] { "timeline", "--width", "10" }, "invalid width '10' for --width: expected a number of characters from 40 to 1000")]
    [InlineData(new[] { "timeline", "--ministers", "IND", "--status", "member" }, "--status and --state chart statuses; --ministers charts one state's ministers: give one or the other")]
    [InlineData(new[] { "timeline", "--json" }, "sco timeline draws pictures and does not write JSON")]
    [InlineData(new[] { "graph", "exercise" }, "unknown relation 'exercise' for RELATION; did you mean 'exercises'?")]
    [InlineData(new[] { "graph", "exercises", "--state", "Rusia" }, "unknown state 'Rusia'; did you mean 'Russia' (RUS)?")]
    [InlineData(new[] { "graph", "bilaterals", "--from", "2023-13-01" }, "invalid date '2023-13-01' for --from: there is no such day")]
    [InlineData(new[] { "graph", "exercises", "--from", "2022", "--to", "2021" }, "--from 2022-01-01 is after --to 2021-12-31")]
    [InlineData(new[] { "graph", "exercises", "--format", "gexf" }, "unknown format 'gexf' for --format")]
    [InlineData(new[] { "export", "--kind", "exercise", "--out", "." }, "unknown kind 'exercise' for --kind; did you mean 'exercises'?")]
    [InlineData(new[] { "export", "--format", "xlsx", "--out", "." }, "unknown format 'xlsx' for --format")]
    public void Bad_input_to_the_drawing_and_export_commands_is_one_line(string[] args, string expected)
    {
        Assert.StartsWith(expected, Fails(args), StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_path_that_cannot_be_written_is_one_line()
    {
        using var folder = new TempFolder();
        var file = folder.File("taken.txt");
        File.WriteAllText(file, "a file, not a folder");

        Assert.StartsWith($"cannot write '{file}/chart.svg' for --out:", Fails("timeline", "--out", file + "/chart.svg"), StringComparison.Ordinal);
        Assert.StartsWith($"cannot write '{file}/graph.dot' for --out:", Fails("graph", "exercises", "--out", file + "/graph.dot"), StringComparison.Ordinal);
        Assert.StartsWith($"cannot write '{folder.Path}' for --out: it is a folder", Fails("timeline", "--out", folder.Path), StringComparison.Ordinal);
        Assert.StartsWith($"cannot write into '{file}' for --out: it is a file, not a folder", Fails("export", "--out", file), StringComparison.Ordinal);
    }
}
