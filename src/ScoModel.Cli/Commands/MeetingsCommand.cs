using System.CommandLine;
using System.Text.Json;
using ScoModel.Cli.Infrastructure;
using ScoModel.Cli.Json;
using ScoModel.Cli.Rendering;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Commands;

/// <summary><c>sco meetings</c>: SCO meetings, filtered by host, year and theme; and a meeting's detail for <c>show</c>.</summary>
internal static class MeetingsCommand
{
    public static Command Create(CliContext context)
    {
        var host = CommonOptions.Host("meetings");
        var year = CommonOptions.Year("Only meetings that started in this year");
        var theme = CommonOptions.Theme("meetings");
        var command = new Command("meetings", "List SCO meetings: defence ministers' meetings, summits and others") { host, year, theme };
        command.SetAction(result =>
        {
            var hostedBy = result.StateValue(host);
            var inYear = result.YearValue(year);
            var onTheme = result.ThemeValue(theme);
            var meetings = Meeting.All
                .Where(m => hostedBy is null || m.Host?.Id == hostedBy.Id)
                .Where(m => inYear is null || m.Start.Year == inYear)
                .Where(m => onTheme is null || m.Themes.Has(onTheme))
                .ToArray();
            return context.Emit(result, meetings, ToJson, CliJson.Context.MeetingJsonArray, Table);
        });
        return command;
    }

    public static MeetingJson ToJson(Meeting meeting) => new(
        meeting.Id,
        meeting.Name,
        Kebab.Of(meeting.Kind),
        meeting.Start,
        meeting.End,
        meeting.Host?.Id,
        meeting.City,
        Kebab.OrNull(meeting.Format),
        meeting.Chair?.Id,
        [.. Safe(meeting.Attendance).Select(a => new AttendanceJson(a.State.Id, a.Person?.Id, Kebab.OrNull(a.Role), a.Guest, a.Note))],
        [.. Safe(meeting.Outcomes)],
        Keys(meeting.Themes),
        meeting.Note,
        Keys(meeting.Sources));

    private static TableView Table(IReadOnlyList<Meeting> meetings)
    {
        var table = new TableView(
            "SCO meetings",
            new Column("Id", ColumnKind.Key),
            new Column("Start", ColumnKind.Date),
            new Column("Kind"),
            new Column("Host"),
            new Column("City"),
            new Column("Name"))
        {
            Noun = ("meeting", "meetings"),
        };
        foreach (var meeting in meetings)
        {
            table.Add(meeting.Id, Display.Date(meeting.Start), Kebab.Of(meeting.Kind), meeting.Host?.Id, meeting.City, meeting.Name);
        }

        return table;
    }

    public static EntityDetail Detail(Meeting meeting)
    {
        var detail = new EntityDetail(meeting, JsonSerializer.SerializeToNode(ToJson(meeting), CliJson.Context.MeetingJson)!)
            .Field("Name", meeting.Name)
            .Field("Kind", Kebab.Of(meeting.Kind))
            .Field("Start", Display.Date(meeting.Start))
            .Field("End", Display.Date(meeting.End))
            .Field("Host", Display.Ref(meeting.Host))
            .Field("City", meeting.City)
            .Field("Format", Kebab.OrNull(meeting.Format))
            .Field("Chair", Display.Ref(meeting.Chair))
            .Field("Themes", Display.Keys(Safe(meeting.Themes)))
            .Field("Outcomes", string.Join("\n", Safe(meeting.Outcomes)))
            .Field("Note", meeting.Note);

        var attendance = new TableView("Attendance", new Column("State"), new Column("Person"), new Column("Role"), new Column("Guest"), new Column("Note"));
        foreach (var entry in Safe(meeting.Attendance))
        {
            attendance.Add(Display.Ref(entry.State), Display.Ref(entry.Person), Kebab.OrNull(entry.Role), Display.YesNo(entry.Guest), entry.Note);
        }

        detail.Parts.Add(attendance);
        return detail
            .Relate("proposals", "Proposals made there", Proposal.At(meeting))
            .Relate("bilaterals", "Bilateral meetings on the sidelines", Bilateral.At(meeting))
            .Relate("statements", "Statements made there", Statement.At(meeting));
    }
}
