using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Schema;

/// <summary>
/// The framework types a schema may use, looked up in the compilation, so that a property's type is
/// recognised by identity rather than by how it prints (an alias, a <c>using</c> or a user type of the
/// same name in another namespace cannot be mistaken for one).
/// </summary>
internal sealed class KnownTypes(Compilation compilation)
{
    private readonly INamedTypeSymbol? _immutableArray = compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableArray`1");
    private readonly INamedTypeSymbol? _dateOnly = compilation.GetTypeByMetadataName("System.DateOnly");

    /// <summary>The list kind of a generic type, <see cref="ListKind.None"/> for one that is not a supported list.</summary>
    public ListKind ListKindOf(INamedTypeSymbol generic)
    {
        var definition = generic.OriginalDefinition;
        if (definition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T)
        {
            return ListKind.ReadOnlyList;
        }

        return SymbolEqualityComparer.Default.Equals(definition, _immutableArray) ? ListKind.ImmutableArray : ListKind.None;
    }

    /// <summary>Whether the type is <c>System.DateOnly</c>.</summary>
    public bool IsDateOnly(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, _dateOnly);
}
