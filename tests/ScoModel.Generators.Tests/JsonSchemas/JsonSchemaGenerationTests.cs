using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace ScoModel.Generators.Tests.JsonSchemas;

/// <summary>
/// The generator's JSON Schema output on the fixture: present only when asked for, never compiled, a valid
/// draft 2020-12 schema, the same rules as the generator's, and cached like the rest of the pipeline.
/// </summary>
public class JsonSchemaGenerationTests
{
    [Fact]
    public void NoSchemasUnlessTheProjectAsksForThem()
    {
        var withoutOptions = Fixture.Run();
        var withEmptyProperty = Run(SchemaOptions.NotRequested);

        Assert.DoesNotContain(withoutOptions.Sources, s => s.HintName.Contains(".schema.json", StringComparison.Ordinal));
        Assert.DoesNotContain(withEmptyProperty.Sources, s => s.HintName.Contains(".schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void OneSchemaPerDataFileThatCompilesToNothing()
    {
        var output = Run(SchemaOptions.Requested);

        Assert.Equal(
            ["countries.schema.json.g.cs", "projects.schema.json.g.cs"],
            output.Sources.Select(s => s.HintName).Where(h => h.Contains(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        TestHelpers.AssertCompilesCleanly(output);
    }

    [Fact]
    public void ProjectsSchema()
    {
        var output = Run(SchemaOptions.Requested);

        Snapshot.Verify(output.Source("projects.schema.json.g.cs"), "projects.schema.json");
    }

    [Fact]
    public void SchemasAreValidDraft202012()
    {
        foreach (var json in Schemas(Run(SchemaOptions.Requested)).Values)
        {
            var results = Validation.EvaluateAsSchema(json);
            Assert.True(results.IsValid, Validation.Describe(results));
        }
    }

    [Fact]
    public void FixtureDataPassesItsSchemas()
    {
        var schemas = Schemas(Run(SchemaOptions.Requested));

        AssertPasses(schemas["countries.schema.json"], Fixture.Countries);
        AssertPasses(schemas["projects.schema.json"], Fixture.Projects);
    }

    /// <summary>Each rule the generator enforces, broken once in projects.yaml: the schema refuses it where the generator reports it.</summary>
    [Theory]
    [InlineData("  status: active\n", "  status: activ\n", "/0/status", "SCO004")]
    [InlineData("  status: active\n", "  stauts: active\n", "/0/stauts", "SCO002")]
    [InlineData("      done: true\n", "      don: true\n", "/0/milestones/0/don", "SCO002")]
    [InlineData("  title: River survey\n", "", "/0", "SCO003")]
    [InlineData("  lead: FRA\n", "  lead: FRX\n", "/0/lead", "SCO006")]
    [InlineData("  priority: 2\n", "  priority: 9\n", "/0/priority", "SCO026")]
    [InlineData("  priority: 2\n", "  priority: high\n", "/0/priority", "SCO004")]
    [InlineData("  start: 2018-03-01\n", "  start: 01.03.2018\n", "/0/start", "SCO004")]
    [InlineData("- id: river-survey\n", "- id: River Survey\n", "/0/id", "SCO007")]
    [InlineData("  members: [FRA, IND]\n", "  members: []\n", "/0/members", "SCO027")]
    public void SchemaRefusesWhatTheGeneratorRefuses(string valid, string planted, string where, string diagnostic)
    {
        Assert.Contains(valid, Fixture.Projects, StringComparison.Ordinal);
        var projects = ReplaceFirst(Fixture.Projects, valid, planted);
        var output = Run(SchemaOptions.Requested, projects: projects);
        var schema = Validation.Load(Schemas(Run(SchemaOptions.Requested))["projects.schema.json"]);

        var results = Validation.Evaluate(schema, projects);

        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == diagnostic);
        Assert.False(results.IsValid);
        Assert.Contains(where + " (", Validation.Describe(results), StringComparison.Ordinal);
    }

    [Fact]
    public void ReferencesOfferTheKeysThatExist()
    {
        var schema = JsonNode.Parse(Schemas(Run(SchemaOptions.Requested))["projects.schema.json"])!;

        var keys = schema["$defs"]!["Fixture.Country-keys"]!["enum"]!.AsArray().Select(n => (string)n!);

        Assert.Equal(["FRA", "IND", "KGZ"], keys);
    }

    /// <summary>Without GenerateDocumentationFile the compiler does not parse doc comments (<see cref="DocumentationMode.None"/>); the descriptions must not depend on it.</summary>
    [Theory]
    [InlineData(DocumentationMode.Diagnose)]
    [InlineData(DocumentationMode.None)]
    public void DescriptionsComeFromDocComments(DocumentationMode mode)
    {
        const string Source = """
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Docs;

            [DataEntity("things.yaml")]
            public sealed partial record Thing
            {
                /// <summary>
                ///   The key of a <see cref="Thing"/>, such as <c>a-b</c>;
                ///   see <see href="https://example.org">the guide</see>.
                /// </summary>
                [EntityKey]
                public required string Id { get; init; }

                /// <summary>The <see cref="Id"/> of another, or <see langword="null"/>.</summary>
                public string? Other { get; init; }

                public string? Undocumented { get; init; }
            }
            """;
        var output = TestHelpers.RunGenerator(
            TestHelpers.CreateCompilation([CSharpSyntaxTree.ParseText(Source, TestHelpers.ParseOptions.WithDocumentationMode(mode), "/proj/Thing.cs", cancellationToken: TestContext.Current.CancellationToken)]),
            CreateDriver(SchemaOptions.Requested, [new InMemoryAdditionalText("/proj/data/things.yaml", "- id: a\n")]));
        var properties = JsonNode.Parse(Schemas(output)["things.schema.json"])!["$defs"]!["Docs.Thing"]!["properties"]!;

        Assert.Equal("The key of a Thing, such as a-b; see the guide.", (string?)properties["id"]!["description"]);
        Assert.Equal("The Id of another, or null.", (string?)properties["other"]!["description"]);
        Assert.Null(properties["undocumented"]!["description"]);
    }

    [Fact]
    public void DataFilesWithTheSameNameGetDistinctSchemas()
    {
        const string Source = """
            using ScoModel.Generators;

            namespace Twins;

            [DataEntity("a/items.yaml")]
            public sealed partial record First
            {
                [EntityKey]
                public required string Id { get; init; }
            }

            [DataEntity("b/items.yaml")]
            public sealed partial record Second
            {
                [EntityKey]
                public required string Id { get; init; }
            }
            """;
        var output = TestHelpers.RunGenerator(
            TestHelpers.CreateCompilation([TestHelpers.ParseTree(Source, "/proj/Twins.cs")]),
            CreateDriver(SchemaOptions.Requested, [new InMemoryAdditionalText("/proj/a/items.yaml", "- id: x\n"), new InMemoryAdditionalText("/proj/b/items.yaml", "- id: y\n")]));

        TestHelpers.AssertNoGeneratorException(output);
        Assert.Equal(["Twins.Second.schema.json", "items.schema.json"], Schemas(output).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CSharpEditElsewhereReusesTheSchemas()
    {
        var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree()]);
        var driver = CreateDriver(SchemaOptions.Requested, [Fixture.CountriesText(), Fixture.ProjectsText()])
            .RunGenerators(compilation, TestContext.Current.CancellationToken);

        var second = driver.RunGenerators(compilation.AddSyntaxTrees(TestHelpers.ParseTree("namespace Other;\n\npublic class Unrelated { }\n", "/proj/Other.cs")), TestContext.Current.CancellationToken)
            .GetRunResult();

        Assert.All(TestHelpers.OutputReasons(second, TrackingNames.JsonSchemas), reason => Assert.Equal(Cached, reason));
        TestHelpers.AssertNoCompilationObjectsInPipeline(second);
    }

    [Fact]
    public void YamlEditThatKeepsTheKeysAddsNoSchemaAgain()
    {
        var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree()]);
        var projects = Fixture.ProjectsText();
        var driver = CreateDriver(SchemaOptions.Requested, [Fixture.CountriesText(), projects]).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var edited = Fixture.ProjectsText(Fixture.Projects.Replace("title: River survey", "title: River survey, phase one", StringComparison.Ordinal));

        var second = driver.ReplaceAdditionalText(projects, edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();

        Assert.Equal([Unchanged, Unchanged], TestHelpers.OutputReasons(second, TrackingNames.JsonSchemas));
    }

    [Fact]
    public void NewKeyUpdatesOnlyTheSchemasThatOfferIt()
    {
        var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree()]);
        var countries = Fixture.CountriesText();
        var driver = CreateDriver(SchemaOptions.Requested, [countries, Fixture.ProjectsText()]).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var added = Fixture.CountriesText(Fixture.Countries + "- code: UZB\n  name: Uzbekistan\n");

        var second = driver.ReplaceAdditionalText(countries, added).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();
        var projects = Schemas(second.Results[0].GeneratedSources.Select(s => new GeneratedFile(s.HintName, TestHelpers.Normalize(s.SourceText.ToString()))))["projects.schema.json"];

        // The countries schema has no list of keys, so it is unchanged; the projects schema now offers UZB.
        Assert.Equal([Modified, Unchanged], TestHelpers.OutputReasons(second, TrackingNames.JsonSchemas).Order());
        Assert.Contains("\"UZB\"", projects, StringComparison.Ordinal);
    }

    private static GeneratorOutput Run(SchemaOptions options, string? projects = null) =>
        TestHelpers.RunGenerator(
            TestHelpers.CreateCompilation([Fixture.SchemaTree()]),
            CreateDriver(options, [Fixture.CountriesText(), Fixture.ProjectsText(projects)]));

    private static GeneratorDriver CreateDriver(SchemaOptions options, IEnumerable<AdditionalText> texts) =>
        CSharpGeneratorDriver.Create([new DatasetGenerator().AsSourceGenerator()], texts, TestHelpers.ParseOptions, options, TestHelpers.DriverOptions);

    private static IReadOnlyDictionary<string, string> Schemas(GeneratorOutput output) => Schemas(output.Sources);

    private static IReadOnlyDictionary<string, string> Schemas(IEnumerable<GeneratedFile> sources) =>
        sources
            .Where(s => s.HintName.EndsWith(".schema.json.g.cs", StringComparison.Ordinal))
            .ToDictionary(s => s.HintName[..^".g.cs".Length], s => GeneratedSchema.Json(s.Source), StringComparer.Ordinal);

    private static void AssertPasses(string schema, string yaml)
    {
        var results = Validation.Evaluate(Validation.Load(schema), yaml);
        Assert.True(results.IsValid, Validation.Describe(results));
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var index = text.IndexOf(old, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length));
    }
}
