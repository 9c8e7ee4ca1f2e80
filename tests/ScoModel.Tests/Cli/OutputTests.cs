using ScoModel.Cli;

namespace ScoModel.Tests.Cli;

/// <summary>Plain output for pipes and files (no colours, no borders), rich output for terminals.</summary>
public sealed class OutputTests
{
    private static readonly char[] BoxDrawing = ['│', '─', '╭', '╮', '╰', '╯', '┼', '┬', '┴'];

    [Theory]
    [InlineData("states")]
    [InlineData("exercises", "--participant", "IND")]
    [InlineData("show", "IND")]
    [InlineData("about")]
    public void Output_to_a_writer_that_is_not_the_console_is_plain(params string[] args)
    {
        var run = CliRunner.Succeed(args);

        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.Equal(-1, run.Stdout.IndexOfAny(BoxDrawing));
        Assert.Contains('\t', run.Stdout);
    }

    [Fact]
    public void Plain_rows_can_be_grepped_and_cut()
    {
        var line = CliRunner.Succeed("exercises").Lines.Single(l => l.StartsWith("peace-mission-2018\t", StringComparison.Ordinal));

        Assert.Equal("2018", line.Split('\t')[1]);
    }

    [Theory]
    [InlineData("states", "--as-of", "2016-06-01")]
    [InlineData("show", "rajnath-singh")]
    [InlineData("about")]
    public void Rich_output_has_borders_and_colours(params string[] args)
    {
        var run = CliRunner.Run(OutputMode.Rich, args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains('\u001b', run.Stdout);
        Assert.Contains('╭', run.Stdout);
    }

    [Fact]
    public void Rich_tables_carry_a_count()
    {
        var run = CliRunner.Run(OutputMode.Rich, "states", "--as-of", "2016-06-01", "--status", "member");

        Assert.Contains("6 states", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kazakhstan", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_never_coloured()
    {
        var run = CliRunner.Run(OutputMode.Rich, "states", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.StartsWith("[", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_writes_non_ascii_letters_as_themselves()
    {
        var run = CliRunner.Succeed("sources", "--json");

        Assert.DoesNotContain("\\u04", run.Stdout, StringComparison.Ordinal);
    }
}
