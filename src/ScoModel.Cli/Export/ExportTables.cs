using System.Collections.Immutable;
using static ScoModel.Cli.Infrastructure.EntityFacts;

namespace ScoModel.Cli.Export;

/// <summary>
/// Every table <c>sco export</c> writes, one descriptor per entity kind (and one per list of nested records,
/// such as a state's status periods, which become a child table keyed by their parent). A new entity kind
/// is one entry here.
/// </summary>
internal static class ExportTables
{
    /// <summary>A child row together with its parent, so a child table can name the parent's key.</summary>
    private sealed record Child<TParent, TItem>(TParent Parent, TItem Item);

    public static ImmutableArray<ExportTable> All { get; } =
    [
        new TableBuilder<State>("states")
            .Text("id", s => s.Id).Text("name", s => s.Name).Text("officialName", s => s.OfficialName).Text("iso2", s => s.Iso2)
            .List("aliases", s => s.Aliases).Choice("region", s => (Region?)s.Region)
            .Text("note", s => s.Note).Keys("sources", s => s.Sources)
            .Build(() => State.All),
        new TableBuilder<Child<State, StatusPeriod>>("state-statuses", nameof(StatusPeriod))
            .Key("state", c => c.Parent, "P:ScoModel.State.Statuses")
            .Choice("status", c => (ScoStatus?)c.Item.Status).Date("from", c => c.Item.From).Date("to", c => c.Item.To)
            .Text("note", c => c.Item.Note).Keys("sources", c => c.Item.Sources)
            .Build(() => State.All.SelectMany(s => Safe(s.Statuses).Select(p => new Child<State, StatusPeriod>(s, p)))),
        new TableBuilder<Body>("bodies")
            .Text("id", b => b.Id).Text("name", b => b.Name).Text("acronym", b => b.Acronym).Choice("kind", b => (BodyKind?)b.Kind)
            .Text("seatCity", b => b.SeatCity).Key("seatState", b => b.SeatState).Date("established", b => b.Established)
            .Text("summary", b => b.Summary).Text("note", b => b.Note).Keys("sources", b => b.Sources)
            .Build(() => Body.All),
        new TableBuilder<Person>("people")
            .Text("id", p => p.Id).Text("name", p => p.Name).List("aliases", p => p.Aliases).Key("state", p => p.State)
            .Text("note", p => p.Note).Keys("sources", p => p.Sources)
            .Build(() => Person.All),
        new TableBuilder<Child<Person, Tenure>>("person-tenures", nameof(Tenure))
            .Key("person", c => c.Parent, "P:ScoModel.Person.Tenures")
            .Choice("role", c => (Role?)c.Item.Role).Key("state", c => c.Item.State).Date("from", c => c.Item.From).Date("to", c => c.Item.To)
            .Text("title", c => c.Item.Title).Text("note", c => c.Item.Note)
            .Build(() => Person.All.SelectMany(p => Safe(p.Tenures).Select(t => new Child<Person, Tenure>(p, t)))),
        new TableBuilder<Meeting>("meetings")
            .Text("id", m => m.Id).Text("name", m => m.Name).Choice("kind", m => (MeetingKind?)m.Kind).Date("start", m => m.Start).Date("end", m => m.End)
            .Key("host", m => m.Host).Text("city", m => m.City).Choice("format", m => m.Format).Key("chair", m => m.Chair)
            .List("outcomes", m => m.Outcomes).Keys("themes", m => m.Themes).Text("note", m => m.Note).Keys("sources", m => m.Sources)
            .Build(() => Meeting.All),
        new TableBuilder<Child<Meeting, Attendance>>("meeting-attendance", nameof(Attendance))
            .Key("meeting", c => c.Parent, "P:ScoModel.Meeting.Attendance")
            .Key("state", c => c.Item.State).Key("person", c => c.Item.Person).Choice("role", c => c.Item.Role)
            .Boolean("guest", c => c.Item.Guest).Text("note", c => c.Item.Note)
            .Build(() => Meeting.All.SelectMany(m => Safe(m.Attendance).Select(a => new Child<Meeting, Attendance>(m, a)))),
        new TableBuilder<Exercise>("exercises")
            .Text("id", e => e.Id).Text("name", e => e.Name).Text("series", e => e.Series).Choice("framework", e => (ExerciseFramework?)e.Framework)
            .Integer("year", e => e.Year).Date("start", e => e.Start).Date("end", e => e.End).Key("host", e => e.Host).Text("location", e => e.Location)
            .Keys("participants", e => e.Participants).Keys("themes", e => e.Themes).Text("note", e => e.Note).Keys("sources", e => e.Sources)
            .Build(() => Exercise.All),
        new TableBuilder<Initiative>("initiatives")
            .Text("id", i => i.Id).Text("name", i => i.Name).Choice("kind", i => (InitiativeKind?)i.Kind).Choice("status", i => (Progress?)i.Status)
            .Date("established", i => i.Established).Key("body", i => i.Body).Text("summary", i => i.Summary)
            .Keys("themes", i => i.Themes).Text("note", i => i.Note).Keys("sources", i => i.Sources)
            .Build(() => Initiative.All),
        new TableBuilder<Proposal>("proposals")
            .Text("id", p => p.Id).Text("title", p => p.Title).Text("summary", p => p.Summary).Key("proposer", p => p.Proposer).Key("state", p => p.State)
            .Key("meeting", p => p.Meeting).Date("date", p => p.Date).Keys("themes", p => p.Themes).Key("initiative", p => p.Initiative)
            .Choice("status", p => (Progress?)p.Status).Text("note", p => p.Note).Keys("sources", p => p.Sources)
            .Build(() => Proposal.All),
        new TableBuilder<Bilateral>("bilaterals")
            .Text("id", b => b.Id).Date("date", b => b.Date).Key("meeting", b => b.Meeting).Keys("states", b => b.States).Keys("people", b => b.People)
            .Keys("themes", b => b.Themes).Text("summary", b => b.Summary).Text("note", b => b.Note).Keys("sources", b => b.Sources)
            .Build(() => Bilateral.All),
        new TableBuilder<Statement>("statements")
            .Text("id", s => s.Id).Key("person", s => s.Person).Key("meeting", s => s.Meeting).Date("date", s => s.Date).Keys("themes", s => s.Themes)
            .Text("summary", s => s.Summary).Text("quote", s => s.Quote).Text("note", s => s.Note).Keys("sources", s => s.Sources)
            .Build(() => Statement.All),
        new TableBuilder<Theme>("themes")
            .Text("id", t => t.Id).Text("name", t => t.Name).Text("description", t => t.Description).Keys("sources", t => t.Sources)
            .Build(() => Theme.All),
        new TableBuilder<Source>("sources")
            .Text("id", s => s.Id).Text("title", s => s.Title).Text("publisher", s => s.Publisher).Text("url", s => s.Url)
            .Date("published", s => s.Published).Choice("reliability", s => (Reliability?)s.Reliability).Text("note", s => s.Note)
            .Build(() => Source.All),
    ];
}
