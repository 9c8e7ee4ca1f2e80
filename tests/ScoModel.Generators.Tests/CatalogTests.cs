using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace ScoModel.Generators.Tests;

/// <summary>
/// The catalogue that <c>[EntityCatalog]</c> on an interface asks for: the <c>[DataEntity]</c> types that implement it,
/// in <c>[CatalogOrder]</c> order, as an enum of kinds and a class whose <c>Find</c> and <c>All</c> span them. Types that
/// do not implement the interface stay out, and nothing about the catalogue reads YAML.
/// </summary>
public class CatalogTests
{
    private const string TagsPath = "/proj/data/tags.yaml";

    // The fixture's two types join the catalogue from a second partial declaration, Project first by its order;
    // Tag is a data entity that does not implement the interface.
    private const string Catalog = """
        using ScoModel.Generators;

        namespace Fixture;

        /// <summary>An entry of any kind.</summary>
        [EntityCatalog("Entries", "EntryKind")]
        public interface IEntry
        {
            /// <summary>What kind of entry it is.</summary>
            EntryKind Kind { get; }
        }

        [CatalogOrder(20)]
        public sealed partial record Country : IEntry
        {
            /// <inheritdoc/>
            public EntryKind Kind => EntryKind.Country;
        }

        [CatalogOrder(10)]
        public sealed partial record Project : IEntry
        {
            /// <inheritdoc/>
            public EntryKind Kind => EntryKind.Project;
        }

        /// <summary>A tag, outside the catalogue.</summary>
        [DataEntity("tags.yaml")]
        public sealed partial record Tag
        {
            /// <summary>The key.</summary>
            [EntityKey]
            public required string Id { get; init; }
        }

        internal static class Probe
        {
            public static IEntry? India => Entries.Find("india");

            public static int Count => Entries.All.Length + Entries.KindCount;
        }
        """;

    [Fact]
    public void ListsTheImplementingTypesByOrderAndCompiles()
    {
        var output = Run();

        TestHelpers.AssertCompilesCleanly(output);
        var source = output.Source("Fixture.Entries.g.cs");
        Assert.True(source.IndexOf("    Project,", StringComparison.Ordinal) < source.IndexOf("    Country,", StringComparison.Ordinal), source);
        Assert.DoesNotContain("Tag", source, StringComparison.Ordinal);
        Snapshot.Verify([new GeneratedFile("Fixture.Entries.g.cs", source)]);
    }

    [Fact]
    public void WithoutTheAttributeWritesNoCatalogue()
    {
        var output = Fixture.Run();

        Assert.DoesNotContain(output.Sources, s => s.HintName.EndsWith("Entries.g.cs", StringComparison.Ordinal));
        Assert.Empty(TestHelpers.OutputReasons(output.RunResult, TrackingNames.Catalogs));
    }

    [Fact]
    public void AYamlEditLeavesTheCatalogueCached()
    {
        var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree(), TestHelpers.ParseTree(Catalog, "/proj/Catalog.cs")]);
        var countries = Fixture.CountriesText();
        var driver = TestHelpers.CreateDriver([countries, Fixture.ProjectsText(), Tags()])
            .RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = driver
            .ReplaceAdditionalText(countries, Fixture.CountriesText(Fixture.Countries.Replace("India", "Hindustan", StringComparison.Ordinal)))
            .RunGenerators(compilation, TestContext.Current.CancellationToken)
            .GetRunResult();

        // The declarations were read again for the new run but came out equal: nothing downstream of them runs.
        Assert.All(TestHelpers.OutputReasons(edited, TrackingNames.Catalogs), r => Assert.True(r is Cached or Unchanged, r.ToString()));
        Assert.All(TestHelpers.OutputReasons(edited, TrackingNames.CatalogMembers), r => Assert.True(r is Cached or Unchanged, r.ToString()));
        Assert.NotEmpty(TestHelpers.OutputReasons(edited, TrackingNames.CatalogMembers));
        TestHelpers.AssertNoCompilationObjectsInPipeline(edited);
    }

    private static InMemoryAdditionalText Tags() => new(TagsPath, "- id: alpha\n- id: beta\n");

    private static GeneratorOutput Run() =>
        TestHelpers.RunGenerator(
            [Fixture.SchemaTree(), TestHelpers.ParseTree(Catalog, "/proj/Catalog.cs")],
            [Fixture.CountriesText(), Fixture.ProjectsText(), Tags()]);
}
