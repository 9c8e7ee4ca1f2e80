using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Reading;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Incremental caching: the driver runs once, then again after an edit, and the tracked steps say what
/// ran again. A C# edit must not touch the YAML work; a YAML edit re-reads only that file; an edit
/// that changes nothing that matters stops at the file it was made in. Every tracked output is also
/// walked for objects that would hold a compilation alive.
/// </summary>
public class IncrementalTests
{
    private const string ProjectsComment = "# Projects and the countries that run them.";

    [Fact]
    public void UnrelatedSyntaxTreeAddedReusesAllYamlWork()
    {
        var run = Run.Start();
        var compilation = run.Compilation.AddSyntaxTrees(TestHelpers.ParseTree("namespace Other;\n\npublic class Unrelated { }\n", "/proj/Other.cs"));

        var second = run.Driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();

        AssertReasons(second, TrackingNames.DataFiles, Cached, Cached);
        AssertReasons(second, TrackingNames.Dataset, Cached);
        AssertReasons(second, TrackingNames.Entities, Cached, Cached);
        AssertAllReusedFromCache(second, TrackingNames.Schemas);
        AssertOutputsCached(second);
        TestHelpers.AssertNoCompilationObjectsInPipeline(second);
    }

    [Fact]
    public void UnrelatedSyntaxTreeEditedReusesAllYamlWork()
    {
        var other = TestHelpers.ParseTree("namespace Other;\n\npublic class Unrelated { }\n", "/proj/Other.cs");
        var run = Run.Start(other);
        var edited = TestHelpers.ParseTree("namespace Other;\n\npublic class Unrelated { public int X { get; set; } }\n", "/proj/Other.cs");
        var compilation = run.Compilation.ReplaceSyntaxTree(other, edited);

        var second = run.Driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();

        AssertReasons(second, TrackingNames.DataFiles, Cached, Cached);
        AssertReasons(second, TrackingNames.Dataset, Cached);
        AssertReasons(second, TrackingNames.Entities, Cached, Cached);
        AssertAllReusedFromCache(second, TrackingNames.Schemas);
        AssertOutputsCached(second);
    }

    [Fact]
    public void ClonedCompilationReusesEverything()
    {
        // The NetEscapades check: a second run over an equal (cloned) compilation does no work at all.
        var run = Run.Start();

        var second = run.Driver.RunGenerators(run.Compilation.Clone(), TestContext.Current.CancellationToken).GetRunResult();

        foreach (var name in TestHelpers.TrackingNameValues)
        {
            AssertAllReusedFromCache(second, name);
        }

        AssertOutputsCached(second);
        TestHelpers.AssertNoCompilationObjectsInPipeline(second);
    }

    [Fact]
    public void SchemaDocCommentEditDoesNotRebind()
    {
        // Same length, so no location in the schema moves: the schema read is equal, and nothing downstream runs.
        var run = Run.Start();
        var schema = run.Compilation.SyntaxTrees.Single(t => t.FilePath == Fixture.SchemaPath);
        var edited = TestHelpers.ParseTree(Fixture.Schema.Replace("/// <summary>A country.</summary>", "/// <summary>A nation.</summary> "), Fixture.SchemaPath);
        Assert.Equal(schema.Length, edited.Length);

        var second = run.Driver.RunGenerators(run.Compilation.ReplaceSyntaxTree(schema, edited), TestContext.Current.CancellationToken).GetRunResult();

        AssertReasons(second, TrackingNames.Schemas, Unchanged, Unchanged);
        AssertReasons(second, TrackingNames.DataFiles, Cached, Cached);
        AssertReasons(second, TrackingNames.Dataset, Cached);
        AssertOutputsCached(second);
    }

