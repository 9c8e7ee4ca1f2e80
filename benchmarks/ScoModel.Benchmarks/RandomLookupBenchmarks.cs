using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ScoModel.Benchmarks;

/// <summary>
/// Lookups the way input arrives, so that the branch predictor cannot learn the answers: 1,024 fresh (non-interned)
/// strings in a seeded random order, 20% misses (a real name with one letter changed, or a plausible name the data
/// lacks). <b>Find</b>: every lookup name of every state (keys, ISO codes, names, official names, aliases) with each
/// letter's case chosen at random, against a <c>FrozenDictionary</c> of the same names with
/// <c>StringComparer.OrdinalIgnoreCase</c>. <b>TryGet</b>: keys exactly as keyed, against a <c>FrozenDictionary</c>
/// with the ordinal comparer. Per lookup: <c>OperationsPerInvoke</c> is the number of queries. <b>Accessor</b>: one
/// read of <c>State.India</c> per call against a static readonly field holding the same reference. The median and the
/// fastest iteration stand beside the mean: on a shared machine, other processes' load lands in the mean first.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RandomLookupBenchmarks
{
    private const int Queries = 1024;
    private const int Seed = 20261202;

    private static readonly State IndiaField = State.India;

    private string[] _names = [];
    private string[] _keys = [];
    private FrozenDictionary<string, State> _byName = null!;
    private FrozenDictionary<string, State> _byKey = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Seed);
        _byName = LookupQueries.AllNames(StringComparer.OrdinalIgnoreCase);
        _byKey = State.All.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        // Sorted: a FrozenDictionary's key order varies from process to process, and each benchmark runs in its own, so
        // unsorted keys would give the baseline and the generated lookup different queries.
        _names = Build(random, [.. _byName.Keys.Order(StringComparer.Ordinal)], mixCase: true, isKnown: _byName.ContainsKey);
        _keys = Build(random, [.. _byKey.Keys.Order(StringComparer.Ordinal)], mixCase: false, isKnown: _byKey.ContainsKey);

        Console.WriteLine(LookupQueries.Describe("Find", _names, _byName.ContainsKey));
        Console.WriteLine(LookupQueries.Describe("TryGet", _keys, _byKey.ContainsKey));
        Agreement.Check("State.Find vs FrozenDictionary (ignore case), random queries", _names, State.Find, q => _byName.GetValueOrDefault(q));
        Agreement.Check("State.TryGet vs FrozenDictionary (ordinal), random queries", _keys, q => State.TryGet(q, out var s) ? s : null, q => _byKey.GetValueOrDefault(q));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    [BenchmarkCategory("Find")]
    public int FrozenDictionaryIgnoreCase()
    {
        var found = 0;
        foreach (var query in _names)
        {
            found += _byName.TryGetValue(query, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("Find")]
    public int StateFind()
    {
        var found = 0;
        foreach (var query in _names)
        {
            found += State.Find(query) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    [BenchmarkCategory("TryGet")]
    public int FrozenDictionaryOrdinal()
    {
        var found = 0;
        foreach (var query in _keys)
        {
            found += _byKey.TryGetValue(query, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    [BenchmarkCategory("TryGet")]
    public int StateTryGet()
    {
        var found = 0;
        foreach (var query in _keys)
        {
            found += State.TryGet(query, out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Baseline = true, Description = "static readonly field")]
    [BenchmarkCategory("Accessor")]
    public State StaticReadonlyField() => IndiaField;

    [Benchmark(Description = "State.India (generated accessor)")]
    [BenchmarkCategory("Accessor")]
    public State GeneratedAccessor() => State.India;

    /// <summary>
    /// <see cref="Queries"/> fresh strings: 80% drawn from <paramref name="names"/>, 20% misses made by changing one
    /// letter of a name (kept only if the result is not a name too), each letter's case random when <paramref name="mixCase"/>.
    /// </summary>
    private static string[] Build(Random random, string[] names, bool mixCase, Func<string, bool> isKnown)
    {
        var queries = new string[Queries];
        for (var i = 0; i < Queries; i++)
        {
            var name = names[random.Next(names.Length)];
            var chars = name.ToCharArray();
            if (random.Next(5) == 0)
            {
                do
                {
                    chars = name.ToCharArray();
                    chars[random.Next(chars.Length)] = (char)('a' + random.Next(26));
                }
                while (isKnown(new string(chars)));
            }

            if (mixCase)
            {
                for (var c = 0; c < chars.Length; c++)
                {
                    chars[c] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[c]) : char.ToLowerInvariant(chars[c]);
                }
            }

            queries[i] = new string(chars);
        }

        return queries;
    }
}
