using System;

namespace ScoModel.Generators.Common;

/// <summary>
/// How far apart two names are, for "did you mean" suggestions. The generator's diagnostics and the sco tool's errors
/// both suggest by it (the tool compiles this file too), so a misspelling gets the same suggestion in both.
/// </summary>
internal static class EditDistance
{
    /// <summary>
    /// The optimal string alignment distance between <paramref name="a"/> and <paramref name="b"/>, ignoring case:
    /// insertions, deletions, substitutions and transpositions of adjacent characters ("nmae" is one step from "name").
    /// More than <paramref name="limit"/> when it exceeds it, found without finishing.
    /// </summary>
    public static int Between(string a, string b, int limit = int.MaxValue - 1)
    {
        var beforePrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            var ai = char.ToLowerInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var bj = char.ToLowerInvariant(b[j - 1]);
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ai == bj ? 0 : 1));
                if (i > 1 && j > 1 && ai == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == bj)
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            // No row has a smaller minimum than the one before it, so past the limit the answer can only grow.
            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}
