using System.Collections.Frozen;

namespace ScoModel.Benchmarks;

/// <summary>The kinds of lookup name a <see cref="State"/> answers to in <see cref="State.Find(string?)"/>.</summary>
public enum LookupKind
{
    /// <summary>The key: the ISO 3166-1 alpha-3 code (<c>IND</c>).</summary>
    Iso3,

    /// <summary>The ISO 3166-1 alpha-2 code (<c>IN</c>).</summary>
    Iso2,

    /// <summary>The common name (<c>India</c>).</summary>
    Name,

    /// <summary>The official name or an alias (<c>Republic of India</c>, <c>Kyrgyz Republic</c>).</summary>
    OfficialNameOrAlias,

    /// <summary>All of the above, in turn.</summary>
    Mixed,
}

/// <summary>
/// Builds the query arrays the lookup benchmarks loop over. Hits come from the data (so the arrays follow the
/// curated dataset), misses from a fixed list of plausible names that are not in it; every fifth query is a miss,
/// so 80% hit. Every string is a fresh, non-interned instance, as a string read from input would be: a lookup
/// cannot win by a reference-equality shortcut against the literal it was compiled from.
/// </summary>
internal static class LookupQueries
{
    /// <summary>Plausible ISO alpha-3 codes; those the data happens to contain are skipped.</summary>
    private static readonly string[] Iso3Misses = ["USA", "KOR", "IDN", "TWN", "SGP", "JPN", "FRA", "DEU", "GBR", "BRA", "ZAF", "MYS"];

    private static readonly string[] Iso2Misses = ["US", "KR", "ID", "TW", "SG", "JP", "FR", "DE", "GB", "BR", "ZA", "MY"];

    private static readonly string[] NameMisses =
    [
        "France", "United States of America", "Atlantis", "Deutschland", "Japan", "Kyrgyzstann", "Indiana",
        "Republic of Korea", "Brazil", "South Africa", "Malaysia", "Great Britain",
    ];

    /// <summary>Every lookup name of every state, the way <see cref="State.Find(string?)"/> answers to them (first entry wins).</summary>
    public static FrozenDictionary<string, State> AllNames(StringComparer comparer) =>
        NamePairs().DistinctBy(p => p.Name, comparer).ToFrozenDictionary(p => p.Name, p => p.State, comparer);

    public static IEnumerable<(string Name, State State)> NamePairs()
    {
        foreach (var state in State.All)
        {
            foreach (var name in NamesOf(state))
            {
                yield return (name, state);
            }
        }
    }

    public static IEnumerable<string> NamesOf(State state)
    {
        yield return state.Id;
        yield return state.Name;
        if (state.OfficialName is { } official)
        {
            yield return official;
        }

        yield return state.Iso2;
        if (!state.Aliases.IsDefault)
        {
            foreach (var alias in state.Aliases)
            {
                yield return alias;
            }
        }
    }

    /// <summary><paramref name="count"/> queries of one kind, with every fifth a miss; <paramref name="mixCase"/> varies the letter case of hits.</summary>
    public static string[] Build(LookupKind kind, int count, bool mixCase)
    {
        var states = State.All;
        if (states.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException("State.All is empty: the data has no states to look up.");
        }

        var known = AllNames(StringComparer.OrdinalIgnoreCase);
        var misses = (kind switch
        {
            LookupKind.Iso3 => Iso3Misses,
            LookupKind.Iso2 => Iso2Misses,
            LookupKind.Name or LookupKind.OfficialNameOrAlias => NameMisses,
            _ => [.. Iso3Misses.Take(4), .. Iso2Misses.Take(4), .. NameMisses],
        }).Where(m => !known.ContainsKey(m)).ToArray();
        if (misses.Length == 0)
        {
            throw new InvalidOperationException("Every candidate miss is a name in the data; add new ones.");
        }

        var queries = new string[count];
        int hit = 0, miss = 0;
        for (var i = 0; i < count; i++)
        {
            string query;
            if (i % 5 == 4)
            {
                query = misses[miss++ % misses.Length];
            }
            else
            {
                var state = states[hit % states.Length];
                query = NameOf(state, kind == LookupKind.Mixed ? (LookupKind)(hit % 4) : kind, hit / states.Length);
                if (mixCase)
                {
                    query = VaryCase(query, hit + (hit / 4));
                }

                hit++;
            }

            queries[i] = Fresh(query);
        }

        return queries;
    }

    /// <summary>A new string instance with the same characters: never the interned literal.</summary>
    public static string Fresh(string value) => new(value.AsSpan());

    private static string NameOf(State state, LookupKind kind, int round)
    {
        switch (kind)
        {
            case LookupKind.Iso3:
                return state.Id;
            case LookupKind.Iso2:
                return state.Iso2;
            case LookupKind.Name:
                return state.Name;
            default:
                var others = new List<string>();
                if (state.OfficialName is { } official)
                {
                    others.Add(official);
                }

                if (!state.Aliases.IsDefault)
                {
                    others.AddRange(state.Aliases);
                }

                return others.Count == 0 ? state.Name : others[round % others.Count];
        }
    }

    /// <summary>Lower case, upper case, as written, or alternating, in turn.</summary>
    private static string VaryCase(string value, int variant) => (variant % 4) switch
    {
        0 => value.ToLowerInvariant(),
        1 => value.ToUpperInvariant(),
        2 => value,
        _ => string.Create(value.Length, value, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = i % 2 == 0 ? char.ToUpperInvariant(source[i]) : char.ToLowerInvariant(source[i]);
            }
        }),
    };

    /// <summary>How many queries hit, for the log.</summary>
    public static string Describe(string label, string[] queries, Func<string, bool> hits) =>
        $"// {label}: {queries.Length} queries, {queries.Count(hits)} hits, e.g. {string.Join(", ", queries.Take(6).Select(q => '"' + q + '"'))}";
}
