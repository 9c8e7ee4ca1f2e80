using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco statements</c>: positions people stated, filtered by year, person and theme; and a statement's detail for <c>show</c>.</summary>
internal static class StatementsCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year("Only statements made in this year (their own date, or their meeting's)");
        var by = CommonOptions.By("Only statements this person made (key, name or alias)");
        var theme = CommonOptions.Theme("statements");
        var command = new Command("statements", "List positions people stated at SCO meetings or about the SCO") { year, by, theme };
        command.SetAction(result =>
        {
            var inYear = result.YearValue(year);
            var person = result.PersonValue(by);
            var onTheme = result.ThemeValue(theme);
            var statements = (person is null ? Statement.All : Statement.By(person))
                .Where(s => inYear is null || YearOf(s) == inYear)
                .Where(s => onTheme is null || s.Themes.Has(onTheme))
                .ToArray();
            return context.Emit(result, statements, ToJson, CliJson.Context.StatementJsonArray, Table);
        });
        return command;
    }

    public static StatementJson ToJson(Statement statement) => new(
        statement.Id,
        statement.Person.Id,
        statement.Meeting?.Id,
        statement.Date,
        Keys(statement.Themes),
        statement.Summary,
        statement.Quote,
        statement.Note,
        Keys(statement.Sources));

    private static TableView Table(IReadOnlyList<Statement> statements)
    {
        var table = new TableView(
            "Statements",
            new Column("Id", ColumnKind.Key),
            new Column("Date", ColumnKind.Date),
            new Column("Person"),
            new Column("Meeting"),
            new Column("Themes"),
            new Column("Summary"))
        {
            Noun = ("statement", "statements"),
        };
        foreach (var statement in statements)
        {
            table.Add(statement.Id, Display.Date(DateOf(statement)), statement.Person.Name, statement.Meeting?.Id, Display.Keys(Safe(statement.Themes)), statement.Summary);
        }

        return table;
    }

    public static EntityDetail Detail(Statement statement) =>
        new EntityDetail(statement, JsonSerializer.SerializeToNode(ToJson(statement), CliJson.Context.StatementJson)!)
            .Field("Person", Display.Ref(statement.Person))
            .Field("Meeting", Display.Ref(statement.Meeting))
            .Field("Date", Display.Date(statement.Date))
            .Field("Themes", Display.Keys(Safe(statement.Themes)))
            .Field("Summary", statement.Summary)
            .Field("Quote", statement.Quote)
            .Field("Note", statement.Note);
}
