using System.Globalization;
using System.Text.RegularExpressions;

namespace ScoModel.Cli.Infrastructure;

/// <summary>
/// Turns option values into dates, years, statuses and entities, or throws a <see cref="UsageException"/>
/// whose message says what was wrong and, for a name, what the user probably meant.
/// </summary>
internal static partial class Inputs
{
    public static DateOnly Date(string text, string option)
    {
        var value = text.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new UsageException(IsoDateShape().IsMatch(value)
            ? $"invalid date '{text}' for {option}: there is no such day"
            : $"invalid date '{text}' for {option}: expected yyyy-MM-dd, for example 2016-06-01");
    }

    public static int Year(string text, string option)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
        {
            return year;
        }

        throw new UsageException($"invalid year '{text}' for {option}: expected a year such as 2023");
    }

    /// <summary>Checks that the period <c>--from</c> and <c>--to</c> give (or default to) runs forwards.</summary>
    public static void Forwards(DateOnly first, DateOnly last)
    {
        if (first > last)
        {
            throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--from {first:yyyy-MM-dd} is after --to {last:yyyy-MM-dd}; give a period that runs forwards"));
        }
    }

    /// <summary>A width in characters for a text chart, from 40 (narrower leaves no room for the bars) to 1,000.</summary>
    public static int Width(string text, string option)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 40 and <= 1000)
        {
            return width;
        }

        throw new UsageException($"invalid width '{text}' for {option}: expected a number of characters from 40 to 1000");
    }

    public static ScoStatus Status(string text, string option)
    {
        var statuses = Enum.GetValues<ScoStatus>();
        var names = Array.ConvertAll(statuses, Spellings.Of);
        return statuses[Array.IndexOf(names, Choice(text, option, "status", names))];
    }

    /// <summary>
    /// One of a fixed set of kebab-case words (a status, a format, a kind), compared case-insensitively and with
    /// '_' or ' ' accepted for '-', so "Dialogue Partner" finds <c>dialogue-partner</c>.
    /// </summary>
    public static string Choice(string text, string option, string what, IReadOnlyList<string> choices)
    {
        var value = text.Trim().Replace('_', '-').Replace(' ', '-');
        foreach (var choice in choices)
        {
            if (string.Equals(choice, value, StringComparison.OrdinalIgnoreCase))
            {
                return choice;
            }
        }

        var guess = Suggestions.Closest(value, choices);
        var hint = guess is null ? string.Empty : $"; did you mean '{guess}'?";
        throw new UsageException($"unknown {what} '{text}' for {option}{hint} (expected one of: {string.Join(", ", choices)})");
    }

    /// <summary>Values given as a repeated option or as one comma-separated list: <c>--state IND,PAK --state CHN</c>.</summary>
    public static IEnumerable<string> Split(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static State State(string text) =>
        ScoModel.State.Find(text.Trim()) ?? throw Unknown("state", text, ScoModel.State.All, "states");

    public static Person Person(string text) =>
        ScoModel.Person.Find(text.Trim()) ?? throw Unknown("person", text, ScoModel.Person.All, "people");

    public static Theme Theme(string text) =>
        ScoModel.Theme.Find(text.Trim()) ?? throw Unknown("theme", text, ScoModel.Theme.All, "themes");

    public static IEntity Entity(string text) =>
        Sco.Find(text.Trim()) ?? throw Unknown("id", text, Sco.AllEntities, null);

    /// <summary>An entity as the user can recognise it: <c>'India' (IND)</c>, or only its key when its label is a long summary.</summary>
    public static string Describe(IEntity entity) =>
        entity.Label.Length <= 60 && !string.Equals(entity.Label, entity.Id, StringComparison.Ordinal)
            ? $"'{entity.Label}' ({entity.Id})"
            : $"'{entity.Id}'";

    private static UsageException Unknown<T>(string what, string text, IEnumerable<T> candidates, string? listCommand)
        where T : class, IEntity
    {
        var guess = Suggestions.Closest(text, candidates, e => EntityFacts.NamesOf(e));
        string hint;
        if (guess is not null)
        {
            var kind = listCommand is null ? Spellings.Of(guess.EntityKind) + " " : string.Empty;
            hint = $"; did you mean {kind}{Describe(guess)}?";
        }
        else
        {
            hint = listCommand is null ? "; no entity has that key or name" : $"; run 'sco {listCommand}' to list them";
        }

        return new UsageException($"unknown {what} '{text}'{hint}");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateShape();
}
