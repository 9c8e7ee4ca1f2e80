using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ScoModel.Generators.Tests;

/// <summary>An additional file held in memory, as the compiler would pass a data file to the generator.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public string Content { get; } = text;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>A data file as bytes on disk, decoded the way the compiler decodes additional files (byte order mark detected and removed).</summary>
internal sealed class BytesAdditionalText(string path, byte[] bytes) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        SourceText.From(bytes, bytes.Length, encoding: null, canBeEmbedded: true);
}

/// <summary>What one run of the generator produced.</summary>
internal sealed record GeneratorOutput(
    ImmutableArray<GeneratedFile> Sources,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    Compilation OutputCompilation,
    GeneratorDriver Driver)
{
    public GeneratorDriverRunResult RunResult => Driver.GetRunResult();

    /// <summary>The generated source with this hint name.</summary>
    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).Source;

    /// <summary>The output compilation's diagnostics, generated code included (this binds everything, so it is not free).</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics() =>
        OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken);
}

/// <summary>One generated source file, its text with LF line endings.</summary>
internal sealed record GeneratedFile(string HintName, string Source);

/// <summary>
/// Runs the generator in-process, the way the compiler does, over compilations made from the
/// running framework's own assemblies (nothing is downloaded).
/// </summary>
internal static class TestHelpers
{
    public static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>
    /// Documentation is checked (so a malformed XML comment in generated code shows up), but a missing
    /// comment on test fixtures' own public members is not a problem.
    /// </summary>
    public static readonly CSharpCompilationOptions CompilationOptions =
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions([new("CS1591", ReportDiagnostic.Suppress)])
            .WithDeterministic(true);

    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    public static readonly GeneratorDriverOptions DriverOptions =
        new(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);

    /// <summary>Every managed assembly of the running shared framework (System.*, Microsoft.*, netstandard, mscorlib...).</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var directory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
        {
            if (IsManagedAssembly(file))
            {
                references.Add(MetadataReference.CreateFromFile(file));
            }
        }

