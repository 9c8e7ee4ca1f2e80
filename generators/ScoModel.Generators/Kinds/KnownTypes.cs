using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// The framework types a schema may use, looked up in the compilation, so that a property's type is
/// recognised by identity rather than by how it prints (an alias, a <c>using</c> or a user type of the
/// same name in another namespace cannot be mistaken for one).
/// </summary>
internal sealed class KnownTypes(Compilation compilation)
{
    private readonly INamedTypeSymbol? _immutableArray = compilation.GetTypeByMetadataName("System.Collections.Immutable.ImmutableArray`1");
    private readonly INamedTypeSymbol? _dateOnly = compilation.GetTypeByMetadataName("System.DateOnly");

    /// <summary>Whether a generic definition is <c>System.Collections.Immutable.ImmutableArray&lt;T&gt;</c>.</summary>
    public bool IsImmutableArray(INamedTypeSymbol definition) => SymbolEqualityComparer.Default.Equals(definition, _immutableArray);

    /// <summary>Whether the type is <c>System.DateOnly</c>.</summary>
    public bool IsDateOnly(ITypeSymbol type) => SymbolEqualityComparer.Default.Equals(type, _dateOnly);
}
