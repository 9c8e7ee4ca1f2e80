using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScoModel.Generators.Common;

namespace ScoModel.Generators.Catalog;

/// <summary>An interface marked <c>[EntityCatalog]</c>: where its catalogue goes and what it is called.</summary>
/// <param name="Namespace">The interface's namespace, empty for the global namespace.</param>
/// <param name="Interface">The interface's fully qualified name, <c>global::</c> included.</param>
/// <param name="IsPublic">Whether the interface, and so the kinds enum, is public.</param>
/// <param name="Catalog">The name of the static class to generate.</param>
/// <param name="Kinds">The name of the enum to generate.</param>
internal sealed record CatalogSpec(string Namespace, string Interface, bool IsPublic, string Catalog, string Kinds);

/// <summary>A <c>[DataEntity]</c> type as a catalogue sees it.</summary>
/// <param name="Type">The type's fully qualified name, <c>global::</c> included.</param>
/// <param name="Name">The type's own name, which names its kind.</param>
/// <param name="Order">Its <c>[CatalogOrder]</c>, or 0.</param>
/// <param name="Interfaces">The fully qualified names of every interface it implements.</param>
internal sealed record CatalogMember(string Type, string Name, int Order, EquatableArray<string> Interfaces);

/// <summary>Reads the catalogue's two inputs from the declarations; no symbol leaves these methods.</summary>
internal static class CatalogReader
{
    /// <summary>The interface's catalogue, or <see langword="null"/> when the attribute's names are not C# identifiers.</summary>
    public static CatalogSpec? ReadCatalog(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (context.TargetSymbol is not INamedTypeSymbol { TypeKind: TypeKind.Interface } type || context.Attributes.Length == 0)
        {
            return null;
        }

        var arguments = context.Attributes[0].ConstructorArguments;
        if (arguments.Length != 2 || arguments[0].Value is not string catalog || arguments[1].Value is not string kinds
            || !SyntaxFacts.IsValidIdentifier(catalog) || !SyntaxFacts.IsValidIdentifier(kinds))
        {
            return null;
        }

        return new CatalogSpec(
            type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString(),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            type.DeclaredAccessibility == Accessibility.Public,
            catalog,
            kinds);
    }

    /// <summary>The entity type with its order and the interfaces it implements.</summary>
    public static CatalogMember? ReadMember(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        var orderAttribute = context.SemanticModel.Compilation.GetTypeByMetadataName(CatalogAttributes.CatalogOrder);
        var order = 0;
        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, orderAttribute)
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is int value)
            {
                order = value;
            }
        }

        var interfaces = type.AllInterfaces.Select(i => i.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).ToArray();
        return new CatalogMember(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), type.Name, order, new EquatableArray<string>(interfaces));
    }

    /// <summary>The members of <paramref name="catalog"/>: the entity types that implement its interface, in catalogue order, each once.</summary>
    public static ImmutableArray<CatalogMember> MembersOf(CatalogSpec catalog, ImmutableArray<CatalogMember?> members) =>
        members
            .Where(m => m is not null && m.Interfaces.Contains(catalog.Interface))
            .Select(m => m!)
            .GroupBy(m => m.Type)
            .Select(g => g.First())
            .OrderBy(m => m.Order)
            .ThenBy(m => m.Name, System.StringComparer.Ordinal)
            .ThenBy(m => m.Type, System.StringComparer.Ordinal)
            .ToImmutableArray();
}
