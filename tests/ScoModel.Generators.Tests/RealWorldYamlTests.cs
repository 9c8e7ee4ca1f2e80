using System.Collections;
using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Tests;

/// <summary>YAML as real datasets write it: other naming styles for field names, and per-property names.</summary>
public sealed class RealWorldYamlTests
{
    private const string Languages = """
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("languages.yaml", FieldNames = FieldNaming.SnakeCase)]
        public sealed partial record Language
        {
            [EntityKey] public required string Id { get; init; }
            public required string DisplayName { get; init; }
            public int? FirstAppeared { get; init; }
            [YamlName("tm_scope")] public string? TextMateScope { get; init; }
            public ImmutableArray<Release> Releases { get; init; }
        }

        public sealed record Release
        {
            public required string VersionName { get; init; }
            public bool IsStable { get; init; }
        }
        """;

    [Fact]
    public void Snake_case_field_names_bind_through_the_naming_policy_and_YamlName()
    {
        var output = Run(Languages, """
            - id: csharp
              display_name: C#
              first_appeared: 2000
              tm_scope: source.cs
              releases:
                - version_name: "12"
                  is_stable: true
            - id: fsharp
              display_name: F#
            """);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = ((IEnumerable)loaded.Type("Fixture.Language").GetProperty("All")!.GetValue(null)!).Cast<object>().ToArray();
        Assert.Equal(["C#", "F#"], all.Select(l => (string)Get(l, "DisplayName")!));
        Assert.Equal(2000, Get(all[0], "FirstAppeared"));
        Assert.Equal("source.cs", Get(all[0], "TextMateScope"));
        var release = ((IEnumerable)Get(all[0], "Releases")!).Cast<object>().Single();
        Assert.Equal(("12", true), ((string)Get(release, "VersionName")!, (bool)Get(release, "IsStable")!));
    }

    [Fact]
    public void A_field_in_the_wrong_style_is_unknown_and_the_policy_spelling_is_suggested()
    {
        var output = Run(Languages, """
            - id: csharp
              displayName: C#
            """);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO002");
        Assert.Contains("did you mean 'display_name'?", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Two_properties_spelled_alike_in_the_data_file_are_a_schema_error()
    {
        var output = Run("""
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("items.yaml", FieldNames = FieldNaming.KebabCase)]
            public sealed partial record Item
            {
                [EntityKey] public required string Id { get; init; }
                public string? ShortName { get; init; }
                [YamlName("short-name")] public string? Abbreviation { get; init; }
            }
            """, "- id: a\n", "items.yaml");

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.GetMessage().Contains("are both written 'short-name'", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    private static GeneratorOutput Run(string schema, string yaml, string file = "languages.yaml") =>
        TestHelpers.RunGenerator([TestHelpers.ParseTree(schema, "Schema.cs")], [new InMemoryAdditionalText($"data/{file}", yaml)]);

    private static object? Get(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance);
}
