namespace ScoModel;

/// <summary>
/// Questions about the SCO that span entity types: who was a member on a date, who was a state's
/// defence minister, which meetings and exercises a state took part in, and lookup across all kinds.
/// </summary>
/// <remarks>
/// Every period in the dataset includes its start date and excludes its end date: a state that
/// became a member on 2017-06-09 is a member on that day and an observer the day before.
/// Date queries answer from tables built once, so they allocate nothing after the first call.
/// <para>
/// The queries are plain loops over arrays, with no LINQ, lambdas or generic collections over value types:
/// in a fresh process each of those is JIT-compiled on first use, and that cost dwarfs the loops' own.
/// </para>
/// </remarks>
public static class Sco
{
    /// <summary>The dataset's own facts: its title and the date it is correct as of.</summary>
    // The table's first entry rather than Dataset.All[0]: All is an ImmutableArray, and the first use of
    // System.Collections.Immutable in a process costs more (about 0.7 ms) than the rest of this query.
    public static Dataset Dataset => Dataset.GeneratedData.Table[0];

    /// <summary>The date the dataset is correct as of. Facts after it are not in the data.</summary>
    public static DateOnly AsOf => Dataset.AsOf;

    /// <summary>The member states on <paramref name="date"/>, in data file order.</summary>
    /// <param name="date">The day to ask about.</param>
    /// <returns>The members; empty before the SCO was founded.</returns>
    public static IReadOnlyList<State> MembersOn(DateOnly date) => StatusTimeline.On(date, ScoStatus.Member);

    /// <summary>The observer states on <paramref name="date"/>.</summary>
    /// <param name="date">The day to ask about.</param>
    /// <returns>The observers; empty after the SCO folded observers into partners.</returns>
    public static IReadOnlyList<State> ObserversOn(DateOnly date) => StatusTimeline.On(date, ScoStatus.Observer);

    /// <summary>The dialogue partners on <paramref name="date"/>.</summary>
    /// <param name="date">The day to ask about.</param>
    /// <returns>The dialogue partners; empty after the SCO folded them into partners.</returns>
    public static IReadOnlyList<State> DialoguePartnersOn(DateOnly date) => StatusTimeline.On(date, ScoStatus.DialoguePartner);

    /// <summary>
    /// Every state associated with the SCO short of membership on <paramref name="date"/>: observers and
    /// dialogue partners before the two statuses were merged, SCO partners after.
    /// </summary>
    /// <param name="date">The day to ask about.</param>
    /// <returns>The non-member states holding a status that day.</returns>
    public static IReadOnlyList<State> PartnersOn(DateOnly date) => StatusTimeline.NonMembersOn(date);

    /// <summary>The states holding <paramref name="status"/> on <paramref name="date"/>.</summary>
    /// <param name="status">The status to ask about.</param>
    /// <param name="date">The day to ask about.</param>
    /// <returns>The states holding that status that day.</returns>
    public static IReadOnlyList<State> StatesWith(ScoStatus status, DateOnly date) => StatusTimeline.On(date, status);

    /// <summary>The person who was <paramref name="state"/>'s defence minister on <paramref name="date"/>, where the data knows.</summary>
    /// <param name="state">The state.</param>
    /// <param name="date">The day to ask about.</param>
    /// <returns>The minister, or <see langword="null"/> if the data has no tenure covering that day.</returns>
    public static Person? DefenceMinisterOf(State state, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(state);
        return DefenceMinisters.Of(state, date);
    }

    /// <summary>The meetings <paramref name="state"/> hosted or attended, in data file order.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The meetings.</returns>
    public static IReadOnlyList<Meeting> MeetingsOf(State state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var meetings = Meeting.All;
        var found = new Meeting[meetings.Length];
        var count = 0;
        foreach (var meeting in meetings)
        {
            if (meeting.Host?.Id == state.Id || Attended(meeting, state))
            {
                found[count++] = meeting;
            }
        }

        return Trimmed(found, count);
    }

    /// <summary>The meetings <paramref name="person"/> chaired or attended.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The meetings.</returns>
    public static IReadOnlyList<Meeting> MeetingsOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var meetings = Meeting.All;
        var found = new Meeting[meetings.Length];
        var count = 0;
        foreach (var meeting in meetings)
        {
            if (meeting.Chair?.Id == person.Id || Attended(meeting, person))
            {
                found[count++] = meeting;
            }
        }

