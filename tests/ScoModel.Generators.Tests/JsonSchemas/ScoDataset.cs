using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ScoModel.Generators.Tests.JsonSchemas;

/// <summary>
/// The repository's own dataset run through the generator in-process: the records of <c>src/ScoModel</c>
/// and the files of <c>data/</c>, with the JSON Schemas requested as <c>data/schemas</c> is written.
/// </summary>
internal static class ScoDataset
{
    /// <summary>The command that rewrites <c>data/schemas</c>, run from the repository root.</summary>
    public const string RegenerateCommand = "dotnet build src/ScoModel -c Release -p:ScoModelJsonSchemaDirectory=../../data/schemas";

    public static string Root { get; } = Snapshot.RepositoryRoot();

    /// <summary>What the SDK adds to the library's compilation (ImplicitUsings): the records use DateOnly without <c>using System;</c>.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static string DataDirectory => Path.Combine(Root, "data");

    public static string SchemaDirectory => Path.Combine(DataDirectory, "schemas");

    /// <summary>The data files' paths, in name order.</summary>
    public static ImmutableArray<string> DataFiles { get; } =
        Directory.EnumerateFiles(DataDirectory, "*.yaml").Order(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Runs the generator; <paramref name="replace"/> swaps one data file's text (by file name) for a planted mistake.</summary>
    public static GeneratorOutput Run(string? fileName = null, Func<string, string>? replace = null)
    {
        // All of the library's C#, as the records use its types; what the generator added last time (obj/) is left out.
        var project = Path.Combine(Root, "src", "ScoModel");
        var trees = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(project, path).Split(Path.DirectorySeparatorChar)[0].Equals("obj", StringComparison.Ordinal)
                && !Path.GetRelativePath(project, path).Split(Path.DirectorySeparatorChar)[0].Equals("bin", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => TestHelpers.ParseTree(File.ReadAllText(path), path))
            .Append(TestHelpers.ParseTree(ImplicitUsings, Path.Combine(project, "ImplicitUsings.cs")));
        var texts = DataFiles.Select(path =>
        {
            var text = File.ReadAllText(path);
            return new InMemoryAdditionalText(path, Path.GetFileName(path) == fileName ? replace!(text) : text);
        });
        var driver = CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            texts,
            TestHelpers.ParseOptions,
            SchemaOptions.Requested,
            TestHelpers.DriverOptions);
        return TestHelpers.RunGenerator(TestHelpers.CreateCompilation(trees, "ScoModel"), driver);
    }

    /// <summary>The generator's JSON Schemas by file name, cut out of their sources as the build target does.</summary>
    public static ImmutableSortedDictionary<string, string> Schemas(GeneratorOutput output) =>
        output.Sources
            .Where(s => s.HintName.EndsWith(".schema.json.g.cs", StringComparison.Ordinal))
            .ToImmutableSortedDictionary(s => s.HintName[..^".g.cs".Length], s => GeneratedSchema.Json(s.Source), StringComparer.Ordinal);

    /// <summary>The schema file a data file names on its first line.</summary>
    public static string SchemaPathOf(string dataFile) =>
        Path.Combine(SchemaDirectory, Path.GetFileNameWithoutExtension(dataFile) + ".schema.json");
}

/// <summary>The rule the package's build target (ScoModelWriteJsonSchemas) follows to take a schema out of its generated source.</summary>
internal static class GeneratedSchema
{
    private const string Start = "#if SCOMODEL_JSON_SCHEMA\n";
    private const string End = "#endif\n";

    public static string Json(string source)
    {
        var from = source.IndexOf(Start, StringComparison.Ordinal);
        var to = source.LastIndexOf(End, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, "No JSON between #if SCOMODEL_JSON_SCHEMA and #endif in:\n" + source);
        return source[(from + Start.Length)..to];
    }
}
