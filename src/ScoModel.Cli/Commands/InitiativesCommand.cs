using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco initiatives</c>: mechanisms, frameworks and programmes, filtered by theme; and an initiative's detail for <c>show</c>.</summary>
internal static class InitiativesCommand
{
    public static Command Create(CliContext context)
    {
        var theme = CommonOptions.Theme("initiatives");
        var command = new Command("initiatives", "List initiatives: mechanisms, frameworks, agreements and programmes of cooperation") { theme };
        command.SetAction(result =>
        {
            var onTheme = result.ThemeValue(theme);
            IReadOnlyList<Initiative> initiatives = onTheme is null ? Initiative.All : Initiative.OnTheme(onTheme);
            return context.Emit(result, initiatives, ToJson, CliJson.Context.InitiativeJsonArray, Table);
        });
        return command;
    }

    public static InitiativeJson ToJson(Initiative initiative) => new(
        initiative.Id,
        initiative.Name,
        Kebab.Of(initiative.Kind),
        Kebab.Of(initiative.Status),
        initiative.Established,
        initiative.Body?.Id,
        initiative.Summary,
        Keys(initiative.Themes),
        initiative.Note,
        Keys(initiative.Sources));

    private static TableView Table(IReadOnlyList<Initiative> initiatives)
    {
        var table = new TableView(
            "Initiatives",
            new Column("Id", ColumnKind.Key),
            new Column("Name"),
            new Column("Kind"),
            new Column("Status"),
            new Column("Established", ColumnKind.Date),
            new Column("Body"))
        {
            Noun = ("initiative", "initiatives"),
        };
        foreach (var initiative in initiatives)
        {
            table.Add(initiative.Id, initiative.Name, Kebab.Of(initiative.Kind), Kebab.Of(initiative.Status), Display.Date(initiative.Established), initiative.Body?.Id);
        }

        return table;
    }

    public static EntityDetail Detail(Initiative initiative) =>
        new EntityDetail(initiative, JsonSerializer.SerializeToNode(ToJson(initiative), CliJson.Context.InitiativeJson)!)
            .Field("Name", initiative.Name)
            .Field("Kind", Kebab.Of(initiative.Kind))
            .Field("Status", Kebab.Of(initiative.Status))
            .Field("Established", Display.Date(initiative.Established))
            .Field("Body", Display.Ref(initiative.Body))
            .Field("Summary", initiative.Summary)
            .Field("Themes", Display.Keys(Safe(initiative.Themes)))
            .Field("Note", initiative.Note)
            .Relate("proposals", "Proposals that led to it", Proposal.All.Where(p => p.Initiative?.Id == initiative.Id));
}
