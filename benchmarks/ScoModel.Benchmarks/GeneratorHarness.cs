using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators;

namespace ScoModel.Benchmarks;

/// <summary>Builds what the generator benchmarks feed the driver: a compilation, YAML texts and the driver itself.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    /// <summary>A library compilation of <paramref name="sources"/> against the running framework's own assemblies (nothing downloaded).</summary>
    public static CSharpCompilation Compilation(IEnumerable<(string Path, string Text)> sources) =>
        CSharpCompilation.Create(
            "GeneratorBenchmark",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path, Encoding.UTF8)),
            FrameworkReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// A driver that has run nothing yet. A GeneratorDriver is immutable and keeps its incremental state in the
    /// driver that RunGenerators returns, so running this one again and again is a full run every time.
    /// </summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> dataFiles) =>
        CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            dataFiles,
            ParseOptions,
            optionsProvider: null,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>Runs once and writes what came out to the log; throws on a generator exception, and on errors if <paramref name="requireClean"/>.</summary>
    public static GeneratorDriver RunOnceAndDescribe(string label, GeneratorDriver driver, Compilation compilation, bool requireClean)
    {
        driver = driver.RunGenerators(compilation);
        var result = driver.GetRunResult();
        if (result.Results.FirstOrDefault(r => r.Exception is not null).Exception is { } exception)
        {
            throw new InvalidOperationException($"{label}: the generator threw.", exception);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var characters = result.GeneratedTrees.Sum(t => t.Length);
        Console.WriteLine($"// {label}: {result.GeneratedTrees.Length} generated files, {characters:N0} characters, {errors.Count} errors, {result.Diagnostics.Length - errors.Count} other diagnostics");
        foreach (var error in errors.Take(5))
        {
            Console.WriteLine($"//   {error}");
        }

        if (requireClean && errors.Count > 0)
        {
            throw new InvalidOperationException($"{label}: the generator reported {errors.Count} errors, so the benchmark would not measure a normal run.");
        }

        return driver;
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return [.. Directory.GetFiles(directory, "*.dll").Where(IsManagedAssembly).Order(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}

/// <summary>An additional file held in memory, as the IDE or the compiler hands one to a generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
