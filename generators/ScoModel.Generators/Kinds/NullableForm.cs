using Microsoft.CodeAnalysis;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// The nullable form of any kind (<c>int?</c>, <c>string?</c>, <c>State?</c>): recognised around the kind's type, bound
/// from a null YAML value (<c>~</c>, <c>null</c> or nothing), written <c>~</c> in a row and read back as null.
/// </summary>
internal static class NullableForm
{
    /// <summary>The type inside a nullable form, and whether it is one: <c>int?</c> gives <c>int</c>.</summary>
    public static ITypeSymbol Unwrap(ITypeSymbol type, out bool isNullable)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullableValue)
        {
            isNullable = true;
            return nullableValue.TypeArguments[0];
        }

        isNullable = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        return type;
    }

    /// <summary>The value of a property written null: null when it may be, none when it is optional, else SCO004.</summary>
    public static BoundValue Bind(YamlNode node, IValueSite site, bool isNullable, bool isRequired)
    {
        if (isNullable)
        {
            return BoundNull.Instance;
        }

        if (!isRequired)
        {
            // An optional field written empty is the same as a field left out.
            return site.Type.IsList ? ListForm.Empty(site.Type) : site.Type.IsDictionary ? DictionaryForm.Empty(site.Type) : BoundNull.Instance;
        }

        var (record, field) = site.Names;
        site.Report(DiagnosticDescriptors.InvalidValue, node, "null", site.Type.Describe(), $"{record}.{field}", $"; {record}.{field} is required, so give it a value");
        return BoundInvalid.Instance;
    }

    /// <summary>Writes a field with no value: null, left out without an initial value to keep, or one that did not bind.</summary>
    public static void Write(IRowSink row) => row.Raw("~");

    /// <summary>Reads a field some row leaves without a value: <paramref name="read"/>, or what stands for no value.</summary>
    public static string Read(string read, PropertyType type, bool isNullable)
    {
        // A list declared IReadOnlyList reads as an ImmutableArray, which default! would box: null! keeps it null.
        var none = isNullable ? "null" : type.List == ListKind.ReadOnlyList ? "null!" : "default!";
        return $"row.IsNull() ? {none} : {read}";
    }
}
