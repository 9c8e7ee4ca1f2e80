using System.Collections;
using System.Globalization;
using Microsoft.CodeAnalysis;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// YAML 1.1 merge keys (<c>&lt;&lt;: *defaults</c>, https://yaml.org/type/merge.html), as datasets that write shared
/// fields once use them: merged pairs bind like written ones, written keys win, a bad merge value is a located SCO001.
/// </summary>
public sealed class MergeKeyTests
{
    private const string Releases = """
        using System;
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Fixture;

        public enum Channel { Stable, Preview }

        [DataEntity("releases.yaml", FieldNames = FieldNaming.SnakeCase)]
        public sealed partial record Release
        {
            [EntityKey] public required string Version { get; init; }
            public required Channel Channel { get; init; }
            public required DateOnly Released { get; init; }
            public bool Lts { get; init; }
            public int? SupportMonths { get; init; }
            public ImmutableArray<Download> Downloads { get; init; }
        }

        public sealed record Download
        {
            public required string Os { get; init; }
            public required string Arch { get; init; }
            public string? Format { get; init; }
        }
        """;

    /// <summary>Anchors in the entries themselves, merged as a mapping, an alias and a list of aliases, at two depths.</summary>
    private const string ReleasesYaml = """
        # Releases, with shared fields written once.
        - version: "8.0"
          channel: stable
          released: 2023-11-14
          <<: &lts
            lts: true
            support_months: 36
          downloads:
            - &linux
              os: linux
              arch: x64
              format: tar.gz
            - <<: *linux
              arch: arm64
        - &preview
          version: "9.0-rc1"
          channel: preview
          released: 2024-09-10
          support_months: 1
        - <<: [*lts, *preview]
          version: "9.0-rc2"
          released: 2024-10-08
        - support_months: 6
          <<: *preview
          version: "9.0-rc3"
          released: 2024-11-01
        """;

    [Fact]
    public void Merged_pairs_bind_like_written_ones_and_written_keys_win()
    {
        var output = Run(ReleasesYaml);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Release");
        Assert.Equal(["8.0", "9.0-rc1", "9.0-rc2", "9.0-rc3"], all.Select(r => (string)Get(r, "Version")!));

        // A mapping merged in place.
        Assert.Equal((true, 36), ((bool)Get(all[0], "Lts")!, (int?)Get(all[0], "SupportMonths")));

        // A nested record: the alias's pairs, with the key written beside the merge key winning.
        var downloads = ((IEnumerable)Get(all[0], "Downloads")!).Cast<object>().Select(d => $"{Get(d, "Os")}/{Get(d, "Arch")}/{Get(d, "Format")}");
        Assert.Equal(["linux/x64/tar.gz", "linux/arm64/tar.gz"], downloads);

        // A list: of two merged mappings the earlier wins (support_months 36, not 1); written keys win over both.
        Assert.Equal(
            ("Preview", true, 36, new DateOnly(2024, 10, 8)),
            (Get(all[2], "Channel")!.ToString(), (bool)Get(all[2], "Lts")!, (int?)Get(all[2], "SupportMonths"), (DateOnly)Get(all[2], "Released")!));

        // A key written before the merge key wins too.
        Assert.Equal(("Preview", false, 6), (Get(all[3], "Channel")!.ToString(), (bool)Get(all[3], "Lts")!, (int?)Get(all[3], "SupportMonths")));
    }

    [Fact]
    public void Merge_keys_work_in_a_mapping_of_entries_by_key()
    {
        var output = Run("""
            "8.0": &stable
              channel: stable
              released: 2023-11-14
            "8.1":
              <<: *stable
              released: 2024-02-13
            """);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Release");
        Assert.Equal(["8.0", "8.1"], all.Select(r => (string)Get(r, "Version")!));
        Assert.Equal(("Stable", new DateOnly(2024, 2, 13)), (Get(all[1], "Channel")!.ToString(), (DateOnly)Get(all[1], "Released")!));
    }

    [Fact]
    public void A_mistake_in_merged_fields_is_reported_where_it_is_written()
    {
        // Line 17, column 12: the anchored mapping's bad enum value, which the second entry inherits.
        var output = Run(ReleasesYaml.Replace("  channel: preview", "  channel: nightly", StringComparison.Ordinal));

        TestHelpers.AssertNoGeneratorException(output);
        var errors = output.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, d => Assert.Equal((17, 12), TestHelpers.Position(d)));
    }

    [Theory]
    [InlineData("- <<: defaults\n  version: \"1\"\n", 1, 7, "takes a mapping")]
    [InlineData("- <<:\n  version: \"1\"\n", 1, 3, "takes a mapping")]
    [InlineData("- <<: ~\n  version: \"1\"\n", 1, 7, "takes a mapping")]
    [InlineData("- version: &v \"1\"\n- <<: *v\n", 2, 7, "takes a mapping")]
    [InlineData("- &a {channel: stable}\n- <<: [*a, plain]\n  version: \"2\"\n", 2, 12, "each item of the merge key's list")]
    [InlineData("- &a {channel: stable}\n- <<: *a\n  version: \"2\"\n  <<: *a\n", 4, 3, "one merge key")]
    public void A_bad_merge_value_is_SCO001_at_the_value(string yaml, int line, int column, string message)
    {
        var output = Run(yaml);

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO001");
        Assert.Equal((line, column), TestHelpers.Position(diagnostic));
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_merge_key_is_an_ordinary_key()
    {
        var output = Run("- version: \"1\"\n  channel: stable\n  released: 2020-01-01\n  \"<<\": {lts: true}\n");

        TestHelpers.AssertNoGeneratorException(output);
        Assert.DoesNotContain(output.GeneratorDiagnostics, d => d.Id == "SCO001");
        Assert.Contains(output.GeneratorDiagnostics, d => d.Id == "SCO002" && TestHelpers.Position(d) == (4, 3));
    }

    private static GeneratorOutput Run(string yaml) =>
        TestHelpers.RunGenerator([TestHelpers.ParseTree(Releases, "Schema.cs")], [new InMemoryAdditionalText("data/releases.yaml", yaml)]);
}
