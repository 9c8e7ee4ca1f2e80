using System.CommandLine;

namespace ScoModel.Cli.Commands;

/// <summary>
/// The day options several commands share. Values are read as text and checked by <see cref="Inputs"/>, so that every
/// bad value gets the same kind of one-line message.
/// </summary>
internal static class CommonOptions
{
    public static Option<string?> AsOf(string description) => new("--as-of") { Description = description, HelpName = "DATE" };

    public static Option<string?> From(string description) => new("--from") { Description = description, HelpName = "DATE" };

    public static Option<string?> To(string description) => new("--to") { Description = description, HelpName = "DATE" };

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
}
