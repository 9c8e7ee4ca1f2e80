using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Seeded mutation testing: thousands of broken variants of the fixture's valid YAML through the
/// generator. Whatever the input, the generator must not throw (an escaping exception is CS8785 and
/// silently drops all output), every problem it reports must point into the data file it is about,
/// and every case must finish quickly. The seed is fixed, so a failure replays exactly: the message
/// gives the case number and the mutations.
/// </summary>
public class FuzzTests
{
    private const int Seed = 1729;
    private const int DriverCases = 2000;
    private const int ParseOnlyCases = 4000;

    /// <summary>Generous: a case normally takes milliseconds; a slow one means something grows without bound.</summary>
    private static readonly TimeSpan CaseBound = TimeSpan.FromSeconds(5);

    [Fact]
    public void MutatedYamlNeverCrashesTheGeneratorAndEveryProblemIsLocated()
    {
        // One compilation and one warmed-up driver: each case swaps one data file and runs again, so
        // the schema is read once and each case costs only the YAML work (and the driver's own
        // overhead, which dominates: the cases run on every core).
        var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree()]);
        var countries = Fixture.CountriesText();
        var projects = Fixture.ProjectsText();
        var baseDriver = TestHelpers.CreateDriver([countries, projects]).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Empty(baseDriver.GetRunResult().Diagnostics);

        var failures = new Failures();
        var withErrors = 0;
        var total = Stopwatch.StartNew();
        Parallel.For(0, DriverCases, Parallelism(), i =>
        {
            var random = new Random(Seed + i);
            var mutateCountries = i % 2 == 0;
            var original = mutateCountries ? countries : projects;
            var (text, description) = YamlMutator.Mutate(original.Content, random);
            var mutated = new InMemoryAdditionalText(original.Path, text);

            var watch = Stopwatch.StartNew();
            GeneratorDriverRunResult result;
            try
            {
                result = baseDriver.ReplaceAdditionalText(original, mutated).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add("the driver threw", i, description, text, e.ToString());
                return;
            }

            watch.Stop();
            var texts = new Dictionary<string, SourceText>
            {
                [countries.Path] = (mutateCountries ? mutated : countries).GetText(TestContext.Current.CancellationToken),
                [projects.Path] = (mutateCountries ? projects : mutated).GetText(TestContext.Current.CancellationToken),
            };
            Check(result, texts, watch.Elapsed, failures, i, description, text);
            if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                Interlocked.Increment(ref withErrors);
            }
        });

        failures.AssertNone();

        // The mutations must mostly break things, or they test little; and some must leave valid data.
        Assert.True(withErrors > DriverCases / 2, $"Only {withErrors} of {DriverCases} cases had errors");
        Assert.True(withErrors < DriverCases, "No case left the data valid");
        TestContext.Current.SendDiagnosticMessage($"{DriverCases} driver cases ({withErrors} with errors) in {total.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void MutatedYamlWithoutErrorsStillCompiles()
    {
        // The other half of "nothing wrong ever compiles": what the generator accepts, the compiler
        // accepts too. Binding the output is not free, so this stops after a dozen valid cases,
        // and checks the generated files (where any error the data causes would be).
        var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree()]);
        var countries = Fixture.CountriesText();
        var projects = Fixture.ProjectsText();
        var baseDriver = TestHelpers.CreateDriver([countries, projects]).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var failures = new Failures();
        var failed = 0;
        var compiled = 0;
        for (var i = 0; i < 1000 && failed < 3 && compiled < 12; i++)
        {
            var random = new Random(Seed + 500_000 + i);
            var original = i % 2 == 0 ? countries : projects;
            var (text, description) = YamlMutator.Mutate(original.Content, random);
            var driver = baseDriver.ReplaceAdditionalText(original, new InMemoryAdditionalText(original.Path, text));
            var output = TestHelpers.RunGenerator(compilation, driver);
            if (output.RunResult.Results[0].Exception is not null || output.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }

            compiled++;
            var errors = output.OutputCompilation.SyntaxTrees
                .Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal))
                .SelectMany(t => output.OutputCompilation.GetSemanticModel(t).GetDiagnostics(cancellationToken: TestContext.Current.CancellationToken))
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Take(5)
                .ToList();
            if (errors.Count > 0)
            {
                failed++;
                failures.Add("the generator reported no error but the output does not compile", i, description, text, TestHelpers.Format(errors));
            }
        }

        failures.AssertNone();
        Assert.True(compiled >= 6, $"Only {compiled} mutated cases were valid");
    }

    [Fact]
    public void MutatedYamlNeverCrashesTheReader()
    {
        // YamlReader alone, cheaper, so more cases: it never throws, what it reports is inside the
        // file, and reading the same text twice gives equal results (pipeline caching relies on it).
        var failures = new Failures();
        var sources = new[] { Fixture.Countries, Fixture.Projects };
        Parallel.For(0, ParseOnlyCases, Parallelism(), i =>
        {
            var random = new Random(Seed + 1_000_000 + i);
            var (text, description) = YamlMutator.Mutate(sources[i % 2], random);
            var sourceText = SourceText.From(text, Encoding.UTF8);
            var watch = Stopwatch.StartNew();
            DataFile first, second;
            try
            {
                first = YamlReader.Read(Fixture.CountriesPath, sourceText, TestContext.Current.CancellationToken);
                watch.Stop();
                second = YamlReader.Read(Fixture.CountriesPath, SourceText.From(text, Encoding.UTF8), TestContext.Current.CancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures.Add("YamlReader.Read threw", i, description, text, e.ToString());
                return;
            }

            if (watch.Elapsed > CaseBound)
            {
                failures.Add("too slow", i, description, text, $"reading took {watch.Elapsed.TotalSeconds:F1} s");
            }

            if (!first.Equals(second) || first.GetHashCode() != second.GetHashCode())
            {
                failures.Add("not repeatable", i, description, text, "reading the same text twice gave different results");
            }

            foreach (var diagnostic in first.Diagnostics)
            {
                CheckLocation(diagnostic.ToDiagnostic(), new Dictionary<string, SourceText> { [Fixture.CountriesPath] = sourceText }, failures, i, description, text);
            }

            if (first.Root is null && first.Diagnostics.Count == 0 && !IsOnlyComments(text))
            {
                failures.Add("silent failure", i, description, text, "the document could not be read, but nothing was reported");
            }
        });

        failures.AssertNone();
    }

    private static bool IsOnlyComments(string text) =>
        text.TrimStart('\uFEFF').Split('\n').All(l => l.TrimStart().Length == 0 || l.TrimStart().StartsWith('#') || l.StartsWith('%') || l.Trim() is "---" or "...");

    internal static ParallelOptions Parallelism() =>
        new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = TestContext.Current.CancellationToken };

    /// <summary>Records what is wrong with one run's result.</summary>
    private static void Check(GeneratorDriverRunResult result, Dictionary<string, SourceText> texts, TimeSpan elapsed, Failures failures, int index, string description, string text)
    {
        if (result.Results[0].Exception is { } exception)
        {
            failures.Add("the generator threw", index, description, text, exception.ToString());
            return;
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Id == "CS8785") is { } crash)
        {
            failures.Add("the generator threw", index, description, text, crash.ToString());
            return;
        }

        if (elapsed > CaseBound)
        {
            failures.Add("too slow", index, description, text, $"the run took {elapsed.TotalSeconds:F1} s");
        }

        // The C# is fixed and valid, so every problem is in one of the two data files.
        foreach (var diagnostic in result.Diagnostics)
        {
            if (!diagnostic.Id.StartsWith("SCO", StringComparison.Ordinal))
            {
                failures.Add("not an SCO diagnostic", index, description, text, diagnostic.ToString());
                continue;
            }

            CheckLocation(diagnostic, texts, failures, index, description, text);
        }
    }

    /// <summary>
    /// A diagnostic's location must name one of the data files and lie inside its text: the line
    /// within the file's lines, the span within its characters, the start not after the end.
    /// </summary>
    internal static void CheckLocation(Diagnostic diagnostic, Dictionary<string, SourceText> texts, Failures failures, int index, string description, string input)
    {
        var lineSpan = diagnostic.Location.GetLineSpan();
        if (diagnostic.Location.Kind is not (LocationKind.ExternalFile or LocationKind.SourceFile))
        {
            failures.Add("no location", index, description, input, diagnostic.ToString());
            return;
        }

        if (!texts.TryGetValue(lineSpan.Path, out var text))
        {
            failures.Add("located outside the data files", index, description, input, diagnostic.ToString());
            return;
        }

        var start = lineSpan.StartLinePosition;
        var end = lineSpan.EndLinePosition;
        var span = diagnostic.Location.SourceSpan;
        if (start.Line < 0 || end.Line >= text.Lines.Count || end < start)
        {
            failures.Add("line outside the file", index, description, input, $"lines {start.Line + 1}-{end.Line + 1} of a file with {text.Lines.Count}: {diagnostic}");
        }
        else if (span.Start < 0 || span.End > text.Length)
        {
            failures.Add("span outside the file", index, description, input, $"span {span} in a file of {text.Length} characters: {diagnostic}");
        }
        else if (text.Lines.GetLinePosition(span.Start) != start)
        {
            failures.Add("span and line disagree", index, description, input, $"span {span} starts at {text.Lines.GetLinePosition(span.Start)}, but the line span at {start}: {diagnostic}");
        }
    }

    /// <summary>Failures by kind, each with a few examples (the lowest case numbers), safe to fill from several threads.</summary>
    internal sealed class Failures
    {
        private const int ExamplesPerKind = 3;
        private readonly Dictionary<string, List<(int Index, string Text)>> _byKind = new(StringComparer.Ordinal);

        public void Add(string kind, int index, string description, string input, string problem)
        {
            var shown = input.Length > 400 ? input[..400] + $"... ({input.Length} characters)" : input;
            var text = $"case {index} ({description}): {problem}\n--- input ---\n{shown}\n--- end ---";
            lock (_byKind)
            {
                if (!_byKind.TryGetValue(kind, out var list))
                {
                    _byKind[kind] = list = [];
                }

                list.Add((index, text));
            }
        }

        public void AssertNone()
        {
            if (_byKind.Count == 0)
            {
                return;
            }

            var message = new StringBuilder();
            foreach (var (kind, cases) in _byKind.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                message.Append($"{kind}: {cases.Count} case(s)\n");
                foreach (var (_, text) in cases.OrderBy(c => c.Index).Take(ExamplesPerKind))
                {
                    message.Append(text).Append("\n\n");
                }
            }

            Assert.Fail(message.ToString());
        }
    }
}
