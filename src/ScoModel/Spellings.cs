namespace ScoModel;

/// <summary>
/// How the data files spell enum members (<c>dialogue-partner</c>), for the <c>sco</c> CLI (which sees this internal
/// class through <c>InternalsVisibleTo</c>): the spellings the generator emits in <c>ScoModel.Generators.YamlNames</c>
/// from the same schema it reads the YAML with, so that the CLI and the data cannot spell a member differently.
/// </summary>
internal static class Spellings
{
    /// <summary>How the data files spell <paramref name="value"/>.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => ScoModel.Generators.YamlNames.Of(value);

    /// <summary>How the data files spell <paramref name="value"/>, or null for none.</summary>
    public static string? OrNull<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? Of(v) : null;

    /// <summary>
    /// The kind of an entity as the CLI names it, one lower-case word (<c>state</c>, <c>person</c>): kinds are not
    /// data, so no data file spells them.
    /// </summary>
    public static string Of(EntityKind kind) => kind.ToString().ToLowerInvariant();
}
