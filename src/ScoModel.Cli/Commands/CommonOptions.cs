using System.CommandLine;
using ScoModel.Cli.Infrastructure;

namespace ScoModel.Cli.Commands;

/// <summary>
/// The filter options several commands share. Values are read as text and checked by <see cref="Inputs"/>,
/// so that every bad value gets the same kind of one-line message with a suggestion.
/// </summary>
internal static class CommonOptions
{
    public static Option<string?> AsOf(string description) => new("--as-of") { Description = description, HelpName = "DATE" };

    public static Option<string?> From(string description) => new("--from") { Description = description, HelpName = "DATE" };

    public static Option<string?> To(string description) => new("--to") { Description = description, HelpName = "DATE" };

    public static Option<string?> Year(string description) => new("--year") { Description = description, HelpName = "N" };

    public static Option<string?> Theme(string what) =>
        new("--theme") { Description = $"Only {what} that address this theme (key or name)", HelpName = "THEME" };

    public static Option<string?> Host(string what) =>
        new("--host") { Description = $"Only {what} hosted by this state (ISO code, name or alias)", HelpName = "STATE" };

    public static Option<string?> State(string description) => new("--state") { Description = description, HelpName = "STATE" };

    public static Option<string?> By(string description) => new("--by") { Description = description, HelpName = "PERSON" };

    /// <summary>Reads a date option, or returns <see langword="null"/> when it was not given.</summary>
    public static DateOnly? DateValue(this ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text ? Inputs.Date(text, option.Name) : null;

    /// <summary>
    /// Reads a day option that also takes a bare year, meaning its first day or, with <paramref name="endOfYear"/>, its last;
    /// or returns <see langword="null"/> when it was not given.
    /// </summary>
    public static DateOnly? DayValue(this ParseResult result, Option<string?> option, bool endOfYear) =>
        result.GetValue(option) is not { } text ? null
        : text.Trim().Length == 4 ? new DateOnly(Inputs.Year(text, option.Name), endOfYear ? 12 : 1, endOfYear ? 31 : 1)
        : Inputs.Date(text, option.Name);

    /// <summary>Reads a year option, or returns <see langword="null"/> when it was not given.</summary>
    public static int? YearValue(this ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text ? Inputs.Year(text, option.Name) : null;

    public static State? StateValue(this ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text ? Inputs.State(text) : null;

    public static Person? PersonValue(this ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text ? Inputs.Person(text) : null;

    public static Theme? ThemeValue(this ParseResult result, Option<string?> option) =>
        result.GetValue(option) is { } text ? Inputs.Theme(text) : null;

    /// <summary>Whether a list of references contains <paramref name="entity"/> (by key).</summary>
    public static bool Has<T>(this System.Collections.Immutable.ImmutableArray<T> items, IEntity entity)
        where T : IEntity => EntityFacts.Safe(items).Any(i => i.Id == entity.Id);
}
