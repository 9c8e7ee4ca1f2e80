using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco exercises</c>: joint exercises, filtered by participant, host, year and theme; an exercise's detail; its export table.</summary>
internal static class Exercises
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Exercise> View { get; } = new()
    {
        EntityKind = EntityKind.Exercise,
        Command = "exercises",
        Description = "List joint military and anti-terrorist exercises",
        All = () => Exercise.All,
        Filters =
        [
            Filter<Exercise>.State("--participant", "Only exercises this state's forces took part in (ISO code, name or alias)", (e, s) => Safe(e.Participants).Any(p => p.Id == s.Id)),
            Filter<Exercise>.State("--host", "Only exercises hosted by this state (ISO code, name or alias)", (e, s) => e.Host?.Id == s.Id),
            Filter<Exercise>.Year("Only exercises held in this year", e => e.Year),
            Filter<Exercise>.Theme("exercises", e => e.Themes),
        ],
        Title = _ => "Joint exercises",
        Noun = ("exercise", "exercises"),
        Columns =
        [
            new("Id", e => e.Id, ColumnKind.Key),
            new("Year", e => Display.Number(e.Year), ColumnKind.Number),
            new("Name", e => e.Name),
            new("Framework", e => Spellings.Of(e.Framework)),
            new("Host", e => e.Host?.Id),
            new("Participants", e => Display.Keys(Safe(e.Participants))),
        ],
        ToJson = (e, _) => new()
        {
            ["id"] = e.Id,
            ["name"] = e.Name,
            ["series"] = e.Series,
            ["framework"] = Spellings.Of(e.Framework),
            ["year"] = e.Year,
            ["start"] = Day(e.Start),
            ["end"] = Day(e.End),
            ["host"] = e.Host?.Id,
            ["location"] = e.Location,
            ["participants"] = KeyList(e.Participants),
            ["themes"] = KeyList(e.Themes),
            ["note"] = e.Note,
            ["sources"] = KeyList(e.Sources),
        },
        Describe = (exercise, detail) => detail
            .Field("Name", exercise.Name)
            .Field("Series", exercise.Series)
            .Field("Framework", Spellings.Of(exercise.Framework))
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
                exercise.Series is null ? [] : Exercise.All.Where(e => e.Series == exercise.Series && e.Id != exercise.Id)),
        Names = e => [e.Id, e.Name],
        Date = e => e.Start,
        Sources = e => Safe(e.Sources),
        Export =
        [
            new TableBuilder<Exercise>("exercises")
                .Text("id", e => e.Id).Text("name", e => e.Name).Text("series", e => e.Series).Choice("framework", e => (ExerciseFramework?)e.Framework)
                .Integer("year", e => e.Year).Date("start", e => e.Start).Date("end", e => e.End).Key("host", e => e.Host).Text("location", e => e.Location)
                .Keys("participants", e => e.Participants).Keys("themes", e => e.Themes).Text("note", e => e.Note).Keys("sources", e => e.Sources)
                .Build(() => Exercise.All),
        ],
    };
}
