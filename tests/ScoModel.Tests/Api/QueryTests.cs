namespace ScoModel.Tests.Api;

public sealed class QueryTests
{
    private static readonly string[] Founders = ["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"];

    [Fact]
    public void Members_on_2016_06_01_are_the_six_founders()
    {
        Assert.Equal(Founders, Sco.MembersOn(new DateOnly(2016, 6, 1)).Select(s => s.Id).Order());
    }

    [Fact]
    public void Members_on_the_as_of_date_are_ten()
    {
        var members = Sco.MembersOn(Sco.AsOf).Select(s => s.Id).Order().ToArray();
        Assert.Equal([.. Founders.Append("IND").Append("PAK").Append("IRN").Append("BLR").Order()], members);
    }

    [Fact]
    public void A_period_includes_its_start_and_excludes_its_end()
    {
        var start = State.India.Statuses.Single(p => p.Status == ScoStatus.Member).From;
        Assert.Equal(ScoStatus.Member, State.India.StatusOn(start));
        Assert.NotEqual(ScoStatus.Member, State.India.StatusOn(start.AddDays(-1)));
        Assert.Contains(State.India, Sco.MembersOn(start));
        Assert.DoesNotContain(State.India, Sco.MembersOn(start.AddDays(-1)));
    }

    [Fact]
    public void Nobody_holds_a_status_before_the_first_one_in_the_data()
    {
        var first = State.All.SelectMany(s => s.Statuses).Min(p => p.From);
        Assert.Empty(Sco.MembersOn(first.AddDays(-1)));
        Assert.Empty(Sco.PartnersOn(first.AddDays(-1)));
    }

    [Fact]
    public void Status_queries_agree_with_a_naive_scan_on_every_boundary_and_many_other_days()
    {
        var days = State.All.SelectMany(s => s.Statuses)
            .SelectMany(p => new[] { p.From, p.To ?? p.From })
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .ToHashSet();
        var random = new Random(2001);
        for (var i = 0; i < 200; i++)
        {
            days.Add(new DateOnly(1995, 1, 1).AddDays(random.Next(0, 12_000)));
        }

        foreach (var day in days)
        {
            foreach (var status in Enum.GetValues<ScoStatus>())
            {
                var expected = State.All.Where(s => s.Statuses.Any(p => p.Status == status && p.From <= day && (p.To is null || day < p.To))).ToArray();
                Assert.Equal(expected, Sco.StatesWith(status, day));
            }

            Assert.Equal(Sco.StatesWith(ScoStatus.Member, day), Sco.MembersOn(day));
            Assert.Equal(Sco.StatesWith(ScoStatus.Observer, day), Sco.ObserversOn(day));
            Assert.Equal(Sco.StatesWith(ScoStatus.DialoguePartner, day), Sco.DialoguePartnersOn(day));
            var partners = State.All.Where(s => s.StatusOn(day) is { } st && st != ScoStatus.Member).ToArray();
            Assert.Equal(partners, Sco.PartnersOn(day));
        }
    }

    [Fact]
    public void Iran_was_an_observer_before_it_became_a_member()
    {
        Assert.Equal(ScoStatus.Observer, State.Iran.StatusOn(new DateOnly(2020, 1, 1)));
        Assert.Equal(ScoStatus.Member, State.Iran.StatusOn(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Defence_ministers_come_from_dated_tenures()
    {
        Assert.Equal("rajnath-singh", Sco.DefenceMinisterOf(State.India, new DateOnly(2023, 4, 28))?.Id);
        Assert.Equal("sergei-shoigu", Sco.DefenceMinisterOf(State.Russia, new DateOnly(2023, 4, 28))?.Id);
        Assert.Null(Sco.DefenceMinisterOf(State.India, new DateOnly(1900, 1, 1)));
    }

    [Fact]
    public void Defence_ministers_agree_with_a_scan_of_every_tenure_on_every_boundary()
    {
        var days = Person.All.SelectMany(p => p.Tenures)
            .SelectMany(t => new[] { t.From, t.To ?? t.From })
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) })
            .Append(Sco.AsOf)
            .ToHashSet();
        foreach (var state in State.All)
        {
            foreach (var day in days)
            {
                var expected = Person.All.FirstOrDefault(p => p.Tenures.Any(t => t.Role == Role.DefenceMinister && t.State == state && t.Covers(day)));
                Assert.Same(expected, Sco.DefenceMinisterOf(state, day));
            }
        }
    }

    [Fact]
    public void Reverse_indexes_agree_with_a_scan_of_All()
    {
        foreach (var state in State.All)
        {
            Assert.Equal(Exercise.All.Where(e => e.Participants.Contains(state)).ToArray(), Exercise.WithParticipant(state));
            Assert.Equal(Exercise.All.Where(e => e.Host == state).ToArray(), Exercise.HostedBy(state));
            Assert.Equal(Meeting.All.Where(m => m.Host == state).ToArray(), Meeting.HostedBy(state));
            Assert.Equal(Proposal.All.Where(p => p.State == state).ToArray(), Proposal.FromState(state));
            Assert.Equal(Person.All.Where(p => p.State == state).ToArray(), Person.Of(state));
            Assert.Equal(Bilateral.All.Where(b => b.States.Contains(state)).ToArray(), Bilateral.WithState(state));
        }

        foreach (var person in Person.All)
        {
            Assert.Equal(Proposal.All.Where(p => p.Proposer == person).ToArray(), Proposal.By(person));
            Assert.Equal(Statement.All.Where(s => s.Person == person).ToArray(), Statement.By(person));
        }

        foreach (var theme in Theme.All)
        {
            Assert.Equal(Exercise.All.Where(e => e.Themes.Contains(theme)).ToArray(), Exercise.OnTheme(theme));
            Assert.Equal(Statement.All.Where(s => s.Themes.Contains(theme)).ToArray(), Statement.OnTheme(theme));
        }
    }

    [Fact]
    public void Defence_ministers_accept_a_copy_of_an_entry()
    {
        var day = new DateOnly(2023, 4, 28);
        Assert.Same(Sco.DefenceMinisterOf(State.India, day), Sco.DefenceMinisterOf(State.India with { }, day));
        Assert.NotNull(Sco.DefenceMinisterOf(State.India with { Name = "renamed" }, day));
        Assert.Null(Sco.DefenceMinisterOf(State.India with { Id = "XXX" }, day));
    }

    [Fact]
    public void Reverse_indexes_accept_a_copy_of_an_entry()
    {
        var copy = State.India with { };
        Assert.Equal(Exercise.WithParticipant(State.India), Exercise.WithParticipant(copy));
        var stranger = State.India with { Id = "XXX" };
        Assert.Empty(Exercise.WithParticipant(stranger));
        Assert.Throws<ArgumentNullException>(() => Exercise.WithParticipant(null!));
    }

    [Fact]
    public void The_as_of_date_is_data()
    {
        Assert.Equal(Dataset.All.Single().AsOf, Sco.AsOf);
        Assert.True(Sco.AsOf > new DateOnly(2025, 1, 1));
    }

    [Fact]
    public void Year_and_theme_queries_filter_by_their_argument()
    {
        foreach (var meeting in Sco.MeetingsIn(2023))
        {
            Assert.Equal(2023, meeting.Start.Year);
        }

        Assert.Contains(Sco.MeetingsOf(State.India), m => m.Host == State.India);
        var terrorism = Theme.Find("counter-terrorism")!;
        Assert.NotEmpty(Sco.OnTheme(terrorism));
    }
}
