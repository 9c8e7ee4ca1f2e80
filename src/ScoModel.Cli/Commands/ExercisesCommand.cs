using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco exercises</c>: joint exercises, filtered by participant, host, year and theme; and an exercise's detail for <c>show</c>.</summary>
internal static class ExercisesCommand
{
    public static Command Create(CliContext context)
    {
        var participant = new Option<string?>("--participant")
        {
            Description = "Only exercises this state's forces took part in (ISO code, name or alias)",
            HelpName = "STATE",
        };
        var host = CommonOptions.Host("exercises");
        var year = CommonOptions.Year("Only exercises held in this year");
        var theme = CommonOptions.Theme("exercises");
        var command = new Command("exercises", "List joint military and anti-terrorist exercises") { participant, host, year, theme };
        command.SetAction(result =>
        {
            var with = result.StateValue(participant);
            var hostedBy = result.StateValue(host);
            var inYear = result.YearValue(year);
            var onTheme = result.ThemeValue(theme);
            var exercises = (with is null ? Exercise.All : Sco.ExercisesOf(with))
                .Where(e => hostedBy is null || e.Host?.Id == hostedBy.Id)
                .Where(e => inYear is null || e.Year == inYear)
                .Where(e => onTheme is null || e.Themes.Has(onTheme))
                .ToArray();
            return context.Emit(result, exercises, ToJson, CliJson.Context.ExerciseJsonArray, Table);
        });
        return command;
    }

    public static ExerciseJson ToJson(Exercise exercise) => new(
        exercise.Id,
        exercise.Name,
        exercise.Series,
        Kebab.Of(exercise.Framework),
        exercise.Year,
        exercise.Start,
        exercise.End,
        exercise.Host?.Id,
        exercise.Location,
        Keys(exercise.Participants),
        Keys(exercise.Themes),
        exercise.Note,
        Keys(exercise.Sources));

    private static TableView Table(IReadOnlyList<Exercise> exercises)
    {
        var table = new TableView(
            "Joint exercises",
            new Column("Id", ColumnKind.Key),
            new Column("Year", ColumnKind.Number),
            new Column("Name"),
            new Column("Framework"),
            new Column("Host"),
            new Column("Participants"))
        {
            Noun = ("exercise", "exercises"),
        };
        foreach (var exercise in exercises)
        {
            table.Add(exercise.Id, Display.Number(exercise.Year), exercise.Name, Kebab.Of(exercise.Framework), exercise.Host?.Id, Display.Keys(Safe(exercise.Participants)));
        }

        return table;
    }

    public static EntityDetail Detail(Exercise exercise) =>
        new EntityDetail(exercise, JsonSerializer.SerializeToNode(ToJson(exercise), CliJson.Context.ExerciseJson)!)
            .Field("Name", exercise.Name)
            .Field("Series", exercise.Series)
            .Field("Framework", Kebab.Of(exercise.Framework))
            .Field("Year", Display.Number(exercise.Year))
            .Field("Start", Display.Date(exercise.Start))
            .Field("End", Display.Date(exercise.End))
            .Field("Host", Display.Ref(exercise.Host))
            .Field("Location", exercise.Location)
            .Field("Participants", Display.Refs(Safe(exercise.Participants)))
            .Field("Themes", Display.Keys(Safe(exercise.Themes)))
            .Field("Note", exercise.Note)
            .Relate(
                "series",
                "Other exercises in the series",
                exercise.Series is null ? [] : Exercise.All.Where(e => e.Series == exercise.Series && e.Id != exercise.Id));
}
