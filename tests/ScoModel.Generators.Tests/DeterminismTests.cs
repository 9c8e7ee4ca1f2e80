using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Same input, same output, byte for byte, whatever order the compiler hands over the additional
/// files (or the syntax trees) in: MSBuild promises no order, and a build that differs between
/// machines defeats caches and reproducible packages.
/// </summary>
public class DeterminismTests
{
    private const int Seed = 20250601;

    /// <summary>
    /// Data files from two folders, one entity's entries split over two files, an unrelated YAML file,
    /// and mistakes in three of them, so that both sources and diagnostics come from every file.
    /// </summary>
    private static readonly InMemoryAdditionalText[] Files =
    [
        Fixture.CountriesText(Fixture.Countries + "- code: KGZ\n  name: Kirghizia\n"),
        Fixture.ProjectsText(Fixture.Projects.Replace("lead: KGZ", "lead: KZG").Replace("  note: Funded in two tranches.\n", string.Empty)),
        new("/proj/extra/more/countries.yaml", "- code: ESP\n  name: Spain\n  aliases: [Espana, Reino de Espana]\n- code: PRT\n  name: Portugal\n"),
        new("/proj/data/notes.yml", "title: [unclosed\n"),
        new("/proj/data/Countries.YAML", "# Another file the Country entity reads (file names match ignoring case)\n- code: ITA\n  name: Italy\n"),
    ];

    [Fact]
    public void AdditionalFileOrderDoesNotChangeTheOutput()
    {
        var compilation = TestHelpers.CreateCompilation([Fixture.SchemaTree()]);
        var baseline = Snapshot(compilation, Files);
        Assert.Contains(baseline.Sources, s => s.HintName == "Fixture.Country.g.cs" && s.Source.Contains("Portugal", StringComparison.Ordinal));
        Assert.Equal(3, baseline.Diagnostics.Select(d => d.Split(':')[0]).Distinct().Count());

        var random = new Random(Seed);
        for (var i = 0; i < 12; i++)
        {
            var order = Files.OrderBy(_ => random.Next()).ToArray();
            var shuffled = Snapshot(compilation, order);

            var description = string.Join(", ", order.Select(f => f.Path));
            Assert.True(baseline.Sources.SequenceEqual(shuffled.Sources), $"Sources differ for the order {description}");
            Assert.True(baseline.Diagnostics.SequenceEqual(shuffled.Diagnostics), $"Diagnostics differ for the order {description}:\n{string.Join("\n", shuffled.Diagnostics)}\nbut first:\n{string.Join("\n", baseline.Diagnostics)}");
        }
    }

    [Fact]
    public void SyntaxTreeOrderDoesNotChangeTheOutput()
    {
        // The fixture's declarations split over files, handed over in every order.
        var parts = SplitSchema();
        var baseline = Snapshot(TestHelpers.CreateCompilation(parts), Files);
        foreach (var order in Permutations(parts))
        {
            var shuffled = Snapshot(TestHelpers.CreateCompilation(order), Files);

            var description = string.Join(", ", order.Select(t => t.FilePath));
            Assert.True(baseline.Sources.SequenceEqual(shuffled.Sources), $"Sources differ for the order {description}");
            Assert.True(baseline.Diagnostics.SequenceEqual(shuffled.Diagnostics), $"Diagnostics differ for the order {description}:\n{string.Join("\n", shuffled.Diagnostics)}\nbut first:\n{string.Join("\n", baseline.Diagnostics)}");
        }
    }

    [Fact]
    public void RepeatedRunsAreByteIdentical()
    {
        // Fresh drivers and compilations each time: nothing may depend on hashing order or the clock.
        var first = Snapshot(TestHelpers.CreateCompilation([Fixture.SchemaTree()]), Files);
        for (var i = 0; i < 3; i++)
        {
            var again = Snapshot(TestHelpers.CreateCompilation([Fixture.SchemaTree()]), Files);
            Assert.Equal(first.Sources, again.Sources);
            Assert.Equal(first.Diagnostics, again.Diagnostics);
        }
    }

    private static SyntaxTree[] SplitSchema()
    {
        var schema = Fixture.Schema;
        var header = "using System;\nusing System.Collections.Immutable;\nusing ScoModel.Generators;\n\nnamespace Fixture;\n\n";
        var country = schema.IndexOf("/// <summary>A country.</summary>", StringComparison.Ordinal);
        var project = schema.IndexOf("/// <summary>A project run by countries.</summary>", StringComparison.Ordinal);
        var milestone = schema.IndexOf("/// <summary>A milestone of a project.</summary>", StringComparison.Ordinal);
        var enumStart = schema.IndexOf("/// <summary>How far a project has got.</summary>", StringComparison.Ordinal);
        return
        [
            TestHelpers.ParseTree(header + schema[enumStart..country], "/proj/ProjectStatus.cs"),
            TestHelpers.ParseTree(header + schema[country..project], "/proj/Country.cs"),
            TestHelpers.ParseTree(header + schema[project..milestone], "/proj/Project.cs"),
            TestHelpers.ParseTree(header + schema[milestone..], "/proj/Milestone.cs"),
        ];
    }

    private static IEnumerable<T[]> Permutations<T>(T[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    private static RunSnapshot Snapshot(Compilation compilation, IEnumerable<AdditionalText> files)
    {
        var output = TestHelpers.RunGenerator(compilation, TestHelpers.CreateDriver(files));
        TestHelpers.AssertNoGeneratorException(output);
        var sources = output.RunResult.Results[0].GeneratedSources
            .Select(s => new SourceBytes(s.HintName, s.SourceText.ToString(), Convert.ToHexString(s.SourceText.GetChecksum().AsSpan()), s.SourceText.Encoding?.WebName))
            .ToList();
        var diagnostics = output.GeneratorDiagnostics.Select(d => $"{d.Location.GetLineSpan()}: {d.Severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").ToList();
        return new RunSnapshot(sources, diagnostics);
    }

    private sealed record SourceBytes(string HintName, string Source, string Checksum, string? Encoding);

    private sealed record RunSnapshot(List<SourceBytes> Sources, List<string> Diagnostics);
}
