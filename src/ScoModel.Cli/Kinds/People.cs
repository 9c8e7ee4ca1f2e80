using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco people</c>: ministers, heads of state and SCO officials; a person's detail; their export tables.</summary>
internal static class People
{
    public static EntityView<Person, PersonJson> View { get; } = new()
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
        ToJson = (p, _) => new(
            p.Id,
            p.Name,
            [.. Safe(p.Aliases)],
            p.State.Id,
            [.. Safe(p.Tenures).Select(t => new TenureJson(Spellings.Of(t.Role), t.State.Id, t.From, t.To, t.Title, t.Note))],
            p.Note,
            Keys(p.Sources)),
        JsonOne = CliJson.Context.PersonJson,
        JsonMany = CliJson.Context.PersonJsonArray,
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

internal sealed record PersonJson(string Id, string Name, string[] Aliases, string State, TenureJson[] Tenures, string? Note, string[] Sources);

/// <summary>A period in office; <see cref="To"/> is exclusive and null while it lasts.</summary>
internal sealed record TenureJson(string Role, string State, DateOnly From, DateOnly? To, string? Title, string? Note);
