using System;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Catalog;

/// <summary>
/// The pipeline branch that writes one catalogue per interface marked <c>[EntityCatalog]</c>: the <c>[DataEntity]</c>
/// types that implement it, as an enum of kinds and a class that finds and lists entries across them. It reads only
/// declarations (names, interfaces, order), never YAML, so a data edit does not run it again; without the attribute
/// it writes nothing.
/// </summary>
internal static class CatalogOutput
{
    /// <summary>Adds the attributes and the branch to the pipeline.</summary>
    public static void Register(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static post =>
            post.AddSource(CatalogAttributes.HintName, SourceText.From(CatalogAttributes.Source, Encoding.UTF8)));

        var catalogs = Declarations(context, CatalogAttributes.EntityCatalog, TrackingNames.Catalogs, CatalogReader.ReadCatalog);
        var members = Declarations(context, SchemaAttributes.DataEntity, TrackingNames.CatalogMembers, CatalogReader.ReadMember);

        context.RegisterSourceOutput(catalogs.Combine(members), static (output, input) =>
        {
            foreach (var catalog in input.Left)
            {
                if (catalog is null)
                {
                    continue;
                }

                var file = CatalogEmitter.Emit(catalog, CatalogReader.MembersOf(catalog, input.Right));
                output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }
        });
    }

    /// <summary>What <paramref name="read"/> makes of each type declaration carrying <paramref name="attribute"/>, all together.</summary>
    private static IncrementalValueProvider<ImmutableArray<T?>> Declarations<T>(
        IncrementalGeneratorInitializationContext context,
        string attribute,
        string step,
        Func<GeneratorAttributeSyntaxContext, CancellationToken, T?> read)
        where T : class =>
        context.SyntaxProvider
            .ForAttributeWithMetadataName(attribute, static (node, _) => node is TypeDeclarationSyntax, read)
            .WithTrackingName(step)
            .Collect();
}
