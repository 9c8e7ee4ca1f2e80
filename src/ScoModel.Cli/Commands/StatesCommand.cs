using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco states</c>: the states and their SCO status on a day; and a state's detail for <c>show</c>.</summary>
internal static class StatesCommand
{
    public static Command Create(CliContext context)
    {
        var asOf = CommonOptions.AsOf("Only the states holding a status on this day (yyyy-MM-dd), with that status");
        var status = new Option<string?>("--status")
        {
            Description = "Only the states holding this status (member, observer, dialogue-partner, partner) on the --as-of day, or on the dataset's as-of date",
            HelpName = "STATUS",
        };
        var command = new Command("states", "List the states with their SCO status (on the dataset's as-of date unless --as-of is given)")
        {
            asOf,
            status,
        };
        command.SetAction(result =>
        {
            var day = result.DateValue(asOf);
            var wanted = result.GetValue(status) is { } text ? Inputs.Status(text, status.Name) : (ScoStatus?)null;
            var on = day ?? Sco.AsOf;
            IReadOnlyList<State> states = wanted is { } only
                ? Sco.StatesWith(only, on)
                : day is not null ? State.All.Where(s => s.StatusOn(on) is not null).ToArray() : State.All;
            return context.Emit(result, states, s => ToJson(s, on), CliJson.Context.StateJsonArray, list => Table(list, on));
        });
        return command;
    }

    /// <summary>A state's JSON record, with <c>status</c> its status on <paramref name="on"/>.</summary>
    public static StateJson ToJson(State state, DateOnly on) => new(
        state.Id,
        state.Name,
        state.OfficialName,
        state.Iso2,
        [.. Safe(state.Aliases)],
        Kebab.Of(state.Region),
        Kebab.OrNull(state.StatusOn(on)),
        [.. Safe(state.Statuses).Select(p => new StatusPeriodJson(Kebab.Of(p.Status), p.From, p.To, p.Note, Keys(p.Sources)))],
        state.Note,
        Keys(state.Sources));

    private static TableView Table(IReadOnlyList<State> states, DateOnly on)
    {
        var table = new TableView(
            $"States and their SCO status on {Display.Date(on)}",
            new Column("Id", ColumnKind.Key),
            new Column("Name"),
            new Column("ISO2"),
            new Column("Region"),
            new Column("Status", ColumnKind.Status),
            new Column("Since", ColumnKind.Date))
        {
            Noun = ("state", "states"),
        };
        foreach (var state in states)
        {
            var period = Safe(state.Statuses).FirstOrDefault(p => p.Covers(on));
            table.Add(state.Id, state.Name, state.Iso2, Kebab.Of(state.Region), Kebab.OrNull(period?.Status), Display.Date(period?.From));
        }

        return table;
    }

    public static EntityDetail Detail(State state)
    {
        var asOf = Sco.AsOf;
        var detail = new EntityDetail(state, JsonSerializer.SerializeToNode(ToJson(state, asOf), CliJson.Context.StateJson)!)
            .Field("Name", state.Name)
            .Field("Official name", state.OfficialName)
            .Field("ISO alpha-2", state.Iso2)
            .Field("Aliases", string.Join(", ", Safe(state.Aliases)))
            .Field("Region", Kebab.Of(state.Region))
            .Field($"Status on {Display.Date(asOf)}", Kebab.OrNull(state.StatusOn(asOf)) ?? "none")
            .Field($"Defence minister on {Display.Date(asOf)}", Display.Ref(Sco.DefenceMinisterOf(state, asOf)))
            .Field("Note", state.Note);

        var history = new TableView("Status history", new Column("Status", ColumnKind.Status), new Column("From", ColumnKind.Date), new Column("To", ColumnKind.Date), new Column("Note"));
        foreach (var period in Safe(state.Statuses))
        {
            history.Add(Kebab.Of(period.Status), Display.Date(period.From), Display.Date(period.To), period.Note);
        }

        detail.Parts.Add(history);
        var people = Person.Of(state);
        return detail
            .Relate("people", "People", people)
            .Relate("meetings", "Meetings hosted or attended", Sco.MeetingsOf(state))
            .Relate("exercises", "Exercises taken part in", Sco.ExercisesOf(state))
            .Relate("exercisesHosted", "Exercises hosted", Exercise.HostedBy(state))
            .Relate("proposals", "Proposals", Sco.ProposalsOf(state))
            .Relate("bilaterals", "Bilateral meetings", Bilateral.WithState(state))
            .Relate("statements", "Statements by its people", Statement.All.Where(s => s.Person.State.Id == state.Id))
            .Relate("bodies", "Bodies seated here", Body.All.Where(b => b.SeatState?.Id == state.Id));
    }
}
