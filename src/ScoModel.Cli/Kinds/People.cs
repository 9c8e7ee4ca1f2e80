using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco people</c>: ministers, heads of state and SCO officials; a person's detail; their export tables.</summary>
internal static class People
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Person> View { get; } = new()
    {
        EntityKind = EntityKind.Person,
        Command = "people",
        Description = "List the people in the dataset: defence ministers, heads of state, SCO officials",
        All = () => Person.All,
        Filters = [Filter<Person>.State("--state", "Only the people of this state (ISO code, name or alias)", (p, s) => p.State.Id == s.Id)],
        Title = _ => "People",
        Noun = ("person", "people"),
        Columns =
        [
            new("Id", p => p.Id, ColumnKind.Key),
            new("Name", p => p.Name),
            new("State", p => p.State.Id),
            new("Roles", p => string.Join(", ", Safe(p.Tenures).Select(t => Spellings.Of(t.Role)).Distinct())),
            new("From", p => Display.Date(Safe(p.Tenures).Select(t => (DateOnly?)t.From).Min()), ColumnKind.Date),
            new("To", p => Display.Date(Safe(p.Tenures).Any(t => t.To is null) ? null : Safe(p.Tenures).Max(t => t.To)), ColumnKind.Date),
        ],
        ToJson = (p, _) => new()
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
            ["aliases"] = List(p.Aliases),
            ["state"] = p.State.Id,
            ["tenures"] = ObjectList(p.Tenures, t => new()
            {
                ["role"] = Spellings.Of(t.Role),
                ["state"] = t.State.Id,
                ["from"] = Day(t.From),
                ["to"] = Day(t.To),
                ["title"] = t.Title,
                ["note"] = t.Note,
            }),
            ["note"] = p.Note,
            ["sources"] = KeyList(p.Sources),
        },
        Describe = (person, detail) => detail
            .Field("Name", person.Name)
            .Field("Aliases", string.Join(", ", Safe(person.Aliases)))
            .Field("State", Display.Ref(person.State))
            .Field("Note", person.Note)
            .Part(
                new TableView("Tenures", new Column("Role"), new Column("State"), new Column("From", ColumnKind.Date), new Column("To", ColumnKind.Date), new Column("Title"), new Column("Note")),
                Safe(person.Tenures),
                t => [Spellings.Of(t.Role), t.State.Id, Display.Date(t.From), Display.Date(t.To), t.Title, t.Note])
            .Relate("meetings", "Meetings chaired or attended", Sco.MeetingsOf(person))
            .Relate("proposals", "Proposals", Sco.ProposalsBy(person))
            .Relate("statements", "Statements", Statement.By(person))
            .Relate("bilaterals", "Bilateral meetings", Bilateral.WithPerson(person)),
        Names = p => [p.Id, p.Name, .. Safe(p.Aliases)],
        Sources = p => Safe(p.Sources),
        Export =
        [
            new TableBuilder<Person>("people")
                .Text("id", p => p.Id).Text("name", p => p.Name).List("aliases", p => p.Aliases).Key("state", p => p.State)
                .Text("note", p => p.Note).Keys("sources", p => p.Sources)
                .Build(() => Person.All),
            new TableBuilder<Child<Person, Tenure>>("person-tenures", nameof(Tenure))
                .Key("person", c => c.Parent, "P:ScoModel.Person.Tenures")
                .Choice("role", c => (Role?)c.Item.Role).Key("state", c => c.Item.State).Date("from", c => c.Item.From).Date("to", c => c.Item.To)
                .Text("title", c => c.Item.Title).Text("note", c => c.Item.Note)
                .Build(() => Child.Of(Person.All, p => p.Tenures)),
        ],
    };
}
