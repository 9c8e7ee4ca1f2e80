using System.Collections.Immutable;
using System.CommandLine;
using System.CommandLine.Completions;

namespace ScoModel.Cli.Kinds;

/// <summary>
/// One way a list command narrows its entities: an option (or none, for a condition of the query alone) and, once parsed,
/// the test an entity must pass. Values are read as text and checked by <see cref="Inputs"/>, so that every bad value gets
/// the same one-line message with a suggestion; names and enum values are offered as completions.
/// </summary>
internal sealed class Filter<T>
{
    private readonly Func<ParseResult, ListQuery, Func<T, bool>?> _bind;

    private Filter(Option<string?>? option, Func<ParseResult, ListQuery, Func<T, bool>?> bind)
    {
        Option = option;
        _bind = bind;
    }

    public Option<string?>? Option { get; }

    /// <summary>The test the parsed command line asks for, or <see langword="null"/> when this filter was not used.</summary>
    public Func<T, bool>? Bind(ParseResult result, ListQuery query) => _bind(result, query);

    /// <summary>Only entities related to the state the option names (by ISO code, name or alias).</summary>
    public static Filter<T> State(string name, string description, Func<T, ScoModel.State, bool> test) =>
        Entity(name, description, "STATE", Inputs.State, ScoModel.State.All.Select(s => s.Id), test);

    /// <summary>Only entities related to the person the option names (by key, name or alias).</summary>
    public static Filter<T> Person(string name, string description, Func<T, ScoModel.Person, bool> test) =>
        Entity(name, description, "PERSON", Inputs.Person, ScoModel.Person.All.Select(p => p.Id), test);

    /// <summary><c>--theme</c>: only entities whose themes include the one named.</summary>
    public static Filter<T> Theme(string what, Func<T, ImmutableArray<ScoModel.Theme>> themes) =>
        Entity(
            "--theme",
            $"Only {what} that address this theme (key or name)",
            "THEME",
            Inputs.Theme,
            ScoModel.Theme.All.Select(t => t.Id),
            (item, theme) => EntityFacts.Safe(themes(item)).Any(t => t.Id == theme.Id));

    /// <summary><c>--year</c>: only entities whose year (where known) is the one given.</summary>
    public static Filter<T> Year(string description, Func<T, int?> year)
    {
        var option = new Option<string?>("--year") { Description = description, HelpName = "N" };
        return new(option, (result, _) => result.GetValue(option) is { } text ? Test(Inputs.Year(text, option.Name)) : null);

        Func<T, bool> Test(int wanted) => item => year(item) == wanted;
    }

    /// <summary>An option whose value is one of an enum's members, spelled in kebab-case, listed in its help and offered as completions.</summary>
    public static Filter<T> Choice<TEnum>(string name, string description, string what, Func<T, TEnum, ListQuery, bool> test)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = Array.ConvertAll(values, Spellings.Of);
        var option = new Option<string?>(name) { Description = $"{description}: {string.Join(", ", names)}", HelpName = what.ToUpperInvariant() };
        option.CompletionSources.Add(names);
        return new(option, (result, query) =>
        {
            if (result.GetValue(option) is not { } text)
            {
                return null;
            }

            var wanted = values[Array.IndexOf(names, Inputs.Choice(text, option.Name, what, names))];
            return item => test(item, wanted, query);
        });
    }

    /// <summary>A condition of the query alone, such as "holds a status on the --as-of day" when that day was given.</summary>
    public static Filter<T> When(Func<ListQuery, bool> applies, Func<T, ListQuery, bool> test) =>
        new(null, (_, query) => applies(query) ? item => test(item, query) : null);

    private static Filter<T> Entity<TEntity>(
        string name,
        string description,
        string helpName,
        Func<string, TEntity> find,
        IEnumerable<string> keys,
        Func<T, TEntity, bool> test)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = helpName };
        option.CompletionSources.Add(_ => keys.Select(k => new CompletionItem(k)));
        return new(option, (result, _) => result.GetValue(option) is { } text ? Test(find(text)) : null);

        Func<T, bool> Test(TEntity wanted) => item => test(item, wanted);
    }
}
