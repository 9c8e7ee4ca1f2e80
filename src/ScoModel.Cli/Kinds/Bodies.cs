using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco bodies</c>: the SCO's councils, meeting formats and permanent bodies; a body's detail; its export table.</summary>
internal static class Bodies
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Body> View { get; } = new()
    {
        EntityKind = EntityKind.Body,
        Command = "bodies",
        Description = "List the SCO's councils, meeting formats and permanent bodies",
        All = () => Body.All,
        Title = _ => "SCO bodies",
        Noun = ("body", "bodies"),
        Columns =
        [
            new("Id", b => b.Id, ColumnKind.Key),
            new("Acronym", b => b.Acronym),
            new("Name", b => b.Name),
            new("Kind", b => Spellings.Of(b.Kind)),
            new("Seat", Seat),
            new("Established", b => Display.Date(b.Established), ColumnKind.Date),
        ],
        ToJson = (b, _) => new()
        {
            ["id"] = b.Id,
            ["name"] = b.Name,
            ["acronym"] = b.Acronym,
            ["kind"] = Spellings.Of(b.Kind),
            ["seatCity"] = b.SeatCity,
            ["seatState"] = b.SeatState?.Id,
            ["established"] = Day(b.Established),
            ["summary"] = b.Summary,
            ["note"] = b.Note,
            ["sources"] = KeyList(b.Sources),
        },
        Describe = (body, detail) => detail
            .Field("Name", body.Name)
            .Field("Acronym", body.Acronym)
            .Field("Kind", Spellings.Of(body.Kind))
            .Field("Seat", Seat(body))
            .Field("Established", Display.Date(body.Established))
            .Field("Summary", body.Summary)
            .Field("Note", body.Note)
            .Relate("initiatives", "Initiatives it runs", Initiative.All.Where(i => i.Body?.Id == body.Id)),
        Names = b => [b.Id, b.Name, b.Acronym],
        Date = b => b.Established,
        Sources = b => Safe(b.Sources),
        Export =
        [
            new TableBuilder<Body>("bodies")
                .Text("id", b => b.Id).Text("name", b => b.Name).Text("acronym", b => b.Acronym).Choice("kind", b => (BodyKind?)b.Kind)
                .Text("seatCity", b => b.SeatCity).Key("seatState", b => b.SeatState).Date("established", b => b.Established)
                .Text("summary", b => b.Summary).Text("note", b => b.Note).Keys("sources", b => b.Sources)
                .Build(() => Body.All),
        ],
    };

    private static string? Seat(Body body) =>
        (body.SeatCity, body.SeatState) switch
        {
            (null, null) => null,
            (string city, null) => city,
            (null, State state) => state.Name,
            (string city, State state) => $"{city}, {state.Name}",
        };
}
