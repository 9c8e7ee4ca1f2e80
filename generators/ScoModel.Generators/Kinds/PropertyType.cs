using ScoModel.Generators.Common;

namespace ScoModel.Generators.Kinds;

/// <summary>How a list property is declared, which decides how its value is read back.</summary>
internal enum ListKind
{
    None,
    ImmutableArray,
    ReadOnlyList,
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
    public bool IsList => List != ListKind.None;

    /// <summary>The type of one item: the type itself when it is not a list.</summary>
    public PropertyType Element => IsList ? this with { List = ListKind.None } : this;

    /// <summary>The short name of the type for messages: <c>State</c>, <c>date</c>, <c>list of State</c>.</summary>
    public string Describe()
    {
        var element = Kind.Description ?? ShortName;
        return IsList ? "list of " + element : element;
    }

    /// <summary>The type's name without namespace (nor <c>global::</c>, for a type in the global namespace).</summary>
    public string ShortName => TypeName.Substring(System.Math.Max(TypeName.LastIndexOf('.'), TypeName.LastIndexOf(':')) + 1);
}