    [Fact]
    public void EditingOneOfTwoYamlFilesRereadsOnlyThatFile()
    {
        var run = Run.Start();
        var edited = Fixture.ProjectsText(Fixture.Projects.Replace("budget: 1200", "budget: 1300"));

        var driver = run.Driver.ReplaceAdditionalText(run.Projects, edited).RunGenerators(run.Compilation, TestContext.Current.CancellationToken);
        var second = driver.GetRunResult();

        var dataFiles = DataFileReasons(second);
        Assert.Equal([(Fixture.CountriesPath, Cached), (Fixture.ProjectsPath, Modified)], dataFiles);
        AssertReasons(second, TrackingNames.Dataset, Modified);

        // Only the entity whose entries changed is emitted again.
        AssertReasons(second, TrackingNames.Entities, Unchanged, Modified);
        TestHelpers.AssertNoCompilationObjectsInPipeline(second);

        // And what the incremental run produced is what a fresh run produces.
        AssertSameAsFreshRun(driver, run.Compilation, Fixture.CountriesText(), edited);
    }

    [Fact]
    public void CommentEditOfTheSameLengthStopsAtTheFile()
    {
        // The file is read again (its text changed), but the document read is equal to the last one,
        // positions included, so binding and emitting do not run.
        var run = Run.Start();
        var edited = Fixture.ProjectsText(Fixture.Projects.Replace(ProjectsComment, "# Projects and the nations that run them..."));
        Assert.Equal(Fixture.Projects.Length, edited.Content.Length);

        var driver = run.Driver.ReplaceAdditionalText(run.Projects, edited).RunGenerators(run.Compilation, TestContext.Current.CancellationToken);
        var second = driver.GetRunResult();

        Assert.Equal([(Fixture.CountriesPath, Cached), (Fixture.ProjectsPath, Unchanged)], DataFileReasons(second));
        AssertReasons(second, TrackingNames.Dataset, Cached);
        AssertReasons(second, TrackingNames.Entities, Cached, Cached);
        AssertOutputsCached(second);
        AssertSameAsFreshRun(driver, run.Compilation, Fixture.CountriesText(), edited);
    }

