using ScoModel.Generators.Common;

namespace ScoModel.Generators.Kinds;

/// <summary>How a list (or dictionary) property is declared, which decides how its value is read back.</summary>
internal enum ListKind
{
    None,
    ImmutableArray,
    ReadOnlyList,

    /// <summary><c>ImmutableDictionary&lt;string, T&gt;</c>, see <see cref="DictionaryForm"/>.</summary>
    ImmutableDictionary,

    /// <summary><c>IReadOnlyDictionary&lt;string, T&gt;</c>, see <see cref="DictionaryForm"/>.</summary>
    ReadOnlyDictionary,
}

/// <summary>The type of a property's value: its kind, the C# type, whether it is a list, and an enum's members.</summary>
/// <param name="TypeName">The fully qualified C# element type (the record or enum for those kinds).</param>
/// <param name="EnumMembers">For an enum, its member names in declaration order.</param>
/// <param name="EnumDescriptions">For an enum, the summary of each member's XML doc comment, in the same order (empty without one), for editors' JSON Schemas.</param>
/// <param name="EnumSpellings">
/// For an enum, how data files spell each member, in the same order: its <c>[YamlName]</c>, or its name by the assembly's <c>[DataNaming]</c> (kebab-case without one).
/// The binder, the JSON Schemas and the generated <c>YamlNames</c> all read these, made once by <see cref="EnumKind"/>.
/// </param>
internal sealed record PropertyType(
    ValueKind Kind,
    string TypeName,
    ListKind List,
    EquatableArray<string> EnumMembers,
    EquatableArray<string> EnumDescriptions = default,
    EquatableArray<string> EnumSpellings = default)
{
    public bool IsList => List is ListKind.ImmutableArray or ListKind.ReadOnlyList;

    /// <summary>Whether the type is a dictionary of string keys to values of the kind.</summary>
    public bool IsDictionary => List is ListKind.ImmutableDictionary or ListKind.ReadOnlyDictionary;

    /// <summary>Whether the type holds one value, not a list nor a dictionary of them.</summary>
    public bool IsSingle => List == ListKind.None;

    /// <summary>The type of one item (of a dictionary, one value): the type itself when it is a single value.</summary>
    public PropertyType Element => IsSingle ? this : this with { List = ListKind.None };

    /// <summary>The short name of the type for messages: <c>State</c>, <c>date</c>, <c>list of State</c>, <c>dictionary of State</c>.</summary>
    public string Describe()
    {
        var element = Kind.Description ?? ShortName;
        return IsList ? "list of " + element : IsDictionary ? "dictionary of " + element : element;
    }

    /// <summary>The type's name without namespace (nor <c>global::</c>, for a type in the global namespace).</summary>
    public string ShortName => TypeName.Substring(System.Math.Max(TypeName.LastIndexOf('.'), TypeName.LastIndexOf(':')) + 1);
}
