using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco initiatives</c>: mechanisms, frameworks, agreements and programmes, filtered by theme; an initiative's detail; its export table.</summary>
internal static class Initiatives
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Initiative> View { get; } = new()
    {
        EntityKind = EntityKind.Initiative,
        Command = "initiatives",
        Description = "List initiatives: mechanisms, frameworks, agreements and programmes of cooperation",
        All = () => Initiative.All,
        Filters =
        [
            Filter<Initiative>.Choice<InitiativeKind>("--kind", "Only initiatives of this kind", "kind", (i, kind, _) => i.Kind == kind),
            Filter<Initiative>.State("--party", "Only agreements this state signed (ISO code, name or alias)", (i, s) => Safe(i.Parties).Any(p => p.Id == s.Id)),
            Filter<Initiative>.Theme("initiatives", i => i.Themes),
        ],
        Title = _ => "Initiatives",
        Noun = ("initiative", "initiatives"),
        Columns =
        [
            new("Id", i => i.Id, ColumnKind.Key),
            new("Name", i => i.Name),
            new("Kind", i => Spellings.Of(i.Kind)),
            new("Status", i => Spellings.Of(i.Status)),
            new("Established", i => Display.Date(i.Established), ColumnKind.Date),
            new("Body", i => i.Body?.Id),
        ],
        ToJson = (i, _) => new()
        {
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["kind"] = Spellings.Of(i.Kind),
            ["status"] = Spellings.Of(i.Status),
            ["established"] = Day(i.Established),
            ["inForce"] = Day(i.InForce),
            ["parties"] = KeyList(i.Parties),
            ["body"] = i.Body?.Id,
            ["summary"] = i.Summary,
            ["themes"] = KeyList(i.Themes),
            ["note"] = i.Note,
            ["sources"] = KeyList(i.Sources),
        },
        Describe = (initiative, detail) => detail
            .Field("Name", initiative.Name)
            .Field("Kind", Spellings.Of(initiative.Kind))
            .Field("Status", Spellings.Of(initiative.Status))
            .Field(initiative.Kind == InitiativeKind.Agreement ? "Signed" : "Established", Display.Date(initiative.Established))
            .Field("In force", Display.Date(initiative.InForce))
            .Field("Parties", Display.Refs(Safe(initiative.Parties)))
            .Field("Body", Display.Ref(initiative.Body))
            .Field("Summary", initiative.Summary)
            .Field("Themes", Display.Keys(Safe(initiative.Themes)))
            .Field("Note", initiative.Note)
            .Relate("proposals", "Proposals that led to it", Proposal.All.Where(p => p.Initiative?.Id == initiative.Id)),
        Names = i => [i.Id, i.Name],
        Date = i => i.Established,
        Sources = i => Safe(i.Sources),
        Export =
        [
            new TableBuilder<Initiative>("initiatives")
                .Text("id", i => i.Id).Text("name", i => i.Name).Choice("kind", i => (InitiativeKind?)i.Kind).Choice("status", i => (Progress?)i.Status)
                .Date("established", i => i.Established).Date("inForce", i => i.InForce).Keys("parties", i => i.Parties)
                .Key("body", i => i.Body).Text("summary", i => i.Summary)
                .Keys("themes", i => i.Themes).Text("note", i => i.Note).Keys("sources", i => i.Sources)
                .Build(() => Initiative.All),
        ],
    };
}
