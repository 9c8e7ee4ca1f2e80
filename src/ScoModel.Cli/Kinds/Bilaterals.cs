using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco bilaterals</c>: bilateral meetings, filtered by year, state and theme; a bilateral's detail; its export table.</summary>
internal static class Bilaterals
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Bilateral> View { get; } = new()
    {
        EntityKind = EntityKind.Bilateral,
        Command = "bilaterals",
        Description = "List bilateral meetings, mostly on the sidelines of SCO meetings",
        All = () => Bilateral.All,
        Filters =
        [
            Filter<Bilateral>.Year("Only bilateral meetings held in this year (their own date, or their meeting's)", b => DayOf(b)?.Year),
            Filter<Bilateral>.State("--state", "Only bilateral meetings this state took part in (ISO code, name or alias)", (b, s) => Safe(b.States).Any(x => x.Id == s.Id)),
            Filter<Bilateral>.Theme("bilateral meetings", b => b.Themes),
        ],
        Title = _ => "Bilateral meetings",
        Noun = ("bilateral meeting", "bilateral meetings"),
        Columns =
        [
            new("Id", b => b.Id, ColumnKind.Key),
            new("Date", b => Display.Date(DayOf(b)), ColumnKind.Date),
            new("States", b => Display.Keys(Safe(b.States))),
            new("People", b => string.Join(", ", Safe(b.People).Select(p => p.Name))),
            new("Meeting", b => b.Meeting?.Id),
            new("Summary", b => b.Summary),
        ],
        ToJson = (b, _) => new()
        {
            ["id"] = b.Id,
            ["date"] = Day(b.Date),
            ["meeting"] = b.Meeting?.Id,
            ["states"] = KeyList(b.States),
            ["people"] = KeyList(b.People),
            ["themes"] = KeyList(b.Themes),
            ["summary"] = b.Summary,
            ["note"] = b.Note,
            ["sources"] = KeyList(b.Sources),
        },
        Describe = (bilateral, detail) => detail
            .Field("Date", Display.Date(bilateral.Date))
            .Field("Meeting", Display.Ref(bilateral.Meeting))
            .Field("States", Display.Refs(Safe(bilateral.States)))
            .Field("People", Display.Refs(Safe(bilateral.People)))
            .Field("Themes", Display.Keys(Safe(bilateral.Themes)))
            .Field("Summary", bilateral.Summary)
            .Field("Note", bilateral.Note),
        Names = b => [b.Id],
        Date = DayOf,
        Sources = b => Safe(b.Sources),
        Export =
        [
            new TableBuilder<Bilateral>("bilaterals")
                .Text("id", b => b.Id).Date("date", b => b.Date).Key("meeting", b => b.Meeting).Keys("states", b => b.States).Keys("people", b => b.People)
                .Keys("themes", b => b.Themes).Text("summary", b => b.Summary).Text("note", b => b.Note).Keys("sources", b => b.Sources)
                .Build(() => Bilateral.All),
        ],
    };

    /// <summary>The bilateral's own date, or its meeting's.</summary>
    private static DateOnly? DayOf(Bilateral bilateral) => bilateral.Date ?? bilateral.Meeting?.Start;
}
