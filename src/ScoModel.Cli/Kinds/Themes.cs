using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco themes</c>: the topics entries address; a theme's detail (everything on it); its export table.</summary>
internal static class Themes
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Theme> View { get; } = new()
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
        ToJson = (t, _) => new()
        {
            ["id"] = t.Id,
            ["name"] = t.Name,
            ["description"] = t.Description,
            ["sources"] = KeyList(t.Sources),
        },
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
