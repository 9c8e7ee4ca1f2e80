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

    [Fact]
    public void Enum_filters_list_every_member_in_their_help_from_the_enum_itself()
    {
        var help = CliRunner.Succeed("initiatives", "--help").Stdout;

        var expected = string.Join(", ", Enum.GetNames<InitiativeKind>().Select(n => string.Concat(n.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()))));
        Assert.Contains($"Only initiatives of this kind: {expected}", help, StringComparison.Ordinal);
    }
}
