using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco statements</c>: positions people stated, filtered by year, person and theme; a statement's detail; its export table.</summary>
internal static class Statements
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Statement> View { get; } = new()
    {
        EntityKind = EntityKind.Statement,
        Command = "statements",
        Description = "List positions people stated at SCO meetings or about the SCO",
        All = () => Statement.All,
        Filters =
        [
            Filter<Statement>.Year("Only statements made in this year (their own date, or their meeting's)", s => DayOf(s)?.Year),
            Filter<Statement>.Person("--by", "Only statements this person made (key, name or alias)", (s, person) => s.Person.Id == person.Id),
            Filter<Statement>.Theme("statements", s => s.Themes),
        ],
        Title = _ => "Statements",
        Noun = ("statement", "statements"),
        Columns =
        [
            new("Id", s => s.Id, ColumnKind.Key),
            new("Date", s => Display.Date(DayOf(s)), ColumnKind.Date),
            new("Person", s => s.Person.Name),
            new("Meeting", s => s.Meeting?.Id),
            new("Themes", s => Display.Keys(Safe(s.Themes))),
            new("Summary", s => s.Summary),
        ],
        ToJson = (s, _) => new()
        {
            ["id"] = s.Id,
            ["person"] = s.Person.Id,
            ["meeting"] = s.Meeting?.Id,
            ["date"] = Day(s.Date),
            ["themes"] = KeyList(s.Themes),
            ["summary"] = s.Summary,
            ["quote"] = s.Quote,
            ["note"] = s.Note,
            ["sources"] = KeyList(s.Sources),
        },
        Describe = (statement, detail) => detail
            .Field("Person", Display.Ref(statement.Person))
            .Field("Meeting", Display.Ref(statement.Meeting))
            .Field("Date", Display.Date(statement.Date))
            .Field("Themes", Display.Keys(Safe(statement.Themes)))
            .Field("Summary", statement.Summary)
            .Field("Quote", statement.Quote)
            .Field("Note", statement.Note),
        Names = s => [s.Id],
        Date = DayOf,
        Sources = s => Safe(s.Sources),
        Export =
        [
            new TableBuilder<Statement>("statements")
                .Text("id", s => s.Id).Key("person", s => s.Person).Key("meeting", s => s.Meeting).Date("date", s => s.Date).Keys("themes", s => s.Themes)
                .Text("summary", s => s.Summary).Text("quote", s => s.Quote).Text("note", s => s.Note).Keys("sources", s => s.Sources)
                .Build(() => Statement.All),
        ],
    };

    /// <summary>The statement's own date, or its meeting's.</summary>
    private static DateOnly? DayOf(Statement statement) => statement.Date ?? statement.Meeting?.Start;
}