    [Fact]
    public void CommentEditThatMovesLinesReemitsOnlyThatFilesEntity()
    {
        // A new line moves every entry below it, and the generated comments name each entry's line,
        // so that file's entity is emitted again; the other entity is not.
        var run = Run.Start();
        var edited = Fixture.ProjectsText(Fixture.Projects.Replace(ProjectsComment, "# Projects\n# and the countries that run them."));

        var driver = run.Driver.ReplaceAdditionalText(run.Projects, edited).RunGenerators(run.Compilation, TestContext.Current.CancellationToken);
        var second = driver.GetRunResult();

        Assert.Equal([(Fixture.CountriesPath, Cached), (Fixture.ProjectsPath, Modified)], DataFileReasons(second));
        AssertReasons(second, TrackingNames.Dataset, Modified);
        AssertReasons(second, TrackingNames.Entities, Unchanged, Modified);
        Assert.Contains("projects.yaml:3</summary>", driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Project.g.cs", StringComparison.Ordinal)).ToString(), StringComparison.Ordinal);
        AssertSameAsFreshRun(driver, run.Compilation, Fixture.CountriesText(), edited);
    }

    [Fact]
    public void AddingAndRemovingADataFileIsSeen()
    {
        var run = Run.Start();

        // Without projects.yaml the Project entity is reported missing (SCO008)...
        var removed = run.Driver.RemoveAdditionalTexts([run.Projects]).RunGenerators(run.Compilation, TestContext.Current.CancellationToken);
        Assert.Equal(["SCO008"], removed.GetRunResult().Diagnostics.Select(d => d.Id));
        AssertReasons(removed.GetRunResult(), TrackingNames.DataFiles, Cached, Removed);

        // ...and back again, everything is as before.
        var restored = removed.AddAdditionalTexts([run.Projects]).RunGenerators(run.Compilation, TestContext.Current.CancellationToken);
        Assert.Empty(restored.GetRunResult().Diagnostics);
        AssertSameAsFreshRun(restored, run.Compilation, Fixture.CountriesText(), Fixture.ProjectsText());
    }

    [Fact]
    public void PipelineHoldsNoCompilationObjects()
    {
        // Also after runs with diagnostics, whose locations must be plain data until reported.
        var broken = Fixture.Run(
            countries: Fixture.Countries + "- code: FRA\n  name: Again\n",
            projects: Fixture.Projects.Replace("lead: KGZ", "lead: KZG"));
        Assert.NotEmpty(broken.GeneratorDiagnostics);
        TestHelpers.AssertNoCompilationObjectsInPipeline(broken.RunResult);

        var schemaProblem = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree("using ScoModel.Generators;\n[DataEntity(\"x.yaml\")]\npublic sealed partial record X { [EntityKey] public required string Id { get; init; } public System.Guid G { get; init; } }\n", "/proj/X.cs")],
            []);
        Assert.Equal(["SCO014", "SCO008"], schemaProblem.GeneratorDiagnostics.Select(d => d.Id));
        TestHelpers.AssertNoCompilationObjectsInPipeline(schemaProblem.RunResult);
    }

    private static void AssertSameAsFreshRun(GeneratorDriver driver, Compilation compilation, params AdditionalText[] texts)
    {
        var fresh = TestHelpers.RunGenerator(compilation, TestHelpers.CreateDriver(texts));
        var incremental = driver.GetRunResult();
        Assert.Equal(
            fresh.Sources.Select(s => (s.HintName, s.Source)),
            incremental.Results[0].GeneratedSources.Select(s => (s.HintName, TestHelpers.Normalize(s.SourceText.ToString()))));
        Assert.Equal(fresh.GeneratorDiagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>The DataFiles step's outputs as (path, reason), in path order.</summary>
    private static List<(string Path, IncrementalStepRunReason Reason)> DataFileReasons(GeneratorDriverRunResult result) =>
        result.Results[0].TrackedSteps[TrackingNames.DataFiles]
            .SelectMany(s => s.Outputs)
            .Select(o => (((DataFile)o.Value).Path, o.Reason))
            .OrderBy(o => o.Path, StringComparer.Ordinal)
            .ToList();

    private static void AssertReasons(GeneratorDriverRunResult result, string step, params IncrementalStepRunReason[] expected)
    {
        var actual = TestHelpers.OutputReasons(result, step);
        Assert.True(
            expected.Order().SequenceEqual(actual.Order()),
            $"{step}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}]");
    }

    private static void AssertAllReusedFromCache(GeneratorDriverRunResult result, string step)
    {
        var reasons = TestHelpers.OutputReasons(result, step);
        Assert.True(
            reasons.All(r => r is Cached or Unchanged),
            $"{step}: expected every output Cached or Unchanged, got [{string.Join(", ", reasons)}]");
    }

    /// <summary>Nothing was added to the compilation again: every source output step was cached.</summary>
    private static void AssertOutputsCached(GeneratorDriverRunResult result)
    {
        var reasons = result.Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        Assert.True(reasons.All(r => r == Cached), $"Source outputs: [{string.Join(", ", reasons)}]");
    }

    /// <summary>The fixture after a first run: its compilation, the driver that ran, and its data files.</summary>
    private sealed record Run(Compilation Compilation, GeneratorDriver Driver, InMemoryAdditionalText Countries, InMemoryAdditionalText Projects)
    {
        public static Run Start(params SyntaxTree[] extraTrees)
        {
            var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree(), .. extraTrees]);
            var countries = Fixture.CountriesText();
            var projects = Fixture.ProjectsText();
            var driver = TestHelpers.CreateDriver([countries, projects]).RunGenerators(compilation, TestContext.Current.CancellationToken);
            var first = driver.GetRunResult();
            Assert.Empty(first.Diagnostics);
            Assert.Equal(ImmutableArray.Create(IncrementalStepRunReason.New, IncrementalStepRunReason.New), TestHelpers.OutputReasons(first, TrackingNames.DataFiles));
            TestHelpers.AssertNoCompilationObjectsInPipeline(first);
            return new Run(compilation, driver, countries, projects);
        }
    }
}
