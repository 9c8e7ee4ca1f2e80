using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco states</c>: the states and their SCO status on a day; a state's detail; its export tables.</summary>
internal static class States
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<State> View { get; } = new()
    {
        EntityKind = EntityKind.State,
        Command = "states",
        Description = "List the states with their SCO status (on the dataset's as-of date unless --as-of is given)",
        All = () => State.All,
        AsOfDescription = "Only the states holding a status on this day (yyyy-MM-dd), with that status",
        Filters =
        [
            Filter<State>.When(q => q.DayGiven, (s, q) => s.StatusOn(q.On) is not null),
            Filter<State>.Choice<ScoStatus>(
                "--status",
                "Only the states holding this status on the --as-of day, or on the dataset's as-of date",
                "status",
                (s, status, q) => s.StatusOn(q.On) == status),
        ],
        Title = q => $"States and their SCO status on {Display.Date(q.On)}",
        Noun = ("state", "states"),
        Columns =
        [
            new("Id", s => s.Id, ColumnKind.Key),
            new("Name", s => s.Name),
            new("ISO2", s => s.Iso2),
            new("Region", s => Spellings.Of(s.Region)),
            new(new Column("Status", ColumnKind.Status), (s, q) => Spellings.OrNull(s.StatusOn(q.On))),
            new(new Column("Since", ColumnKind.Date), (s, q) => Display.Date(Safe(s.Statuses).FirstOrDefault(p => p.Covers(q.On))?.From)),
        ],
        ToJson = (s, q) => ToJson(s, q.On),
        Describe = Describe,
        Names = s => [s.Id, s.Name, s.OfficialName, s.Iso2, .. Safe(s.Aliases)],
        Sources = s => Safe(s.Sources).Concat(Safe(s.Statuses).SelectMany(p => Safe(p.Sources))),
        Export =
        [
            new TableBuilder<State>("states")
                .Text("id", s => s.Id).Text("name", s => s.Name).Text("officialName", s => s.OfficialName).Text("iso2", s => s.Iso2)
                .List("aliases", s => s.Aliases).Choice("region", s => (Region?)s.Region)
                .Text("note", s => s.Note).Keys("sources", s => s.Sources)
                .Build(() => State.All),
            new TableBuilder<Child<State, StatusPeriod>>("state-statuses", nameof(StatusPeriod))
                .Key("state", c => c.Parent, "P:ScoModel.State.Statuses")
                .Choice("status", c => (ScoStatus?)c.Item.Status).Date("from", c => c.Item.From).Date("to", c => c.Item.To)
                .Text("note", c => c.Item.Note).Keys("sources", c => c.Item.Sources)
                .Build(() => Child.Of(State.All, s => s.Statuses)),
        ],
    };

    /// <summary>A state's JSON record, with <c>status</c> its status on <paramref name="on"/>.</summary>
    private static JsonObject ToJson(State state, DateOnly on) => new()
    {
        ["id"] = state.Id,
        ["name"] = state.Name,
        ["officialName"] = state.OfficialName,
        ["iso2"] = state.Iso2,
        ["aliases"] = List(state.Aliases),
        ["region"] = Spellings.Of(state.Region),
        ["status"] = Spellings.OrNull(state.StatusOn(on)),
        ["statuses"] = ObjectList(state.Statuses, p => new()
        {
            ["status"] = Spellings.Of(p.Status),
            ["from"] = Day(p.From),
            ["to"] = Day(p.To),
            ["note"] = p.Note,
            ["sources"] = KeyList(p.Sources),
        }),
        ["note"] = state.Note,
        ["sources"] = KeyList(state.Sources),
    };

    private static void Describe(State state, EntityDetail detail)
    {
        var asOf = Sco.AsOf;
        detail
            .Field("Name", state.Name)
            .Field("Official name", state.OfficialName)
            .Field("ISO alpha-2", state.Iso2)
            .Field("Aliases", string.Join(", ", Safe(state.Aliases)))
            .Field("Region", Spellings.Of(state.Region))
            .Field($"Status on {Display.Date(asOf)}", Spellings.OrNull(state.StatusOn(asOf)) ?? "none")
            .Field($"Defence minister on {Display.Date(asOf)}", Display.Ref(Sco.DefenceMinisterOf(state, asOf)))
            .Field("Note", state.Note)
            .Part(
                new TableView("Status history", new Column("Status", ColumnKind.Status), new Column("From", ColumnKind.Date), new Column("To", ColumnKind.Date), new Column("Note")),
                Safe(state.Statuses),
                p => [Spellings.Of(p.Status), Display.Date(p.From), Display.Date(p.To), p.Note])
            .Relate("people", "People", Person.Of(state))
            .Relate("meetings", "Meetings hosted or attended", Sco.MeetingsOf(state))
            .Relate("exercises", "Exercises taken part in", Sco.ExercisesOf(state))
            .Relate("exercisesHosted", "Exercises hosted", Exercise.HostedBy(state))
            .Relate("proposals", "Proposals", Sco.ProposalsOf(state))
            .Relate("bilaterals", "Bilateral meetings", Bilateral.WithState(state))
            .Relate("statements", "Statements by its people", Statement.All.Where(s => s.Person.State.Id == state.Id))
            .Relate("bodies", "Bodies seated here", Body.All.Where(b => b.SeatState?.Id == state.Id));
    }
}
