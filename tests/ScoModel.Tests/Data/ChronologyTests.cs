using System.Globalization;
using System.Text.RegularExpressions;

namespace ScoModel.Tests.Data;

/// <summary>
/// Rules about dates across entities: the numbering of the defence ministers' meetings, who held
/// which office on a meeting's day, the succession of the SCO's officials, and people's lives.
/// </summary>
public sealed partial class ChronologyTests
{
    /// <summary>The meeting from which on every defence ministers' meeting is recorded (the 13th).</summary>
    private const string CompleteFrom = "defence-ministers-2016";

    /// <summary>Curators record the ordinal a source gives a meeting in its note: "The 13th meeting (Asia-Plus)".</summary>
    [GeneratedRegex(@"\bThe (?<n>\d+)(?:st|nd|rd|th) meeting\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalInNote();

    private static DateOnly ScoFounded => State.All.SelectMany(s => s.Statuses).Min(p => p.From);

    /// <summary>The SCO defence ministers' meetings in the data (the Shanghai Five's came before the SCO and are not counted), oldest first.</summary>
    private static Meeting[] ScoDefenceMinistersMeetings() =>
        [.. Meeting.All.Where(m => m.Kind == MeetingKind.DefenceMinisters && m.Start >= ScoFounded).OrderBy(m => m.Start)];

    private static int? Ordinal(Meeting meeting)
    {
        var match = meeting.Note is null ? null : OrdinalInNote().Match(meeting.Note);
        return match is { Success: true } ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static IEnumerable<DateOnly> Days(Meeting meeting)
    {
        for (var day = meeting.Start; day <= (meeting.End ?? meeting.Start); day = day.AddDays(1))
        {
            yield return day;
        }
    }

    [Fact]
    public void The_notes_number_enough_defence_ministers_meetings_for_the_numbering_rules_to_bite()
    {
        var numbered = ScoDefenceMinistersMeetings().Where(m => Ordinal(m) is not null).Select(m => m.Id).ToArray();
        Assert.Contains(CompleteFrom, numbered);
        Assert.True(numbered.Length >= 5, $"only {numbered.Length} meetings carry an ordinal in their note: {string.Join(", ", numbered)}");
    }

    [Fact]
    public void A_meetings_number_leaves_room_for_the_meetings_recorded_before_it()
    {
        var meetings = ScoDefenceMinistersMeetings();
        for (var i = 0; i < meetings.Length; i++)
        {
            if (Ordinal(meetings[i]) is { } n)
            {
                Assert.True(n >= i + 1, $"{meetings[i].Id} is called the {n}th meeting, but {i} SCO defence ministers' meetings are recorded before it");
            }
        }
    }

    [Fact]
    public void Numbers_rise_with_the_date_by_at_least_the_meetings_recorded_in_between()
    {
        var meetings = ScoDefenceMinistersMeetings();
        (int Index, int Number)? previous = null;
        for (var i = 0; i < meetings.Length; i++)
        {
            if (Ordinal(meetings[i]) is not { } n)
            {
                continue;
            }

            if (previous is { } p)
            {
                var between = i - p.Index - 1;
                Assert.True(
                    n - p.Number >= between + 1,
                    $"{meetings[i].Id} is the {n}th meeting and {meetings[p.Index].Id} the {p.Number}th, yet {between} meetings are recorded between them");
            }

            previous = (i, n);
        }
    }

    [Fact]
    public void From_the_13th_meeting_on_every_meeting_is_recorded_so_each_number_is_the_count()
    {
        var meetings = ScoDefenceMinistersMeetings();
        var anchor = Array.FindIndex(meetings, m => m.Id == CompleteFrom);
        Assert.True(anchor >= 0, $"{CompleteFrom} is missing");
        var first = Ordinal(meetings[anchor])!.Value;
        for (var i = anchor; i < meetings.Length; i++)
        {
            if (Ordinal(meetings[i]) is { } n)
            {
                Assert.True(n == first + (i - anchor), $"{meetings[i].Id} is called the {n}th meeting, but it is number {first + (i - anchor)} counting the recorded meetings from {CompleteFrom} (the {first}th)");
            }
        }
    }

    [Fact]
    public void Every_attendee_recorded_as_a_defence_minister_held_that_office_on_a_day_of_the_meeting()
    {
        var problems = new List<string>();
        foreach (var meeting in Meeting.All)
        {
            foreach (var attendance in meeting.Attendance.Where(a => a.Role == Role.DefenceMinister && a.Person is not null))
            {
                var person = attendance.Person!;
                var tenures = person.Tenures.Where(t => t.Role == Role.DefenceMinister && t.State == attendance.State).ToArray();
                if (tenures.Length == 0)
                {
                    // No tenure recorded (its dates were not confirmed): the person's note must say so.
                    if (string.IsNullOrWhiteSpace(person.Note))
                    {
                        problems.Add($"{meeting.Id}: {person.Id} attended as {attendance.State.Id}'s defence minister, has no such tenure and no note explaining why");
                    }

                    continue;
                }

                if (!Days(meeting).Any(day => tenures.Any(t => t.Covers(day))))
                {
                    problems.Add($"{meeting.Id}: {person.Id} attended as {attendance.State.Id}'s defence minister on {meeting.Start:yyyy-MM-dd}, outside his or her tenures as defence minister");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void A_meetings_chair_is_among_its_attendees_where_attendance_is_recorded()
    {
        foreach (var meeting in Meeting.All.Where(m => m.Chair is not null && !m.Attendance.IsDefaultOrEmpty))
        {
            Assert.True(meeting.Attendance.Any(a => a.Person == meeting.Chair), $"{meeting.Id}: the chair {meeting.Chair!.Id} is not among the attendees");
        }
    }

    [Theory]
    [InlineData(Role.SecretaryGeneral)]
    [InlineData(Role.RatsDirector)]
    public void The_SCOs_officials_follow_one_another_without_overlap(Role role)
    {
        var tenures = Person.All.SelectMany(p => p.Tenures.Where(t => t.Role == role).Select(t => (Person: p, Tenure: t))).OrderBy(x => x.Tenure.From).ToArray();
        for (var i = 1; i < tenures.Length; i++)
        {
            var previous = tenures[i - 1];
            Assert.True(
                previous.Tenure.To is { } end && end <= tenures[i].Tenure.From,
                $"{role}: {previous.Person.Id}'s tenure from {previous.Tenure.From} overlaps {tenures[i].Person.Id}'s from {tenures[i].Tenure.From}");
        }
    }

    [Fact]
    public void The_Secretaries_General_succeed_one_another_without_a_gap()
    {
        var tenures = Person.All.SelectMany(p => p.Tenures.Where(t => t.Role == Role.SecretaryGeneral).Select(t => (Person: p, Tenure: t))).OrderBy(x => x.Tenure.From).ToArray();
        Assert.True(tenures.Length >= 2);
        for (var i = 1; i < tenures.Length; i++)
        {
            var previous = tenures[i - 1];
            Assert.True(
                previous.Tenure.To == tenures[i].Tenure.From,
                $"{previous.Person.Id}'s term ends on {previous.Tenure.To:yyyy-MM-dd} but {tenures[i].Person.Id}'s begins on {tenures[i].Tenure.From:yyyy-MM-dd}");
        }

        Assert.Null(tenures[^1].Tenure.To);
    }

    [Fact]
    public void Every_tenure_lies_within_the_persons_life()
    {
        var problems = new List<string>();
        foreach (var person in Person.All)
        {
            foreach (var tenure in person.Tenures)
            {
                if (person.Born is { } born && tenure.From < born.AddYears(18))
                {
                    problems.Add($"{person.Id}: {tenure.Role} from {tenure.From:yyyy-MM-dd}, before the age of 18 (born {born:yyyy-MM-dd})");
                }

                if (person.Died is { } died)
                {
                    if (tenure.To is not { } end)
                    {
                        problems.Add($"{person.Id}: {tenure.Role} has not ended, but the person died on {died:yyyy-MM-dd}");
                    }
                    else if (end > died.AddDays(1) || tenure.From > died)
                    {
                        problems.Add($"{person.Id}: {tenure.Role} {tenure.From:yyyy-MM-dd}..{end:yyyy-MM-dd} runs past the death on {died:yyyy-MM-dd}");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Nobody_attends_a_meeting_or_a_bilateral_outside_his_or_her_life()
    {
        var problems = new List<string>();
        foreach (var meeting in Meeting.All)
        {
            var people = meeting.Attendance.Where(a => a.Person is not null).Select(a => a.Person!).Append(meeting.Chair).OfType<Person>();
            problems.AddRange(people.Where(p => !Alive(p, meeting.Start)).Select(p => $"{meeting.Id}: {p.Id} on {meeting.Start:yyyy-MM-dd}"));
        }

        foreach (var bilateral in Bilateral.All.Where(b => b.Date is not null))
        {
            problems.AddRange(bilateral.People.Where(p => !Alive(p, bilateral.Date!.Value)).Select(p => $"{bilateral.Id}: {p.Id} on {bilateral.Date:yyyy-MM-dd}"));
        }

        Assert.Empty(problems);

        static bool Alive(Person person, DateOnly day) => (person.Born is not { } born || born <= day) && (person.Died is not { } died || day <= died);
    }
}
