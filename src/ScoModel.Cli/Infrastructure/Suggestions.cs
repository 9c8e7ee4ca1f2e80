using ScoModel.Generators.Common;

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

                var score = EditDistance.Between(needle, name);
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
}
