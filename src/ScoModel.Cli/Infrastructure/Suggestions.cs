namespace ScoModel.Cli.Infrastructure;

/// <summary>Finds what the user probably meant when a name does not match: the closest candidate by edit distance.</summary>
internal static class Suggestions
{
    /// <summary>The closest of <paramref name="candidates"/> to <paramref name="input"/>, or <see langword="null"/> if none is close.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates) =>
        Closest(input, candidates, c => [c]);

    /// <summary>
    /// The item one of whose names is closest to <paramref name="input"/> (ignoring case), or <see langword="null"/>
    /// if none is close enough to be worth suggesting. Ties go to the earlier item.
    /// </summary>
    public static T? Closest<T>(string input, IEnumerable<T> items, Func<T, IEnumerable<string?>> names)
        where T : class
    {
        var needle = input.Trim();
        if (needle.Length == 0)
        {
            return null;
        }

        var allowed = Math.Clamp(needle.Length / 3, 1, 4);
        T? best = null;
        var bestScore = int.MaxValue;
        foreach (var item in items)
        {
            foreach (var name in names(item))
            {
                if (string.IsNullOrEmpty(name))
                {
                    continue;
                }

                var score = Distance(needle, name);
                if (needle.Length >= 3 && score > 1 && name.Contains(needle, StringComparison.OrdinalIgnoreCase))
                {
                    // A fragment of a longer name ("rajnath" for "Rajnath Singh") is as good as a near miss.
                    score = 1;
                }

                if (score < bestScore)
                {
                    bestScore = score;
                    best = item;
                }
            }
        }

        return bestScore <= allowed ? best : null;
    }

    /// <summary>
    /// The optimal string alignment distance between two strings, ignoring case: insertions, deletions,
    /// substitutions and transpositions of adjacent characters ("Indai" is one step from "India").
    /// </summary>
    public static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ai = char.ToLowerInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var bj = char.ToLowerInvariant(b[j - 1]);
                var cost = ai == bj ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == bj)
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
