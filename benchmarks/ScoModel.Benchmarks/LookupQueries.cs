using System.Collections.Frozen;

namespace ScoModel.Benchmarks;

/// <summary>The names a <see cref="State"/> answers to in <see cref="State.Find(string?)"/>, for the lookup baselines.</summary>
internal static class LookupQueries
{
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

    /// <summary>How many queries hit, for the log.</summary>
    public static string Describe(string label, string[] queries, Func<string, bool> hits) =>
        $"// {label}: {queries.Length} queries, {queries.Count(hits)} hits, e.g. {string.Join(", ", queries.Take(6).Select(q => '"' + q + '"'))}";
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
