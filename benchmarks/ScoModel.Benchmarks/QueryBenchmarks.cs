using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ScoModel.Benchmarks;

/// <summary>
/// The query API against the LINQ a user would write over <c>All</c> without it, per query (each invocation
/// answers a fixed set of questions and OperationsPerInvoke divides by their number). Baseline: the LINQ form.
/// <list type="bullet">
/// <item><b>MembersOn</b>: <c>Sco.MembersOn(date)</c> for 8 dates from before the founding to the as-of date, against
/// <c>State.All.Where(s =&gt; s.StatusOn(date) == ScoStatus.Member).ToArray()</c>.</item>
/// <item><b>DefenceMinisterOf</b>: <c>Sco.DefenceMinisterOf(state, date)</c> for 32 (state, date) pairs: the states
/// with a status, in data order, each on one of 4 dates in turn,
/// against <c>Person.All.FirstOrDefault(p =&gt; p.Tenures.Any(...))</c>.</item>
/// <item><b>WithParticipant</b>: the generated reverse index <c>Exercise.WithParticipant(state)</c> for 32 states
/// (<c>State.All</c> in order, repeated if shorter),
/// against <c>Exercise.All.Where(e =&gt; e.Participants.Contains(state)).ToArray()</c>.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private const int Dates = 8;
    private const int MinisterQueries = 32;
    private const int ParticipantQueries = 32;

    private DateOnly[] _dates = [];
    private (State State, DateOnly Date)[] _ministerQueries = [];
    private State[] _states = [];

    [GlobalSetup]
    public void Setup()
    {
        var asOf = Sco.AsOf;
        _dates =
        [
            new(2001, 6, 14), new(2001, 6, 15), new(2005, 7, 5), new(2016, 6, 1),
            new(2017, 6, 9), new(2023, 7, 4), new(2024, 7, 4), asOf,
        ];
        DateOnly[] ministerDates = [new(2012, 6, 7), new(2020, 9, 4), new(2023, 4, 28), asOf];
        var withStatus = State.All.Where(s => !s.Statuses.IsDefaultOrEmpty).ToArray();
        _ministerQueries = [.. Enumerable.Range(0, MinisterQueries).Select(i => (withStatus[i % withStatus.Length], ministerDates[(i + (i / withStatus.Length)) % ministerDates.Length]))];
        _states = [.. Enumerable.Range(0, ParticipantQueries).Select(i => State.All[i % State.All.Length])];

        Console.WriteLine($"// MembersOn: {Dates} dates; DefenceMinisterOf: {_ministerQueries.Length} (state, date) pairs; WithParticipant: {_states.Length} states");
        Console.WriteLine($"// Data: {State.All.Length} states, {Person.All.Length} people, {Exercise.All.Length} exercises");
        var membersAgree = _dates.All(d => Sco.MembersOn(d).SequenceEqual(MembersOnLinq(d)));
        var ministersAgree = _ministerQueries.All(q => ReferenceEquals(Sco.DefenceMinisterOf(q.State, q.Date), DefenceMinisterOfLinq(q.State, q.Date)));
        var exercisesAgree = _states.All(s => Exercise.WithParticipant(s).SequenceEqual(WithParticipantLinq(s)));
        Console.WriteLine($"// Agreement with the LINQ forms: MembersOn {membersAgree}, DefenceMinisterOf {ministersAgree}, WithParticipant {exercisesAgree}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Dates, Description = "LINQ over State.All")]
    [BenchmarkCategory("MembersOn")]
    public int MembersOn_Linq()
    {
        var count = 0;
        foreach (var date in _dates)
        {
            count += MembersOnLinq(date).Length;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Dates, Description = "Sco.MembersOn")]
    [BenchmarkCategory("MembersOn")]
    public int MembersOn_Sco()
    {
        var count = 0;
        foreach (var date in _dates)
        {
            count += Sco.MembersOn(date).Count;
        }

        return count;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = MinisterQueries, Description = "LINQ over Person.All")]
    [BenchmarkCategory("DefenceMinisterOf")]
    public int DefenceMinisterOf_Linq()
    {
        var found = 0;
        foreach (var (state, date) in _ministerQueries)
        {
            if (DefenceMinisterOfLinq(state, date) is not null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = MinisterQueries, Description = "Sco.DefenceMinisterOf")]
    [BenchmarkCategory("DefenceMinisterOf")]
    public int DefenceMinisterOf_Sco()
    {
        var found = 0;
        foreach (var (state, date) in _ministerQueries)
        {
            if (Sco.DefenceMinisterOf(state, date) is not null)
            {
                found++;
            }
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = ParticipantQueries, Description = "LINQ over Exercise.All")]
    [BenchmarkCategory("WithParticipant")]
    public int WithParticipant_Linq()
    {
        var count = 0;
        foreach (var state in _states)
        {
            count += WithParticipantLinq(state).Length;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = ParticipantQueries, Description = "Exercise.WithParticipant")]
    [BenchmarkCategory("WithParticipant")]
    public int WithParticipant_Generated()
    {
        var count = 0;
        foreach (var state in _states)
        {
            count += Exercise.WithParticipant(state).Count;
        }

        return count;
    }

    private static State[] MembersOnLinq(DateOnly date) =>
        State.All.Where(s => s.StatusOn(date) == ScoStatus.Member).ToArray();

    private static Person? DefenceMinisterOfLinq(State state, DateOnly date) =>
        Person.All.FirstOrDefault(p => p.Tenures.Any(t => t.Role == Role.DefenceMinister && t.State.Id == state.Id && t.Covers(date)));

    private static Exercise[] WithParticipantLinq(State state) =>
        Exercise.All.Where(e => e.Participants.Contains(state)).ToArray();
}
