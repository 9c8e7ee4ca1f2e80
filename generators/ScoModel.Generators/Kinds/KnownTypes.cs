using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// The framework types a schema may use, looked up in the compilation, so that a property's type is
/// recognised by identity rather than by how it prints (an alias, a <c>using</c> or a user type of the
/// same name in another namespace cannot be mistaken for one).
/// </summary>
internal sealed class KnownTypes(Compilation compilation)
{
    private readonly Dictionary<string, INamedTypeSymbol?> _types = [];

    /// <summary>Whether <paramref name="type"/> is the type of that metadata name (<c>System.DateOnly</c>), looked up once per compilation.</summary>
    public bool Is(ITypeSymbol type, string metadataName)
    {
        if (!_types.TryGetValue(metadataName, out var known))
        {
            _types[metadataName] = known = compilation.GetTypeByMetadataName(metadataName);
        }

        return known is not null && SymbolEqualityComparer.Default.Equals(type, known);
    }
}
