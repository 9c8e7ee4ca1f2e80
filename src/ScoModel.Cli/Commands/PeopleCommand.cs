using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco people</c>: ministers, heads of state and SCO officials; and a person's detail for <c>show</c>.</summary>
internal static class PeopleCommand
{
    public static Command Create(CliContext context)
    {
        var state = CommonOptions.State("Only the people of this state (ISO code, name or alias)");
        var command = new Command("people", "List the people in the dataset: defence ministers, heads of state, SCO officials") { state };
        command.SetAction(result =>
        {
            var of = result.StateValue(state);
            IReadOnlyList<Person> people = of is null ? Person.All : Person.Of(of);
            return context.Emit(result, people, ToJson, CliJson.Context.PersonJsonArray, Table);
        });
        return command;
    }

    public static PersonJson ToJson(Person person) => new(
        person.Id,
        person.Name,
        [.. Safe(person.Aliases)],
        person.State.Id,
        [.. Safe(person.Tenures).Select(t => new TenureJson(Kebab.Of(t.Role), t.State.Id, t.From, t.To, t.Title, t.Note))],
        person.Note,
        Keys(person.Sources));

    private static TableView Table(IReadOnlyList<Person> people)
    {
        var table = new TableView(
            "People",
            new Column("Id", ColumnKind.Key),
            new Column("Name"),
            new Column("State"),
            new Column("Roles"),
            new Column("From", ColumnKind.Date),
            new Column("To", ColumnKind.Date))
        {
            Noun = ("person", "people"),
        };
        foreach (var person in people)
        {
            var tenures = Safe(person.Tenures);
            var roles = string.Join(", ", tenures.Select(t => Kebab.Of(t.Role)).Distinct());
            DateOnly? from = tenures.IsEmpty ? null : tenures.Min(t => t.From);
            DateOnly? to = tenures.IsEmpty || tenures.Any(t => t.To is null) ? null : tenures.Max(t => t.To);
            table.Add(person.Id, person.Name, person.State.Id, roles, Display.Date(from), Display.Date(to));
        }

        return table;
    }

    public static EntityDetail Detail(Person person)
    {
        var detail = new EntityDetail(person, JsonSerializer.SerializeToNode(ToJson(person), CliJson.Context.PersonJson)!)
            .Field("Name", person.Name)
            .Field("Aliases", string.Join(", ", Safe(person.Aliases)))
            .Field("State", Display.Ref(person.State))
            .Field("Note", person.Note);

        var tenures = new TableView("Tenures", new Column("Role"), new Column("State"), new Column("From", ColumnKind.Date), new Column("To", ColumnKind.Date), new Column("Title"), new Column("Note"));
        foreach (var tenure in Safe(person.Tenures))
        {
            tenures.Add(Kebab.Of(tenure.Role), tenure.State.Id, Display.Date(tenure.From), Display.Date(tenure.To), tenure.Title, tenure.Note);
        }

        detail.Parts.Add(tenures);
        return detail
            .Relate("meetings", "Meetings chaired or attended", Sco.MeetingsOf(person))
            .Relate("proposals", "Proposals", Sco.ProposalsBy(person))
            .Relate("statements", "Statements", Statement.By(person))
            .Relate("bilaterals", "Bilateral meetings", Bilateral.WithPerson(person));
    }
}
