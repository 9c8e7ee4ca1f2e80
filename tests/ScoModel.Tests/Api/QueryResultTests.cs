namespace ScoModel.Tests.Api;

/// <summary>
/// Pins the content and order of every hand-written query in <see cref="Sco"/> against the plain LINQ scan
/// over <c>All</c> it stands for, so that the queries' implementation can change without their answers changing.
/// </summary>
public sealed class QueryResultTests
{
    private static readonly int[] Years = [.. Enumerable.Range(1995, 35)];

    [Fact]
    public void MeetingsOf_a_state_are_those_it_hosted_or_attended_in_file_order()
    {
        foreach (var state in State.All)
        {
            var expected = Meeting.All.Where(m => m.Host?.Id == state.Id || m.Attendance.Any(a => a.State.Id == state.Id)).ToArray();
            Assert.Equal(expected, Sco.MeetingsOf(state));
            Assert.Equal(expected, Sco.MeetingsOf(state with { }));
        }

        Assert.NotEmpty(Sco.MeetingsOf(State.India));
        Assert.Empty(Sco.MeetingsOf(State.India with { Id = "XXX" }));
        Assert.Throws<ArgumentNullException>(() => Sco.MeetingsOf((State)null!));
    }

    [Fact]
    public void MeetingsOf_a_person_are_those_they_chaired_or_attended_in_file_order()
    {
        foreach (var person in Person.All)
        {
            var expected = Meeting.All.Where(m => m.Chair?.Id == person.Id || m.Attendance.Any(a => a.Person?.Id == person.Id)).ToArray();
            Assert.Equal(expected, Sco.MeetingsOf(person));
        }

        Assert.Contains(Person.All, p => Sco.MeetingsOf(p).Count > 0);
        Assert.Throws<ArgumentNullException>(() => Sco.MeetingsOf((Person)null!));
    }

    [Fact]
    public void Year_queries_agree_with_a_scan_of_All_for_every_year()
    {
        foreach (var year in Years)
        {
            Assert.Equal(Meeting.All.Where(m => m.Start.Year == year).ToArray(), Sco.MeetingsIn(year));
            Assert.Equal(Exercise.All.Where(e => e.Year == year).ToArray(), Sco.ExercisesIn(year));
            Assert.Equal(Proposal.All.Where(p => (p.Date ?? p.Meeting?.Start)?.Year == year).ToArray(), Sco.ProposalsIn(year));
        }

        Assert.Contains(Years, y => Sco.MeetingsIn(y).Count > 0);
        Assert.Contains(Years, y => Sco.ExercisesIn(y).Count > 0);
        Assert.Contains(Years, y => Sco.ProposalsIn(y).Count > 0);
    }

    [Fact]
    public void OnTheme_lists_every_kind_in_order_then_file_order()
    {
        foreach (var theme in Theme.All)
        {
            IEntity[] expected =
            [
                .. Meeting.All.Where(m => m.Themes.Contains(theme)),
                .. Exercise.All.Where(e => e.Themes.Contains(theme)),
                .. Initiative.All.Where(i => i.Themes.Contains(theme)),
                .. Proposal.All.Where(p => p.Themes.Contains(theme)),
                .. Bilateral.All.Where(b => b.Themes.Contains(theme)),
                .. Statement.All.Where(s => s.Themes.Contains(theme)),
            ];
            Assert.Equal(expected, Sco.OnTheme(theme));
        }

        Assert.Throws<ArgumentNullException>(() => Sco.OnTheme(null!));
    }

    [Fact]
    public void AllEntities_is_every_kind_in_EntityKind_order_then_file_order()
    {
        IEntity[] expected =
        [
            .. State.All, .. Body.All, .. Person.All, .. Meeting.All, .. Exercise.All, .. Initiative.All,
            .. Proposal.All, .. Bilateral.All, .. Statement.All, .. Theme.All, .. Source.All,
        ];
        Assert.Equal(expected, Sco.AllEntities);
        Assert.Equal(expected, Sco.AllEntities);
        Assert.Equal(Enum.GetValues<EntityKind>(), Sco.AllEntities.Select(e => e.EntityKind).Distinct());
        Assert.False(Sco.AllEntities is IList<IEntity> { IsReadOnly: false }, "callers must not be able to change the shared sequence");
    }

    [Fact]
    public void Date_queries_return_shared_read_only_lists()
    {
        var day = Sco.AsOf;
        Assert.Same(Sco.MembersOn(day), Sco.MembersOn(day));
        Assert.Same(Sco.PartnersOn(day), Sco.PartnersOn(day));
        foreach (var list in new[] { Sco.MembersOn(day), Sco.PartnersOn(day), Sco.StatesWith(ScoStatus.Partner, day) })
        {
            Assert.True(((ICollection<State>)list).IsReadOnly);
        }
    }

    [Fact]
    public void A_status_that_is_not_an_enum_member_has_no_holders()
    {
        Assert.Empty(Sco.StatesWith((ScoStatus)99, Sco.AsOf));
        Assert.Empty(Sco.StatesWith((ScoStatus)(-1), Sco.AsOf));
    }

    [Fact]
    public void DefenceMinisterOf_answers_by_key()
    {
        var day = new DateOnly(2023, 4, 28);
        Assert.Same(Sco.DefenceMinisterOf(State.India, day), Sco.DefenceMinisterOf(State.India with { Note = "a copy" }, day));
        Assert.Null(Sco.DefenceMinisterOf(State.India with { Id = "XXX" }, day));
        Assert.Throws<ArgumentNullException>(() => Sco.DefenceMinisterOf(null!, day));
    }
}
