namespace ScoModel.Tests.Cli;

/// <summary>Shell completion (System.CommandLine's suggest directive): filters offer enum spellings and entity keys.</summary>
public sealed class CompletionTests
{
    [Fact]
    public void Status_completes_to_the_enum_spellings()
    {
        var line = "states --status ";

        var offered = CliRunner.Succeed($"[suggest:{line.Length}]", line).Lines;

        Assert.Equal(["dialogue-partner", "member", "observer", "partner"], offered);
    }

    [Fact]
    public void State_and_theme_filters_complete_to_keys()
    {
        var participant = "exercises --participant IN";
        var theme = "meetings --theme counter";

        Assert.Equal(["IND"], CliRunner.Succeed($"[suggest:{participant.Length}]", participant).Lines);
        Assert.Contains("counter-terrorism", CliRunner.Succeed($"[suggest:{theme.Length}]", theme).Lines);
    }
}