        return Trimmed(found, count);
    }

    /// <summary>The meetings that started in <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The meetings.</returns>
    public static IReadOnlyList<Meeting> MeetingsIn(int year)
    {
        var meetings = Meeting.All;
        var found = new Meeting[meetings.Length];
        var count = 0;
        foreach (var meeting in meetings)
        {
            if (meeting.Start.Year == year)
            {
                found[count++] = meeting;
            }
        }

        return Trimmed(found, count);
    }

    /// <summary>The exercises <paramref name="state"/>'s forces took part in.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The exercises (a generated index: no search at run time).</returns>
    public static IReadOnlyList<Exercise> ExercisesOf(State state) => Exercise.WithParticipant(state);

    /// <summary>The exercises held in <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The exercises.</returns>
    public static IReadOnlyList<Exercise> ExercisesIn(int year)
    {
        var exercises = Exercise.All;
        var found = new Exercise[exercises.Length];
        var count = 0;
        foreach (var exercise in exercises)
        {
            if (exercise.Year == year)
            {
                found[count++] = exercise;
            }
        }

        return Trimmed(found, count);
    }

    /// <summary>The proposals made on behalf of <paramref name="state"/>.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The proposals (a generated index).</returns>
    public static IReadOnlyList<Proposal> ProposalsOf(State state) => Proposal.FromState(state);

    /// <summary>The proposals <paramref name="person"/> made.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The proposals (a generated index).</returns>
    public static IReadOnlyList<Proposal> ProposalsBy(Person person) => Proposal.By(person);

    /// <summary>The proposals made in <paramref name="year"/>, by their date or their meeting's.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The proposals whose year is known to be <paramref name="year"/>.</returns>
    public static IReadOnlyList<Proposal> ProposalsIn(int year)
    {
        var proposals = Proposal.All;
        var found = new Proposal[proposals.Length];
        var count = 0;
        foreach (var proposal in proposals)
        {
            // Its own date where it has one, else its meeting's; a proposal with neither has no year.
            var made = proposal.Date is { } date ? date.Year == year : proposal.Meeting is { } meeting && meeting.Start.Year == year;
            if (made)
            {
                found[count++] = proposal;
            }
        }

        return Trimmed(found, count);
    }

    /// <summary>Everything that addresses <paramref name="theme"/>: meetings, exercises, initiatives, proposals, bilaterals and statements.</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>The entities, grouped by kind in that order.</returns>
    public static IReadOnlyList<IEntity> OnTheme(Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return Concatenated(
        [
            Meeting.OnTheme(theme),
            Exercise.OnTheme(theme),
            Initiative.OnTheme(theme),
            Proposal.OnTheme(theme),
            Bilateral.OnTheme(theme),
            Statement.OnTheme(theme),
        ]);
    }

    /// <summary>
    /// Finds an entity of any kind by its key or one of its lookup names (a state's ISO codes, name and
    /// aliases; a person's name), ignoring case. Kinds are tried in the order of <see cref="EntityKind"/>.
    /// </summary>
    /// <param name="identifier">A key or lookup name.</param>
    /// <returns>The first entity that answers to it, or <see langword="null"/>.</returns>
    public static IEntity? Find(string? identifier) => identifier is null ? null : Entities.Find(identifier);

    /// <summary>Every entity of every kind, in the order of <see cref="EntityKind"/>.</summary>
    public static IEnumerable<IEntity> AllEntities => Everything.Entities;

    private static bool Attended(Meeting meeting, State state)
    {
        foreach (var attendance in meeting.Attendance)
        {
            if (attendance.State.Id == state.Id)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Attended(Meeting meeting, Person person)
    {
        foreach (var attendance in meeting.Attendance)
        {
            if (attendance.Person?.Id == person.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first <paramref name="count"/> items of <paramref name="found"/>, as a new array.</summary>
    private static T[] Trimmed<T>(T[] found, int count)
        where T : class
    {
        // Reference types only: they share one method body, JIT-compiled once for every entity type.
        if (count == found.Length)
        {
            return found;
        }

        var trimmed = new T[count];
        Array.Copy(found, trimmed, count);
        return trimmed;
    }

    /// <summary>The items of every list in turn, as a new array.</summary>
    private static IEntity[] Concatenated(IReadOnlyList<IEntity>[] lists)
    {
        var length = 0;
        foreach (var list in lists)
        {
            length += list.Count;
        }

        var all = new IEntity[length];
        var at = 0;
        foreach (var list in lists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                all[at++] = list[i];
            }
        }

        return all;
    }

    /// <summary>The generated list of every entity, boxed once so that <see cref="AllEntities"/> allocates nothing.</summary>
    private static class Everything
    {
        public static readonly IEnumerable<IEntity> Entities = ScoModel.Entities.All;
    }
}
