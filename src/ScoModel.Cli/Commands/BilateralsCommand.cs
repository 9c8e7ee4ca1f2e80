using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco bilaterals</c>: bilateral talks, filtered by year, state and theme; and a bilateral's detail for <c>show</c>.</summary>
internal static class BilateralsCommand
{
    public static Command Create(CliContext context)
    {
        var year = CommonOptions.Year("Only bilateral meetings held in this year (their own date, or their meeting's)");
        var state = CommonOptions.State("Only bilateral meetings this state took part in (ISO code, name or alias)");
        var theme = CommonOptions.Theme("bilateral meetings");
        var command = new Command("bilaterals", "List bilateral meetings, mostly on the sidelines of SCO meetings") { year, state, theme };
        command.SetAction(result =>
        {
            var inYear = result.YearValue(year);
            var with = result.StateValue(state);
            var onTheme = result.ThemeValue(theme);
            var bilaterals = (with is null ? Bilateral.All : Bilateral.WithState(with))
                .Where(b => inYear is null || YearOf(b) == inYear)
                .Where(b => onTheme is null || b.Themes.Has(onTheme))
                .ToArray();
            return context.Emit(result, bilaterals, ToJson, CliJson.Context.BilateralJsonArray, Table);
        });
        return command;
    }

    public static BilateralJson ToJson(Bilateral bilateral) => new(
        bilateral.Id,
        bilateral.Date,
        bilateral.Meeting?.Id,
        Keys(bilateral.States),
        Keys(bilateral.People),
        Keys(bilateral.Themes),
        bilateral.Summary,
        bilateral.Note,
        Keys(bilateral.Sources));

    private static TableView Table(IReadOnlyList<Bilateral> bilaterals)
    {
        var table = new TableView(
            "Bilateral meetings",
            new Column("Id", ColumnKind.Key),
            new Column("Date", ColumnKind.Date),
            new Column("States"),
            new Column("People"),
            new Column("Meeting"),
            new Column("Summary"))
        {
            Noun = ("bilateral meeting", "bilateral meetings"),
        };
        foreach (var bilateral in bilaterals)
        {
            table.Add(
                bilateral.Id,
                Display.Date(DateOf(bilateral)),
                Display.Keys(Safe(bilateral.States)),
                string.Join(", ", Safe(bilateral.People).Select(p => p.Name)),
                bilateral.Meeting?.Id,
                bilateral.Summary);
        }

        return table;
    }

    public static EntityDetail Detail(Bilateral bilateral) =>
        new EntityDetail(bilateral, JsonSerializer.SerializeToNode(ToJson(bilateral), CliJson.Context.BilateralJson)!)
            .Field("Date", Display.Date(bilateral.Date))
            .Field("Meeting", Display.Ref(bilateral.Meeting))
            .Field("States", Display.Refs(Safe(bilateral.States)))
            .Field("People", Display.Refs(Safe(bilateral.People)))
            .Field("Themes", Display.Keys(Safe(bilateral.Themes)))
            .Field("Summary", bilateral.Summary)
            .Field("Note", bilateral.Note);
}
