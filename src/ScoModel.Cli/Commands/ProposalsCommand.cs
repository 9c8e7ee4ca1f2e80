using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco proposals</c>: proposals made at SCO meetings, filtered by year, proposer, state and theme; and a proposal's detail for <c>show</c>.</summary>
internal static class ProposalsCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year("Only proposals made in this year (their own date, or their meeting's)");
        var by = CommonOptions.By("Only proposals this person made (key, name or alias)");
        var state = CommonOptions.State("Only proposals made on behalf of this state (ISO code, name or alias)");
        var theme = CommonOptions.Theme("proposals");
        var command = new Command("proposals", "List proposals made at, or in the context of, SCO meetings") { year, by, state, theme };
        command.SetAction(result =>
        {
            var inYear = result.YearValue(year);
            var proposer = result.PersonValue(by);
            var from = result.StateValue(state);
            var onTheme = result.ThemeValue(theme);
            var proposals = (proposer is null ? Proposal.All : Sco.ProposalsBy(proposer))
                .Where(p => inYear is null || YearOf(p) == inYear)
                .Where(p => from is null || p.State.Id == from.Id)
                .Where(p => onTheme is null || p.Themes.Has(onTheme))
                .ToArray();
            return context.Emit(result, proposals, ToJson, CliJson.Context.ProposalJsonArray, Table);
        });
        return command;
    }

    public static ProposalJson ToJson(Proposal proposal) => new(
        proposal.Id,
        proposal.Title,
        proposal.Summary,
        proposal.Proposer?.Id,
        proposal.State.Id,
        proposal.Meeting?.Id,
        proposal.Date,
        Keys(proposal.Themes),
        proposal.Initiative?.Id,
        Kebab.Of(proposal.Status),
        proposal.Note,
        Keys(proposal.Sources));

    private static TableView Table(IReadOnlyList<Proposal> proposals)
    {
        var table = new TableView(
            "Proposals",
            new Column("Id", ColumnKind.Key),
            new Column("Date", ColumnKind.Date),
            new Column("State"),
            new Column("Proposer"),
            new Column("Status"),
            new Column("Title"))
        {
            Noun = ("proposal", "proposals"),
        };
        foreach (var proposal in proposals)
        {
            table.Add(proposal.Id, Display.Date(DateOf(proposal)), proposal.State.Id, proposal.Proposer?.Name, Kebab.Of(proposal.Status), proposal.Title);
        }

        return table;
    }

    public static EntityDetail Detail(Proposal proposal) =>
        new EntityDetail(proposal, JsonSerializer.SerializeToNode(ToJson(proposal), CliJson.Context.ProposalJson)!)
            .Field("Title", proposal.Title)
            .Field("Summary", proposal.Summary)
            .Field("Proposer", Display.Ref(proposal.Proposer))
            .Field("State", Display.Ref(proposal.State))
            .Field("Meeting", Display.Ref(proposal.Meeting))
            .Field("Date", Display.Date(proposal.Date))
            .Field("Themes", Display.Keys(Safe(proposal.Themes)))
            .Field("Initiative", Display.Ref(proposal.Initiative))
            .Field("Status", Kebab.Of(proposal.Status))
            .Field("Note", proposal.Note);
}
