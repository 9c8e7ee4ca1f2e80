using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ScoModel.Generators.Common;

/// <summary>Turns data into C# names and finds the closest known name for "did you mean" suggestions.</summary>
internal static class Naming
{
    /// <summary>
    /// A PascalCase identifier for a value: <c>peace-mission-2018</c> gives <c>PeaceMission2018</c>,
    /// <c>Türkiye</c> gives <c>Turkiye</c>. Empty when the value has no letter or digit.
    /// </summary>
    public static string ToIdentifier(string value)
    {
        var decomposed = Decompose(value);
        var builder = new StringBuilder(decomposed.Length);
        var startOfWord = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c) || c > 0x7F)
            {
                startOfWord = true;
                continue;
            }

            builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (builder.Length > 0 && char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    /// <summary>The longest accessor name generated; C# allows 512 characters in an identifier.</summary>
    public const int MaxIdentifierLength = 128;

    /// <summary>
    /// <paramref name="identifier"/> when it has at most <see cref="MaxIdentifierLength"/> characters; otherwise its
    /// start and a hash of the whole, so that long keys still give distinct, stable names within the compiler's limits.
    /// </summary>
    public static string Shorten(string identifier)
    {
        if (identifier.Length <= MaxIdentifierLength)
        {
            return identifier;
        }

        // FNV-1a: string.GetHashCode differs from run to run, and the output must not.
        var hash = 2166136261u;
        foreach (var c in identifier)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var suffix = "_" + hash.ToString("X8", CultureInfo.InvariantCulture);
        return identifier.Substring(0, MaxIdentifierLength - suffix.Length) + suffix;
    }

    /// <summary>Splits accented letters into letter and accent; text that cannot be normalised (a lone surrogate) is used as it is.</summary>
    private static string Decompose(string value)
    {
        try
        {
            return value.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return value;
        }
    }

    /// <summary>The kebab-case YAML spelling of an enum member: <c>DialoguePartner</c> gives <c>dialogue-partner</c>.</summary>
    public static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && (previousIsLower || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The longest value <see cref="Closest"/> looks for a near match of.</summary>
    private const int MaxSuggestionLength = 100;

    /// <summary>
    /// The candidate closest to <paramref name="value"/> (case-insensitive edit distance), if it is close
    /// enough to be a likely typo; null otherwise.
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        // The edit distance costs the product of the lengths: long texts are not typos worth the time.
        if (value.Length > MaxSuggestionLength)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(2, value.Length / 3);
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            // Skip candidates whose length alone rules them out, so large tables stay cheap.
            if (Math.Abs(candidate.Length - value.Length) > limit || candidate.Length > MaxSuggestionLength)
            {
                continue;
            }

            var distance = EditDistance.Between(value, candidate, Math.Min(limit, bestDistance));
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }
}
