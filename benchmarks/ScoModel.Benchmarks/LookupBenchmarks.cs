using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ScoModel.Benchmarks;

/// <summary>
/// Looking a state up, per lookup (each invocation loops over a fixed array of fresh, non-interned query strings,
/// 80% of them hits, and OperationsPerInvoke divides by their number).
/// <list type="bullet">
/// <item><b>Key</b>: 30 ISO alpha-3 codes exactly as keyed (<c>IND</c>); the ordinal lookups and the case-insensitive
/// ones on the same keys. Baseline: <c>FrozenDictionary&lt;string, State&gt;</c> with the ordinal comparer.</item>
/// <item><b>AnyName</b>: 50 queries over every lookup name (ISO codes, names, official names, aliases) in mixed case
/// (<c>india</c>, <c>KYRGYZ REPUBLIC</c>, <c>TüRkIyE</c>). Baseline: a <c>FrozenDictionary</c> of all those names with
/// <c>StringComparer.OrdinalIgnoreCase</c>.</item>
/// <item><b>Accessor</b>: the generated <c>State.India</c> against a static field holding the same reference.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LookupBenchmarks
{
    private const int KeyQueries = 30;
    private const int NameQueries = 50;
    private const int AccessorReads = 64;

    private static readonly State IndiaField = State.India;
    private static State s_indiaMutable = State.India;

    private string[] _keys = [];
    private string[] _names = [];
    private FrozenDictionary<string, State> _frozenById = null!;
    private FrozenDictionary<string, State> _frozenByIdIgnoreCase = null!;
    private Dictionary<string, State> _dictionaryById = null!;
    private Dictionary<string, State> _dictionaryByIdIgnoreCase = null!;
    private FrozenDictionary<string, State> _frozenByName = null!;
    private FrozenDictionary<string, State>.AlternateLookup<ReadOnlySpan<char>> _frozenByNameSpan;
    private Dictionary<string, State> _dictionaryByName = null!;

    [GlobalSetup]
    public void Setup()
    {
        _keys = LookupQueries.Build(LookupKind.Iso3, KeyQueries, mixCase: false);
        _names = LookupQueries.Build(LookupKind.Mixed, NameQueries, mixCase: true);

        _frozenById = State.All.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _frozenByIdIgnoreCase = State.All.ToFrozenDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        _dictionaryById = State.All.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _dictionaryByIdIgnoreCase = State.All.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);
        _frozenByName = LookupQueries.AllNames(StringComparer.OrdinalIgnoreCase);
        _frozenByNameSpan = _frozenByName.GetAlternateLookup<ReadOnlySpan<char>>();
        _dictionaryByName = new Dictionary<string, State>(_frozenByName, StringComparer.OrdinalIgnoreCase);

        Console.WriteLine(LookupQueries.Describe("Key", _keys, _frozenById.ContainsKey));
        Console.WriteLine(LookupQueries.Describe("AnyName", _names, _frozenByName.ContainsKey));
        Agreement.Check("State.TryGet vs FrozenDictionary (ordinal)", _keys, q => State.TryGet(q, out var s) ? s : null, q => _frozenById.GetValueOrDefault(q));
        Agreement.Check("State.Find vs FrozenDictionary (ignore case)", _keys, State.Find, q => _frozenByIdIgnoreCase.GetValueOrDefault(q));
        Agreement.Check("State.Find vs FrozenDictionary of all names (ignore case)", _names, State.Find, q => _frozenByName.GetValueOrDefault(q));
        Agreement.Check("LINQ vs FrozenDictionary of all names (ignore case)", _names, FindWithLinq, q => _frozenByName.GetValueOrDefault(q));
    }

    // ---- Key: ISO alpha-3 codes as keyed ----

    [Benchmark(Baseline = true, OperationsPerInvoke = KeyQueries, Description = "FrozenDictionary Ordinal")]
    [BenchmarkCategory("Key")]
    public int Key_FrozenOrdinal()
    {
        var hits = 0;
        foreach (var query in _keys)
        {
            if (_frozenById.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = KeyQueries, Description = "FrozenDictionary OrdinalIgnoreCase")]
    [BenchmarkCategory("Key")]
    public int Key_FrozenIgnoreCase()
    {
        var hits = 0;
        foreach (var query in _keys)
        {
            if (_frozenByIdIgnoreCase.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = KeyQueries, Description = "Dictionary Ordinal")]
    [BenchmarkCategory("Key")]
    public int Key_DictionaryOrdinal()
    {
        var hits = 0;
        foreach (var query in _keys)
        {
            if (_dictionaryById.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = KeyQueries, Description = "Dictionary OrdinalIgnoreCase")]
    [BenchmarkCategory("Key")]
    public int Key_DictionaryIgnoreCase()
    {
        var hits = 0;
        foreach (var query in _keys)
        {
            if (_dictionaryByIdIgnoreCase.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = KeyQueries, Description = "LINQ FirstOrDefault over State.All")]
    [BenchmarkCategory("Key")]
    public int Key_Linq()
    {
        var hits = 0;
        foreach (var query in _keys)
        {
            if (State.All.FirstOrDefault(s => s.Id == query) is not null)
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = KeyQueries, Description = "State.TryGet (generated, ordinal)")]
    [BenchmarkCategory("Key")]
    public int Key_GeneratedTryGet()
    {
        var hits = 0;
        foreach (var query in _keys)
        {
            if (State.TryGet(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = KeyQueries, Description = "State.Find (generated, ignore case)")]
    [BenchmarkCategory("Key")]
    public int Key_GeneratedFind()
    {
        var hits = 0;
        foreach (var query in _keys)
        {
            if (State.Find(query) is not null)
            {
                hits++;
            }
        }

        return hits;
    }

    // ---- AnyName: codes, names, official names and aliases in mixed case ----

    [Benchmark(Baseline = true, OperationsPerInvoke = NameQueries, Description = "FrozenDictionary OrdinalIgnoreCase")]
    [BenchmarkCategory("AnyName")]
    public int Name_FrozenIgnoreCase()
    {
        var hits = 0;
        foreach (var query in _names)
        {
            if (_frozenByName.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = NameQueries, Description = "FrozenDictionary OrdinalIgnoreCase, span lookup")]
    [BenchmarkCategory("AnyName")]
    public int Name_FrozenIgnoreCaseSpan()
    {
        var hits = 0;
        foreach (var query in _names)
        {
            if (_frozenByNameSpan.TryGetValue(query.AsSpan(), out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = NameQueries, Description = "Dictionary OrdinalIgnoreCase")]
    [BenchmarkCategory("AnyName")]
    public int Name_DictionaryIgnoreCase()
    {
        var hits = 0;
        foreach (var query in _names)
        {
            if (_dictionaryByName.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = NameQueries, Description = "LINQ FirstOrDefault over State.All")]
    [BenchmarkCategory("AnyName")]
    public int Name_Linq()
    {
        var hits = 0;
        foreach (var query in _names)
        {
            if (FindWithLinq(query) is not null)
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = NameQueries, Description = "State.Find(string) (generated)")]
    [BenchmarkCategory("AnyName")]
    public int Name_GeneratedFind()
    {
        var hits = 0;
        foreach (var query in _names)
        {
            if (State.Find(query) is not null)
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = NameQueries, Description = "State.Find(ReadOnlySpan<char>) (generated)")]
    [BenchmarkCategory("AnyName")]
    public int Name_GeneratedFindSpan()
    {
        var hits = 0;
        foreach (var query in _names)
        {
            if (State.Find(query.AsSpan()) is not null)
            {
                hits++;
            }
        }

        return hits;
    }

    // ---- Accessor: a named entry against a static field ----

    [Benchmark(Baseline = true, OperationsPerInvoke = AccessorReads, Description = "static readonly field")]
    [BenchmarkCategory("Accessor")]
    public int Accessor_StaticReadonlyField()
    {
        var length = 0;
        for (var i = 0; i < AccessorReads; i++)
        {
            length += IndiaField.Id.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = AccessorReads, Description = "static mutable field")]
    [BenchmarkCategory("Accessor")]
    public int Accessor_StaticMutableField()
    {
        var length = 0;
        for (var i = 0; i < AccessorReads; i++)
        {
            length += s_indiaMutable.Id.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = AccessorReads, Description = "State.India (generated)")]
    [BenchmarkCategory("Accessor")]
    public int Accessor_Generated()
    {
        var length = 0;
        for (var i = 0; i < AccessorReads; i++)
        {
            length += State.India.Id.Length;
        }

        return length;
    }

    /// <summary>What someone without the generated lookups would write: a scan over every name of every entry.</summary>
    private static State? FindWithLinq(string query) =>
        State.All.FirstOrDefault(s =>
            string.Equals(s.Id, query, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Name, query, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.OfficialName, query, StringComparison.OrdinalIgnoreCase) ||
            string.Equals(s.Iso2, query, StringComparison.OrdinalIgnoreCase) ||
            (!s.Aliases.IsDefault && s.Aliases.Any(a => string.Equals(a, query, StringComparison.OrdinalIgnoreCase))));
}

/// <summary>
/// <see cref="State.Find(string?)"/> against <c>FrozenDictionary</c> (<c>OrdinalIgnoreCase</c>, the baseline) per kind
/// of lookup name, to show where the generated switch wins or loses: 40 fresh queries in mixed case, 80% hits.
/// </summary>
[MemoryDiagnoser]
public class FindByKindBenchmarks
{
    private const int Queries = 40;

    private string[] _queries = [];
    private FrozenDictionary<string, State> _frozen = null!;
    private Dictionary<string, State> _dictionary = null!;

    [Params(LookupKind.Iso3, LookupKind.Iso2, LookupKind.Name, LookupKind.OfficialNameOrAlias)]
    public LookupKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _queries = LookupQueries.Build(Kind, Queries, mixCase: true);
        _frozen = LookupQueries.AllNames(StringComparer.OrdinalIgnoreCase);
        _dictionary = new Dictionary<string, State>(_frozen, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(LookupQueries.Describe(Kind.ToString(), _queries, _frozen.ContainsKey));
        Agreement.Check($"State.Find vs FrozenDictionary ({Kind})", _queries, State.Find, q => _frozen.GetValueOrDefault(q));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries, Description = "FrozenDictionary OrdinalIgnoreCase")]
    public int Frozen()
    {
        var hits = 0;
        foreach (var query in _queries)
        {
            if (_frozen.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = Queries, Description = "Dictionary OrdinalIgnoreCase")]
    public int Dictionary()
    {
        var hits = 0;
        foreach (var query in _queries)
        {
            if (_dictionary.TryGetValue(query, out _))
            {
                hits++;
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = Queries, Description = "State.Find (generated)")]
    public int GeneratedFind()
    {
        var hits = 0;
        foreach (var query in _queries)
        {
            if (State.Find(query) is not null)
            {
                hits++;
            }
        }

        return hits;
    }
}

/// <summary>Checks at setup that two ways of looking up agree, so that a benchmark never compares a fast wrong answer.</summary>
internal static class Agreement
{
    public static void Check(string label, string[] queries, Func<string, State?> actual, Func<string, State?> expected)
    {
        var differences = queries
            .Where(q => !ReferenceEquals(actual(q), expected(q)))
            .Select(q => $"\"{q}\": {actual(q)?.Id ?? "null"} instead of {expected(q)?.Id ?? "null"}")
            .ToList();
        Console.WriteLine(differences.Count == 0
            ? $"// {label}: agree on all {queries.Length} queries"
            : $"// WARNING {label}: {differences.Count} of {queries.Length} disagree: {string.Join("; ", differences)}");
    }
}
