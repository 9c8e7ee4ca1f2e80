using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco proposals</c>: proposals made at SCO meetings, filtered by year, proposer, state and theme; a proposal's detail; its export table.</summary>
internal static class Proposals
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Proposal> View { get; } = new()
    {
        EntityKind = EntityKind.Proposal,
        Command = "proposals",
        Description = "List proposals made at, or in the context of, SCO meetings",
        All = () => Proposal.All,
        Filters =
        [
            Filter<Proposal>.Year("Only proposals made in this year (their own date, or their meeting's)", p => DayOf(p)?.Year),
            Filter<Proposal>.Person("--by", "Only proposals this person made (key, name or alias)", (p, person) => p.Proposer?.Id == person.Id),
            Filter<Proposal>.State("--state", "Only proposals made on behalf of this state (ISO code, name or alias)", (p, s) => p.State.Id == s.Id),
            Filter<Proposal>.Theme("proposals", p => p.Themes),
        ],
        Title = _ => "Proposals",
        Noun = ("proposal", "proposals"),
        Columns =
        [
            new("Id", p => p.Id, ColumnKind.Key),
            new("Date", p => Display.Date(DayOf(p)), ColumnKind.Date),
            new("State", p => p.State.Id),
            new("Proposer", p => p.Proposer?.Name),
            new("Status", p => Spellings.Of(p.Status)),
            new("Title", p => p.Title),
        ],
        ToJson = (p, _) => new()
        {
            ["id"] = p.Id,
            ["title"] = p.Title,
            ["summary"] = p.Summary,
            ["proposer"] = p.Proposer?.Id,
            ["state"] = p.State.Id,
            ["meeting"] = p.Meeting?.Id,
            ["date"] = Day(p.Date),
            ["themes"] = KeyList(p.Themes),
            ["initiative"] = p.Initiative?.Id,
            ["status"] = Spellings.Of(p.Status),
            ["note"] = p.Note,
            ["sources"] = KeyList(p.Sources),
        },
        Describe = (proposal, detail) => detail
            .Field("Title", proposal.Title)
            .Field("Summary", proposal.Summary)
            .Field("Proposer", Display.Ref(proposal.Proposer))
            .Field("State", Display.Ref(proposal.State))
            .Field("Meeting", Display.Ref(proposal.Meeting))
            .Field("Date", Display.Date(proposal.Date))
            .Field("Themes", Display.Keys(Safe(proposal.Themes)))
            .Field("Initiative", Display.Ref(proposal.Initiative))
            .Field("Status", Spellings.Of(proposal.Status))
            .Field("Note", proposal.Note),
        Names = p => [p.Id, p.Title],
        Date = DayOf,
        Sources = p => Safe(p.Sources),
        Export =
        [
            new TableBuilder<Proposal>("proposals")
                .Text("id", p => p.Id).Text("title", p => p.Title).Text("summary", p => p.Summary).Key("proposer", p => p.Proposer).Key("state", p => p.State)
                .Key("meeting", p => p.Meeting).Date("date", p => p.Date).Keys("themes", p => p.Themes).Key("initiative", p => p.Initiative)
                .Choice("status", p => (Progress?)p.Status).Text("note", p => p.Note).Keys("sources", p => p.Sources)
                .Build(() => Proposal.All),
        ],
    };

    /// <summary>The proposal's own date, or its meeting's.</summary>
    private static DateOnly? DayOf(Proposal proposal) => proposal.Date ?? proposal.Meeting?.Start;
}
