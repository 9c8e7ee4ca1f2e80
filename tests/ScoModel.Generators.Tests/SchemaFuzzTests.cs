using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Schema-aware fuzzing, beside the fixture mutator of <see cref="FuzzTests"/>: each case is a random
/// schema with a valid dataset written for it (<see cref="DatasetWriter"/>), then, in three cases of
/// four, one of its files broken by <see cref="YamlMutator"/>. The generator must never throw; a valid
/// dataset must be accepted without a diagnostic; whatever it accepts must compile with warnings as
/// errors; whatever it rejects must say where, inside the data files. Seeded, so a failure replays.
/// </summary>
public class SchemaFuzzTests
{
    private const int Seed = 4_217;

    /// <summary>The number of cases: 2,000 by default (CI); set SCO_FUZZ_CASES for a longer run.</summary>
    internal static readonly int Cases =
        int.TryParse(Environment.GetEnvironmentVariable("SCO_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : 2_000;

    private static readonly HashSet<string> UsedAssemblies = new(StringComparer.Ordinal)
    {
        "System.Private.CoreLib.dll", "System.Runtime.dll", "System.Collections.Immutable.dll", "System.Memory.dll", "System.Collections.dll",
    };

    [Fact]
    public void RandomSchemasWithValidAndMutatedDataNeverCrashCompileWhenAcceptedAndAreLocatedWhenRejected()
    {
        // Only the assemblies generated code uses, and compilations derived from one warmed-up compilation
        // (they share its bound references): most of a case's time is otherwise the framework's 160 assemblies.
        var empty = TestHelpers.CreateCompilation([]).WithReferences(TestHelpers.References.Where(r => UsedAssemblies.Contains(Path.GetFileName(r.Display!))));
        _ = empty.GetDiagnostics(TestContext.Current.CancellationToken);
        var failures = new FuzzTests.Failures();
        int valid = 0, accepted = 0, rejected = 0;
        var total = Stopwatch.StartNew();
        Parallel.For(0, Cases, FuzzTests.Parallelism(), i =>
        {
            var random = new Random(Seed + i);
            var dataset = DatasetWriter.Write(random);
            var files = dataset.Files.ToList();
            var mutate = i % 4 != 0;
            var description = "valid";
            if (mutate)
            {
                var which = random.Next(files.Count);
                var (text, what) = YamlMutator.Mutate(files[which].Yaml, random);
                files[which] = (files[which].Path, text);
                description = $"{Path.GetFileName(files[which].Path)}: {what}";
            }

            // The data first: failures show the start of the input.
            var input = string.Concat(files.Select(f => $"--- {f.Path} ---\n{f.Yaml}\n")) + "--- /proj/Schema.cs ---\n" + dataset.Schema;
            GeneratorOutput output;
            try
            {
                output = TestHelpers.RunGenerator(
                    empty.AddSyntaxTrees(TestHelpers.ParseTree(dataset.Schema, "/proj/Schema.cs")),
                    TestHelpers.CreateDriver(files.Select(f => new InMemoryAdditionalText(f.Path, f.Yaml))));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add("the driver threw", i, description, input, e.ToString());
                return;
            }

            if (output.RunResult.Results[0].Exception is { } exception)
            {
                failures.Add("the generator threw", i, description, input, exception.ToString());
                return;
            }

            var texts = files.ToDictionary(f => f.Path, f => SourceText.From(f.Yaml), StringComparer.Ordinal);
            foreach (var diagnostic in output.GeneratorDiagnostics)
            {
                if (!diagnostic.Id.StartsWith("SCO", StringComparison.Ordinal))
                {
                    failures.Add("not an SCO diagnostic", i, description, input, diagnostic.ToString());
                }

                FuzzTests.CheckLocation(diagnostic, texts, failures, i, description, input);
            }

            if (!mutate)
            {
                Interlocked.Increment(ref valid);
                if (!output.GeneratorDiagnostics.IsEmpty)
                {
                    failures.Add("a valid dataset was not accepted as it is", i, description, input, TestHelpers.Format(output.GeneratorDiagnostics));
                }
            }

            if (output.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Interlocked.Increment(ref rejected);
                return;
            }

            Interlocked.Increment(ref accepted);
            var problems = output.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5).ToList();
            if (problems.Count > 0)
            {
                failures.Add("accepted, but the output does not compile with warnings as errors", i, description, input, TestHelpers.Format(problems));
            }
        });

        failures.AssertNone();
        Assert.True(accepted > valid && rejected > Cases / 3, $"The cases test too little: {accepted} accepted ({valid} unmutated), {rejected} rejected");
        TestContext.Current.TestOutputHelper?.WriteLine($"{Cases} schema fuzz cases: {accepted} accepted and compiled ({valid} unmutated), {rejected} rejected, in {total.Elapsed.TotalSeconds:F1} s");
    }
}
