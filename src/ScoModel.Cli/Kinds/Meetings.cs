using System.Runtime.CompilerServices;
using static ScoModel.Cli.Infrastructure.EntityFacts;
using static ScoModel.Cli.Json.JsonFields;

namespace ScoModel.Cli.Kinds;

/// <summary><c>sco meetings</c>: SCO meetings, filtered by host, year and theme; a meeting's detail; its export tables.</summary>
internal static class Meetings
{
    [ModuleInitializer]
    internal static void Register() => EntityViews.Add(View);

    public static EntityView<Meeting> View { get; } = new()
    {
        EntityKind = EntityKind.Meeting,
        Command = "meetings",
        Description = "List SCO meetings: defence ministers' meetings, summits and others",
        All = () => Meeting.All,
        Filters =
        [
            Filter<Meeting>.State("--host", "Only meetings hosted by this state (ISO code, name or alias)", (m, s) => m.Host?.Id == s.Id),
            Filter<Meeting>.Year("Only meetings that started in this year", m => m.Start.Year),
            Filter<Meeting>.Theme("meetings", m => m.Themes),
        ],
        Title = _ => "SCO meetings",
        Noun = ("meeting", "meetings"),
        Columns =
        [
            new("Id", m => m.Id, ColumnKind.Key),
            new("Start", m => Display.Date(m.Start), ColumnKind.Date),
            new("Kind", m => Spellings.Of(m.Kind)),
            new("Host", m => m.Host?.Id),
            new("City", m => m.City),
            new("Name", m => m.Name),
        ],
        ToJson = (m, _) => new()
        {
            ["id"] = m.Id,
            ["name"] = m.Name,
            ["kind"] = Spellings.Of(m.Kind),
            ["start"] = Day(m.Start),
            ["end"] = Day(m.End),
            ["host"] = m.Host?.Id,
            ["city"] = m.City,
            ["format"] = Spellings.OrNull(m.Format),
            ["chair"] = m.Chair?.Id,
            ["attendance"] = ObjectList(m.Attendance, a => new()
            {
                ["state"] = a.State.Id,
                ["person"] = a.Person?.Id,
                ["role"] = Spellings.OrNull(a.Role),
                ["guest"] = a.Guest,
                ["note"] = a.Note,
            }),
            ["outcomes"] = List(m.Outcomes),
            ["themes"] = KeyList(m.Themes),
            ["note"] = m.Note,
            ["sources"] = KeyList(m.Sources),
        },
        Describe = (meeting, detail) => detail
            .Field("Name", meeting.Name)
            .Field("Kind", Spellings.Of(meeting.Kind))
            .Field("Start", Display.Date(meeting.Start))
            .Field("End", Display.Date(meeting.End))
            .Field("Host", Display.Ref(meeting.Host))
            .Field("City", meeting.City)
            .Field("Format", Spellings.OrNull(meeting.Format))
            .Field("Chair", Display.Ref(meeting.Chair))
            .Field("Themes", Display.Keys(Safe(meeting.Themes)))
            .Field("Outcomes", string.Join("\n", Safe(meeting.Outcomes)))
            .Field("Note", meeting.Note)
            .Part(
                new TableView("Attendance", new Column("State"), new Column("Person"), new Column("Role"), new Column("Guest"), new Column("Note")),
                Safe(meeting.Attendance),
                a => [Display.Ref(a.State), Display.Ref(a.Person), Spellings.OrNull(a.Role), Display.YesNo(a.Guest), a.Note])
            .Relate("proposals", "Proposals made there", Proposal.At(meeting))
            .Relate("bilaterals", "Bilateral meetings on the sidelines", Bilateral.At(meeting))
            .Relate("statements", "Statements made there", Statement.At(meeting)),
        Names = m => [m.Id, m.Name],
        Date = m => m.Start,
        Sources = m => Safe(m.Sources),
        Export =
        [
            new TableBuilder<Meeting>("meetings")
                .Text("id", m => m.Id).Text("name", m => m.Name).Choice("kind", m => (MeetingKind?)m.Kind).Date("start", m => m.Start).Date("end", m => m.End)
                .Key("host", m => m.Host).Text("city", m => m.City).Choice("format", m => m.Format).Key("chair", m => m.Chair)
                .List("outcomes", m => m.Outcomes).Keys("themes", m => m.Themes).Text("note", m => m.Note).Keys("sources", m => m.Sources)
                .Build(() => Meeting.All),
            new TableBuilder<Child<Meeting, Attendance>>("meeting-attendance", nameof(Attendance))
                .Key("meeting", c => c.Parent, "P:ScoModel.Meeting.Attendance")
                .Key("state", c => c.Item.State).Key("person", c => c.Item.Person).Choice("role", c => c.Item.Role)
                .Boolean("guest", c => c.Item.Guest).Text("note", c => c.Item.Note)
                .Build(() => Child.Of(Meeting.All, m => m.Attendance)),
        ],
    };
}