        return references.ToImmutable();
    }

    private static bool IsManagedAssembly(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var reader = new PEReader(stream);
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    public static SyntaxTree ParseTree(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path, Encoding.UTF8, TestContext.Current.CancellationToken);

    public static CSharpCompilation CreateCompilation(IEnumerable<SyntaxTree> trees, string assemblyName = "Fixture") =>
        CSharpCompilation.Create(assemblyName, trees, References, CompilationOptions);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts) =>
        CSharpGeneratorDriver.Create(
            [new DatasetGenerator().AsSourceGenerator()],
            additionalTexts,
            ParseOptions,
            optionsProvider: null,
            driverOptions: DriverOptions);

    /// <summary>Runs the generator once over the given C# sources and data files.</summary>
    public static GeneratorOutput RunGenerator(IEnumerable<SyntaxTree> trees, IEnumerable<AdditionalText> additionalTexts) =>
        RunGenerator(CreateCompilation(trees), CreateDriver(additionalTexts));

    /// <summary>Runs <paramref name="driver"/> over <paramref name="compilation"/> and collects what it produced.</summary>
    public static GeneratorOutput RunGenerator(Compilation compilation, GeneratorDriver driver)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult();
        var sources = result.Results
            .SelectMany(r => r.GeneratedSources)
            .Select(s => new GeneratedFile(s.HintName, Normalize(s.SourceText.ToString())))
            .ToImmutableArray();
        return new GeneratorOutput(sources, result.Diagnostics, output, driver);
    }

    public static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Fails unless the generator threw nothing, reported nothing, and its output compiles without a warning.</summary>
    public static void AssertCompilesCleanly(GeneratorOutput output)
    {
        AssertNoGeneratorException(output);
        Assert.True(output.GeneratorDiagnostics.IsEmpty, "The generator reported:\n" + Format(output.GeneratorDiagnostics));
        var problems = output.CompilationDiagnostics()
            .Where(d => d.Severity is DiagnosticSeverity.Warning or DiagnosticSeverity.Error)
            .ToImmutableArray();
        Assert.True(problems.IsEmpty, "The output compilation has:\n" + Format(problems));
    }

    /// <summary>An exception that escapes a generator drops all its output and shows only as warning CS8785: never acceptable.</summary>
    public static void AssertNoGeneratorException(GeneratorOutput output)
    {
        var exception = output.RunResult.Results[0].Exception;
        Assert.True(exception is null, "The generator threw: " + exception);
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "CS8785");
    }

    /// <summary>Where a diagnostic starts, as an editor shows it: the 1-based line and column.</summary>
    public static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }

    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => d.ToString()));

    /// <summary>The tracking names the generator declares (the constants of <see cref="TrackingNames"/>).</summary>
    public static ImmutableArray<string> TrackingNameValues { get; } =
        typeof(TrackingNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f is { IsLiteral: true, FieldType.Name: nameof(String) })
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToImmutableArray();

    /// <summary>The run reasons of every output of one tracked step.</summary>
    public static ImmutableArray<IncrementalStepRunReason> OutputReasons(GeneratorDriverRunResult result, string step) =>
        result.Results[0].TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToImmutableArray()
            : ImmutableArray<IncrementalStepRunReason>.Empty;

    /// <summary>
    /// Walks every output of every tracked step of the generator (its own steps, by name) through fields,
    /// properties and collection items, and fails on anything that holds on to a compilation: a
    /// <see cref="Compilation"/>, <see cref="ISymbol"/>, <see cref="SyntaxNode"/>, <see cref="Location"/>
    /// or <see cref="SemanticModel"/> in a pipeline model defeats caching and keeps old compilations alive.
    /// </summary>
    public static void AssertNoCompilationObjectsInPipeline(GeneratorDriverRunResult result)
    {
        var trackedSteps = result.Results[0].TrackedSteps;
        var walked = 0;
        foreach (var name in TrackingNameValues)
        {
            if (!trackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            foreach (var step in steps)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
                    Walk(value, name, visited, depth: 0);
                    walked++;
                }
            }
        }

        Assert.True(walked > 0, "No tracked step had an output to walk");
    }

    private static readonly Type[] ForbiddenTypes =
        [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SemanticModel), typeof(SyntaxTree)];

    private static bool IsDefaultImmutableArray(object value) =>
        value.GetType() is { IsGenericType: true } type
        && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
        && (bool)type.GetProperty(nameof(ImmutableArray<int>.IsDefault))!.GetValue(value)!;

    private static void Walk(object? value, string path, HashSet<object> visited, int depth)
    {
        if (value is null)
        {
            return;
        }

        var type = value.GetType();
        foreach (var forbidden in ForbiddenTypes)
        {
            Assert.False(forbidden.IsAssignableFrom(type), $"The pipeline holds a {forbidden.Name} ({type.FullName}) at {path}");
        }

        if (type.IsPrimitive || type.IsEnum || value is string or decimal or DateTime or DateTimeOffset or TimeSpan or Type or Delegate or MemberInfo)
        {
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        Assert.True(depth < 400, $"The pipeline model is nested implausibly deep at {path}");
        if (value is IEnumerable enumerable && !IsDefaultImmutableArray(value))
        {
            var index = 0;
            foreach (var item in enumerable)
            {
                Walk(item, $"{path}[{index++}]", visited, depth + 1);
            }
        }

        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Walk(field.GetValue(value), $"{path}.{field.Name}", visited, depth + 1);
            }
        }

        foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0 || property.PropertyType.IsByRefLike || property.PropertyType.IsPointer)
            {
                continue;
            }

            object? propertyValue;
            try
            {
                propertyValue = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue; // A computed property that does not apply to this value; its fields were walked above.
            }

            Walk(propertyValue, $"{path}.{property.Name}", visited, depth + 1);
        }
    }
}
