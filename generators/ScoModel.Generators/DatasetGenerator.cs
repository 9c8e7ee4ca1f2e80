using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Binding;
using ScoModel.Generators.Catalog;
using ScoModel.Generators.Emitting;
using ScoModel.Generators.JsonSchema;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators;

/// <summary>
/// The dataset compiler: reads YAML data files, checks them against the partial records marked
/// <c>[DataEntity]</c>, and emits each record's entries and lookups. This file only wires the stages.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class DatasetGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static post =>
        {
            post.AddEmbeddedAttributeDefinition();
            post.AddSource(SchemaAttributes.HintName, SourceText.From(SchemaAttributes.Source, Encoding.UTF8));
            post.AddSource(EntityTables.HintName, SourceText.From(EntityTables.Source, Encoding.UTF8));
        });

        var schemas = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                SchemaAttributes.DataEntity,
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                static (attributeContext, cancellationToken) => SchemaReader.Read(attributeContext, cancellationToken))
            .WithTrackingName(TrackingNames.Schemas)
            .Collect();

        // Fed by the additional texts alone: a C# edit never re-reads YAML, and a YAML edit re-reads only that file.
        var dataFiles = context.AdditionalTextsProvider
            .Where(static text => IsYaml(text.Path))
            .Select(static (text, cancellationToken) => SyntaxRecovery.Read(text.Path, text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.DataFiles)
            .Collect();

        var dataset = schemas
            .Combine(dataFiles)
            .Select(static (input, cancellationToken) => DatasetBinder.Bind(input.Left, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Dataset);

        context.RegisterSourceOutput(dataset, static (output, dataset) =>
        {
            foreach (var diagnostic in dataset.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var entities = dataset
            .SelectMany(static (dataset, _) => dataset.Entities)
            .WithTrackingName(TrackingNames.Entities);

        context.RegisterSourceOutput(entities, static (output, entity) =>
        {
            var emitted = EntityEmitter.Emit(entity);
            foreach (var file in emitted.Files)
            {
                output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8));
            }

            if (emitted.Diagnostic is { } tooLarge)
            {
                output.ReportDiagnostic(tooLarge.ToDiagnostic());
            }
        });

        JsonSchemaOutput.Register(context, schemas, dataset);
        CatalogOutput.Register(context);
        YamlNamesEmitter.Register(context, schemas);
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
