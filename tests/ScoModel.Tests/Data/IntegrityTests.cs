namespace ScoModel.Tests.Data;

/// <summary>Rules about the dataset that its schema cannot express.</summary>
public sealed class IntegrityTests
{
    public static TheoryData<string> StateIds => [.. State.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(StateIds))]
    public void A_states_status_periods_are_in_order_and_do_not_overlap(string id)
    {
        var periods = State.Find(id)!.Statuses;
        for (var i = 1; i < periods.Length; i++)
        {
            var previous = periods[i - 1];
            Assert.True(previous.To is { } end && end <= periods[i].From, $"{id}: the period from {periods[i].From} starts before the one from {previous.From} ends");
        }
    }

    [Fact]
    public void Every_SCO_exercise_participant_held_a_status_during_the_exercise()
    {
        foreach (var exercise in Exercise.All.Where(e => e.Framework == ExerciseFramework.Sco))
        {
            var first = exercise.Start ?? new DateOnly(exercise.Year, 1, 1);
            var last = exercise.End ?? exercise.Start ?? new DateOnly(exercise.Year, 12, 31);
            foreach (var state in exercise.Participants)
            {
                Assert.True(
                    state.Statuses.Any(p => p.From <= last && (p.To is null || first < p.To)),
                    $"{exercise.Id}: {state.Id} held no SCO status between {first} and {last}");
            }
        }
    }

    [Fact]
    public void Every_meeting_attendee_held_a_status_on_the_day_or_is_marked_a_guest()
    {
        foreach (var meeting in Meeting.All)
        {
            foreach (var attendance in meeting.Attendance.Where(a => !a.Guest))
            {
                Assert.True(attendance.State.StatusOn(meeting.Start) is not null, $"{meeting.Id}: {attendance.State.Id} held no status on {meeting.Start}; mark it guest: true if it attended as a guest");
            }
        }
    }

    [Fact]
    public void A_person_represents_a_state_only_within_a_tenure()
    {
        foreach (var meeting in Meeting.All)
        {
            foreach (var attendance in meeting.Attendance.Where(a => a.Person is not null))
            {
                var person = attendance.Person!;
                var covered = person.Tenures.Any(t => t.State == attendance.State && (attendance.Role is null || t.Role == attendance.Role) && t.Covers(meeting.Start));
                if (covered)
                {
                    continue;
                }

                // Curators leave out a tenure whose first day they could not confirm; then the person's
                // note must explain the gap, naming the meeting's year, rather than leave it unexplained.
                var year = meeting.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var explained = person.Note?.Contains(year, StringComparison.Ordinal) == true
                    || (person.Note is not null && !person.Tenures.Any(t => t.State == attendance.State && t.Role == attendance.Role));
                Assert.True(explained, $"{meeting.Id}: {person.Id} represented {attendance.State.Id} as {attendance.Role} on {meeting.Start:yyyy-MM-dd}, outside any tenure, and no note explains it");
            }
        }
    }

    [Fact]
    public void A_persons_tenures_in_one_role_and_state_do_not_overlap()
    {
        foreach (var person in Person.All)
        {
            foreach (var group in person.Tenures.GroupBy(t => (t.Role, t.State.Id)))
            {
                var tenures = group.OrderBy(t => t.From).ToArray();
                for (var i = 1; i < tenures.Length; i++)
                {
                    Assert.True(tenures[i - 1].To is { } end && end <= tenures[i].From, $"{person.Id}: overlapping {group.Key.Role} tenures");
                }
            }
        }
    }

    [Fact]
    public void One_defence_minister_per_state_at_a_time()
    {
        var tenures = Person.All.SelectMany(p => p.Tenures.Where(t => t.Role == Role.DefenceMinister).Select(t => (Person: p, Tenure: t)));
        foreach (var group in tenures.GroupBy(x => x.Tenure.State.Id))
        {
            var ordered = group.OrderBy(x => x.Tenure.From).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                var previous = ordered[i - 1].Tenure;
                Assert.True(previous.To is { } end && end <= ordered[i].Tenure.From, $"{group.Key}: {ordered[i - 1].Person.Id} and {ordered[i].Person.Id} overlap as defence minister");
            }
        }
    }

    [Fact]
    public void Every_entity_cites_a_source()
    {
        var uncited = new List<string>();
        foreach (var entity in Sco.AllEntities)
        {
            var sources = entity switch
            {
                State x => x.Sources,
                Body x => x.Sources,
                Person x => x.Sources,
                Meeting x => x.Sources,
                Exercise x => x.Sources,
                Initiative x => x.Sources,
                Proposal x => x.Sources,
                Bilateral x => x.Sources,
                Statement x => x.Sources,
                Theme x => x.Sources,
                Source => [Source.SeedArticle],
                _ => [],
            };
            if (sources.IsDefaultOrEmpty)
            {
                uncited.Add($"{entity.EntityKind} {entity.Id}");
            }
        }

        Assert.Empty(uncited);
    }

    [Fact]
    public void An_entry_resting_only_on_unverified_sources_says_so_in_a_note()
    {
        foreach (var entity in Sco.AllEntities)
        {
            var (sources, note) = entity switch
            {
                Meeting x => (x.Sources, x.Note),
                Exercise x => (x.Sources, x.Note),
                Initiative x => (x.Sources, x.Note),
                Proposal x => (x.Sources, x.Note),
                Bilateral x => (x.Sources, x.Note),
                Statement x => (x.Sources, x.Note),
                _ => (default, null),
            };
            if (!sources.IsDefaultOrEmpty && sources.All(s => s.Reliability == Reliability.Unverified))
            {
                Assert.False(string.IsNullOrWhiteSpace(note), $"{entity.EntityKind} {entity.Id} rests only on unverified sources but has no note saying so");
            }
        }
    }

    [Fact]
    public void Source_urls_are_absolute_https()
    {
        foreach (var source in Source.All.Where(s => s.Url is not null))
        {
            Assert.True(Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps, $"{source.Id}: '{source.Url}' is not an absolute https URL");
        }
    }

    [Fact]
    public void Official_sources_are_preferred_and_present()
    {
        Assert.Contains(Source.All, s => s.Reliability == Reliability.Official);
        Assert.Equal(Reliability.Unverified, Source.SeedArticle.Reliability);
    }

    [Fact]
    public void Dates_in_the_data_are_not_after_the_as_of_date()
    {
        foreach (var meeting in Meeting.All)
        {
            Assert.True(meeting.Start <= Sco.AsOf, $"{meeting.Id} starts after the as-of date");
        }

        foreach (var period in State.All.SelectMany(s => s.Statuses))
        {
            Assert.True(period.From <= Sco.AsOf);
        }
    }
}
