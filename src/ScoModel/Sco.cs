namespace ScoModel;

/// <summary>
/// Questions about the SCO that span entity types: who was a member on a date, who was a state's
/// defence minister, which meetings and exercises a state took part in, and lookup across all kinds.
/// </summary>
/// <remarks>
/// Every period in the dataset includes its start date and excludes its end date: a state that
/// became a member on 2017-06-09 is a member on that day and an observer the day before.
/// Date queries answer from tables built once, so they allocate nothing after the first call.
/// </remarks>
public static class Sco
{
    /// <summary>The dataset's own facts: its title and the date it is correct as of.</summary>
    public static Dataset Dataset => Dataset.All[0];

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
        return Meeting.All.Where(m => m.Host?.Id == state.Id || m.Attendance.Any(a => a.State.Id == state.Id)).ToArray();
    }

    /// <summary>The meetings <paramref name="person"/> chaired or attended.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The meetings.</returns>
    public static IReadOnlyList<Meeting> MeetingsOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Meeting.All.Where(m => m.Chair?.Id == person.Id || m.Attendance.Any(a => a.Person?.Id == person.Id)).ToArray();
    }

    /// <summary>The meetings that started in <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The meetings.</returns>
    public static IReadOnlyList<Meeting> MeetingsIn(int year) => Meeting.All.Where(m => m.Start.Year == year).ToArray();

    /// <summary>The exercises <paramref name="state"/>'s forces took part in.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The exercises (a generated index: no search at run time).</returns>
    public static IReadOnlyList<Exercise> ExercisesOf(State state) => Exercise.WithParticipant(state);

    /// <summary>The exercises held in <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The exercises.</returns>
    public static IReadOnlyList<Exercise> ExercisesIn(int year) => Exercise.All.Where(e => e.Year == year).ToArray();

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
    public static IReadOnlyList<Proposal> ProposalsIn(int year) =>
        Proposal.All.Where(p => (p.Date ?? p.Meeting?.Start)?.Year == year).ToArray();

    /// <summary>Everything that addresses <paramref name="theme"/>: meetings, exercises, initiatives, proposals, bilaterals and statements.</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>The entities, grouped by kind in that order.</returns>
    public static IReadOnlyList<IEntity> OnTheme(Theme theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return
        [
            .. Meeting.OnTheme(theme),
            .. Exercise.OnTheme(theme),
            .. Initiative.OnTheme(theme),
            .. Proposal.OnTheme(theme),
            .. Bilateral.OnTheme(theme),
            .. Statement.OnTheme(theme),
        ];
    }

    /// <summary>
    /// Finds an entity of any kind by its key or one of its lookup names (a state's ISO codes, name and
    /// aliases; a person's name), ignoring case. Kinds are tried in the order of <see cref="EntityKind"/>.
    /// </summary>
    /// <param name="identifier">A key or lookup name.</param>
    /// <returns>The first entity that answers to it, or <see langword="null"/>.</returns>
    public static IEntity? Find(string? identifier)
    {
        if (identifier is null)
        {
            return null;
        }

        return (IEntity?)State.Find(identifier)
            ?? (IEntity?)Body.Find(identifier)
            ?? (IEntity?)Person.Find(identifier)
            ?? (IEntity?)Meeting.Find(identifier)
            ?? (IEntity?)Exercise.Find(identifier)
            ?? (IEntity?)Initiative.Find(identifier)
            ?? (IEntity?)Proposal.Find(identifier)
            ?? (IEntity?)Bilateral.Find(identifier)
            ?? (IEntity?)Statement.Find(identifier)
            ?? (IEntity?)Theme.Find(identifier)
            ?? Source.Find(identifier);
    }

    /// <summary>Every entity of every kind, in the order of <see cref="EntityKind"/>.</summary>
    public static IEnumerable<IEntity> AllEntities =>
        State.All.Cast<IEntity>()
            .Concat(Body.All.Cast<IEntity>())
            .Concat(Person.All.Cast<IEntity>())
            .Concat(Meeting.All.Cast<IEntity>())
            .Concat(Exercise.All.Cast<IEntity>())
            .Concat(Initiative.All.Cast<IEntity>())
            .Concat(Proposal.All.Cast<IEntity>())
            .Concat(Bilateral.All.Cast<IEntity>())
            .Concat(Statement.All.Cast<IEntity>())
            .Concat(Theme.All.Cast<IEntity>())
            .Concat(Source.All.Cast<IEntity>());
}
