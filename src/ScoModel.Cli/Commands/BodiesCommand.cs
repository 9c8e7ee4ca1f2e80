using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco bodies</c>: the SCO's councils and permanent bodies; and a body's detail for <c>show</c>.</summary>
internal static class BodiesCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("bodies", "List the SCO's councils, meeting formats and permanent bodies");
        command.SetAction(result => context.Emit(result, Body.All, ToJson, CliJson.Context.BodyJsonArray, Table));
        return command;
    }

    public static BodyJson ToJson(Body body) => new(
        body.Id,
        body.Name,
        body.Acronym,
        Kebab.Of(body.Kind),
        body.SeatCity,
        body.SeatState?.Id,
        body.Established,
        body.Summary,
        body.Note,
        Keys(body.Sources));

    private static TableView Table(IReadOnlyList<Body> bodies)
    {
        var table = new TableView(
            "SCO bodies",
            new Column("Id", ColumnKind.Key),
            new Column("Acronym"),
            new Column("Name"),
            new Column("Kind"),
            new Column("Seat"),
            new Column("Established", ColumnKind.Date))
        {
            Noun = ("body", "bodies"),
        };
        foreach (var body in bodies)
        {
            table.Add(body.Id, body.Acronym, body.Name, Kebab.Of(body.Kind), Seat(body), Display.Date(body.Established));
        }

        return table;
    }

    private static string? Seat(Body body) =>
        (body.SeatCity, body.SeatState) switch
        {
            (null, null) => null,
            (string city, null) => city,
            (null, State state) => state.Name,
            (string city, State state) => $"{city}, {state.Name}",
        };

    public static EntityDetail Detail(Body body) =>
        new EntityDetail(body, JsonSerializer.SerializeToNode(ToJson(body), CliJson.Context.BodyJson)!)
            .Field("Name", body.Name)
            .Field("Acronym", body.Acronym)
            .Field("Kind", Kebab.Of(body.Kind))
            .Field("Seat", Seat(body))
            .Field("Established", Display.Date(body.Established))
            .Field("Summary", body.Summary)
            .Field("Note", body.Note)
            .Relate("initiatives", "Initiatives it runs", Initiative.All.Where(i => i.Body?.Id == body.Id));
}
