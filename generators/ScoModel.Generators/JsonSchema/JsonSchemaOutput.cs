using System;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Binding;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.JsonSchema;

/// <summary>
/// The pipeline branch that adds one <see cref="JsonSchemaFile"/> source per entity, only when the project
/// sets the MSBuild property <c>ScoModelJsonSchemaDirectory</c>; otherwise it does no work at all.
/// It reads the same schemas and bound dataset as the emitter, so the JSON Schema and the C# never disagree.
/// </summary>
internal static class JsonSchemaOutput
{
    /// <summary>The MSBuild property, as the compiler passes it (through <c>CompilerVisibleProperty</c>).</summary>
    public const string DirectoryOption = "build_property.ScoModelJsonSchemaDirectory";

    /// <summary>Adds the branch to the pipeline, fed by the schemas as read and the dataset as bound.</summary>
    public static void Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<ImmutableArray<SchemaResult>> schemas,
        IncrementalValueProvider<BoundDataset> dataset)
    {
        var requested = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => IsRequested(options.GlobalOptions))
            .WithTrackingName(TrackingNames.JsonSchemaRequested);

        var files = requested
            .Combine(schemas)
            .Combine(dataset)
            .SelectMany(static (input, cancellationToken) => input.Left.Left
                ? JsonSchemaBuilder.Build(input.Left.Right, input.Right, cancellationToken)
                : ImmutableArray<JsonSchemaFile>.Empty)
            .WithTrackingName(TrackingNames.JsonSchemas);

        context.RegisterSourceOutput(files, static (output, file) =>
            output.AddSource(file.HintName, SourceText.From(file.Source, Encoding.UTF8)));
    }

    private static bool IsRequested(AnalyzerConfigOptions options) =>
        options.TryGetValue(DirectoryOption, out var directory) && !string.IsNullOrWhiteSpace(directory);
}
