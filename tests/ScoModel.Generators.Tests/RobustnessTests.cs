using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Inputs at the edges, each found by fuzzing or probing: the generator must not throw (CS8785 drops
/// all its output), and what it accepts must compile. Either the data is fine and the generated code
/// compiles, or an SCO diagnostic says what is wrong; never a compiler error inside generated code.
/// </summary>
public class RobustnessTests
{
    private const string ThingSchema = """
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("things.yaml", AccessorFrom = nameof(Name))]
        public sealed partial record Thing
        {
            [EntityKey, Lookup]
            public required string Id { get; init; }

            public required string Name { get; init; }

            public string? Note { get; init; }
        }
        """;

    [Fact]
    public void UnpairedSurrogateInANameDoesNotThrow()
    {
        // A lone UTF-16 surrogate cannot come from a decoded UTF-8 file, but can from an editor buffer
        // or a UTF-16 text handed over as is. The accessor is made from the name, and
        // string.Normalize throws on such a string.
        var output = Fixture.Run(countries: Fixture.Countries + "- code: ESP\n  name: Spa\uD800in\n");

        TestHelpers.AssertNoGeneratorException(output);
        Assert.Contains(output.Sources, s => s.HintName == "Fixture.Country.g.cs");
    }

    [Fact]
    public void AnUnreadableFileGivesItsSyntaxErrorAndNoFloodOfUnresolvedReferences()
    {
        // Projects refer to countries; when countries.yaml cannot be read, SCO001 says why, and the
        // references to its entries are not each reported again as SCO006.
        var output = Fixture.Run(countries: Fixture.Countries + "- code: ESP\n  aliases: [Kingdom of Spain\n");

        Assert.Equal(["SCO001"], output.GeneratorDiagnostics.Select(d => d.Id).Distinct());
        Assert.EndsWith("countries.yaml", output.GeneratorDiagnostics[0].Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void UnpairedSurrogateInOtherValuesCompiles()
    {
        var output = Fixture.Run(projects: Fixture.Projects.Replace("note: Funded in two tranches.", "note: Funded \uDC00 in two tranches."));

        TestHelpers.AssertCompilesCleanly(output);
    }

    [Fact]
    public void EntitiesWithTheSameNameInDifferentNamespacesDoNotThrow()
    {
        // Each entity's source was named after the type's simple name, and AddSource refuses a hint
        // name twice: both files must be generated (or the clash reported), never an exception.
        const string schema = """
            using ScoModel.Generators;

            namespace Shop
            {
                [DataEntity("shop-items.yaml")]
                public sealed partial record Item
                {
                    [EntityKey]
                    public required string Id { get; init; }
                }
            }

            namespace Warehouse
            {
                [DataEntity("warehouse-items.yaml")]
                public sealed partial record Item
                {
                    [EntityKey]
                    public required string Id { get; init; }
                }
            }
            """;

        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Items.cs")],
            [new InMemoryAdditionalText("/proj/data/shop-items.yaml", "- id: hammer\n"), new InMemoryAdditionalText("/proj/data/warehouse-items.yaml", "- id: shelf\n")]);

        TestHelpers.AssertNoGeneratorException(output);
        if (output.GeneratorDiagnostics.IsEmpty)
        {
            TestHelpers.AssertCompilesCleanly(output);
            Assert.Contains(output.Sources, s => s.Source.Contains("namespace Shop", StringComparison.Ordinal) && s.Source.Contains("Hammer", StringComparison.Ordinal));
            Assert.Contains(output.Sources, s => s.Source.Contains("namespace Warehouse", StringComparison.Ordinal) && s.Source.Contains("Shelf", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void PropertyNamedLikeAKeywordCompiles()
    {
        // '@class' is the property 'class'; the generated initializer must write '@class = ...'.
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("ships.yaml")]
            public sealed partial record Ship
            {
                [EntityKey]
                public required string Id { get; init; }

                public string? @class { get; init; }
            }
            """;

        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Ship.cs")],
            [new InMemoryAdditionalText("/proj/data/ships.yaml", "- id: endeavour\n  class: bark\n")]);

        TestHelpers.AssertCompilesCleanly(output);
    }

    [Theory]
    [InlineData("line feed", "\"first\\nsecond\"")]
    [InlineData("carriage return", "\"first\\rsecond\"")]
    [InlineData("next line (U+0085)", "\"first\\Nsecond\"")]
    [InlineData("line separator (U+2028)", "\"first\\Lsecond\"")]
    [InlineData("paragraph separator (U+2029)", "\"first\\Psecond\"")]
    public void KeyWithALineBreakCompilesOrIsReported(string what, string key)
    {
        // The key is written into a one-line XML doc comment ("/// <summary>The Thing <c>key</c> ...");
        // a line break in it ends the comment and leaves the rest of the key as code.
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(ThingSchema, "/proj/Thing.cs")],
            [new InMemoryAdditionalText("/proj/data/things.yaml", $"- id: {key}\n  name: Broken key\n")]);

        TestHelpers.AssertNoGeneratorException(output);
        if (!output.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            var errors = output.CompilationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(errors.Count == 0, $"A key with a {what} was accepted, but the generated code does not compile:\n{TestHelpers.Format(errors)}");
        }
    }

    [Fact]
    public void EmptyAndCommentOnlyDataFilesGiveEmptyTablesThatCompile()
    {
        var output = Fixture.Run(countries: string.Empty, projects: "# Nothing yet.\n");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        Assert.Empty(loaded.All("Fixture.Country"));
        Assert.Empty(loaded.All("Fixture.Project"));
    }

    [Fact]
    public void DeeplyNestedRecordsWithinTheLimitBind()
    {
        const string schema = """
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("trees.yaml")]
            public sealed partial record Tree
            {
                [EntityKey]
                public required string Id { get; init; }

                public Node? Root { get; init; }
            }

            public sealed record Node
            {
                public string? Name { get; init; }

                public ImmutableArray<Node> Children { get; init; }
            }
            """;

        // Levels: the file's list, the entry, then 'root' and each 'children' list and node: 60 in all.
        var node = "{name: leaf}";
        for (var level = 0; level < 28; level++)
        {
            node = $"{{name: n{level}, children: [{node}]}}";
        }

        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Tree.cs")],
            [new InMemoryAdditionalText("/proj/data/trees.yaml", $"- id: oak\n  root: {node}\n")]);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var current = LoadedFixture.Get(Assert.Single(loaded.All("Fixture.Tree")), "Root");
        for (var level = 27; level >= 0; level--)
        {
            Assert.Equal($"n{level}", LoadedFixture.Get(current!, "Name"));
            current = Assert.Single(((System.Collections.IEnumerable)LoadedFixture.Get(current!, "Children")!).Cast<object>());
        }

        Assert.Equal("leaf", LoadedFixture.Get(current!, "Name"));
    }
}
