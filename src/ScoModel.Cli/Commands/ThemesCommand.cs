using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco themes</c>: the topics entries address; and a theme's detail (everything on it) for <c>show</c>.</summary>
internal static class ThemesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("themes", "List the themes that meetings, exercises, initiatives, proposals, bilaterals and statements address");
        command.SetAction(result => context.Emit(result, Theme.All, ToJson, CliJson.Context.ThemeJsonArray, Table));
        return command;
    }

    public static ThemeJson ToJson(Theme theme) => new(theme.Id, theme.Name, theme.Description, Keys(theme.Sources));

    private static TableView Table(IReadOnlyList<Theme> themes)
    {
        var table = new TableView("Themes", new Column("Id", ColumnKind.Key), new Column("Name"), new Column("Entries", ColumnKind.Number), new Column("Description"))
        {
            Noun = ("theme", "themes"),
        };
        foreach (var theme in themes)
        {
            table.Add(theme.Id, theme.Name, Display.Number(Sco.OnTheme(theme).Count), theme.Description);
        }

        return table;
    }

    public static EntityDetail Detail(Theme theme) =>
        new EntityDetail(theme, JsonSerializer.SerializeToNode(ToJson(theme), CliJson.Context.ThemeJson)!)
            .Field("Name", theme.Name)
            .Field("Description", theme.Description)
            .Relate("meetings", "Meetings", Meeting.OnTheme(theme))
            .Relate("exercises", "Exercises", Exercise.OnTheme(theme))
            .Relate("initiatives", "Initiatives", Initiative.OnTheme(theme))
            .Relate("proposals", "Proposals", Proposal.OnTheme(theme))
            .Relate("bilaterals", "Bilateral meetings", Bilateral.OnTheme(theme))
            .Relate("statements", "Statements", Statement.OnTheme(theme));
}
