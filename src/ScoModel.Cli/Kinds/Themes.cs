using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco themes</c>: the topics entries address; a theme's detail (everything on it); its export table.</summary>
internal static class Themes
{
    public static EntityView<Theme, ThemeJson> View { get; } = new()
    {
        EntityKind = EntityKind.Theme,
        Command = "themes",
        Description = "List the themes that meetings, exercises, initiatives, proposals, bilaterals and statements address",
        All = () => Theme.All,
        Title = _ => "Themes",
        Noun = ("theme", "themes"),
        Columns =
        [
            new("Id", t => t.Id, ColumnKind.Key),
            new("Name", t => t.Name),
            new("Entries", t => Display.Number(Sco.OnTheme(t).Count), ColumnKind.Number),
            new("Description", t => t.Description),
        ],
        ToJson = (t, _) => new(t.Id, t.Name, t.Description, Keys(t.Sources)),
        JsonOne = CliJson.Context.ThemeJson,
        JsonMany = CliJson.Context.ThemeJsonArray,
        Describe = (theme, detail) => detail
            .Field("Name", theme.Name)
            .Field("Description", theme.Description)
            .Relate("meetings", "Meetings", Meeting.OnTheme(theme))
            .Relate("exercises", "Exercises", Exercise.OnTheme(theme))
            .Relate("initiatives", "Initiatives", Initiative.OnTheme(theme))
            .Relate("proposals", "Proposals", Proposal.OnTheme(theme))
            .Relate("bilaterals", "Bilateral meetings", Bilateral.OnTheme(theme))
            .Relate("statements", "Statements", Statement.OnTheme(theme)),
        Names = t => [t.Id, t.Name],
        Sources = t => Safe(t.Sources),
        Export =
        [
            new TableBuilder<Theme>("themes")
                .Text("id", t => t.Id).Text("name", t => t.Name).Text("description", t => t.Description).Keys("sources", t => t.Sources)
                .Build(() => Theme.All),
        ],
    };
}

internal sealed record ThemeJson(string Id, string Name, string? Description, string[] Sources);
