using System.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>YAML as real datasets write it: other naming styles for field names, per-property names, entries by key and lists of bare keys.</summary>
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
        var all = loaded.All("Fixture.Language");
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

    private const string Tags = """
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("tags.yaml")]
        public sealed partial record Tag
        {
            [EntityKey] public required string Name { get; init; }
            public string? Colour { get; init; }
        }
        """;

    [Fact]
    public void A_mapping_of_entries_by_key_fills_the_key_field_from_each_key()
    {
        var output = Run(Languages, """
            csharp:
              display_name: C#
              first_appeared: 2000
            fsharp:
              display_name: F#
            """);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Language");
        Assert.Equal(["csharp", "fsharp"], all.Select(l => (string)Get(l, "Id")!));
        Assert.Equal(["C#", "F#"], all.Select(l => (string)Get(l, "DisplayName")!));
    }

    [Fact]
    public void A_list_of_plain_values_is_a_list_of_keys_when_only_the_key_is_required()
    {
        var output = Run(Tags, """
            - defence
            - name: security
              colour: red
            - cyber
            """, "tags.yaml");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Tag");
        Assert.Equal(["defence", "security", "cyber"], all.Select(t => (string)Get(t, "Name")!));
        Assert.Equal("red", Get(all[1], "Colour"));

        var byKey = Run(Tags, "defence:\ncyber:\n  colour: blue\n", "tags.yaml");
        TestHelpers.AssertCompilesCleanly(byKey);
    }

    [Fact]
    public void Shapes_that_cannot_hold_the_required_fields_are_located_errors()
    {
        var plain = Run(Languages, "- csharp\n");
        var scalarValue = Run(Languages, "csharp: C#\n");
        var twice = Run(Languages, "csharp:\n  id: csharp\n  display_name: C#\n");
        var duplicate = Run(Tags, "- defence\n- defence\n", "tags.yaml");

        Assert.Contains(plain.GeneratorDiagnostics, d => d.Id == "SCO004" && d.Location.GetLineSpan().StartLinePosition.Line == 0);
        Assert.Contains(scalarValue.GeneratorDiagnostics, d => d.Id == "SCO004" && d.GetMessage().Contains("followed by the entry's fields", StringComparison.Ordinal));
        Assert.Contains(twice.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().StartLinePosition.Line == 1);
        Assert.Contains(duplicate.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().StartLinePosition.Line == 1);
    }

    private const string Tasks = """
        using ScoModel.Generators;

        namespace Fixture;

        public enum Stage { NotStarted, InProgress, Done }

        [DataEntity("tasks.yaml")]
        public sealed partial record Task
        {
            [EntityKey] public required string Id { get; init; }
            public required Stage Stage { get; init; }
            public int? Points { get; init; }
            public bool Urgent { get; init; }
        }
        """;

    [Theory]
    [InlineData("in-progress")]
    [InlineData("InProgress")]
    [InlineData("in_progress")]
    [InlineData("IN PROGRESS")]
    public void Enum_values_may_be_spelled_as_members_or_in_any_case_and_separator(string spelling)
    {
        var output = Run(Tasks, $"- id: a\n  stage: {spelling}\n", "tasks.yaml");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        Assert.Equal("InProgress", Get(loaded.All("Fixture.Task").Single(), "Stage")!.ToString());
    }

    [Theory]
    [InlineData("  stage: started\n", "'started' is not a valid")]
    [InlineData("  stage: done\n  points: \"42\"\n", "it is quoted, so YAML reads it as text: write 42 without quotes, or set QuotedScalars = true on [DataEntity]")]
    [InlineData("  stage: done\n  urgent: 'true'\n", "it is quoted, so YAML reads it as text")]
    [InlineData("  stage: done\n  points: 3000000000\n", "outside the range of int (-2147483648 to 2147483647): declare the property long")]
    public void Values_of_the_wrong_kind_say_why_at_their_line(string fields, string expected)
    {
        var output = Run(Tasks, "- id: a\n" + fields, "tasks.yaml");

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO004");
        Assert.Contains(expected, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(fields.Split('\n').Length - 1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void QuotedScalars_lets_quoted_numbers_and_booleans_bind_in_the_entity_and_its_nested_records()
    {
        const string schema = """
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("exports.yaml", QuotedScalars = true)]
            public sealed partial record Export
            {
                [EntityKey] public required string Id { get; init; }
                public int Count { get; init; }
                public decimal Price { get; init; }
                public bool Active { get; init; }
                public ImmutableArray<Line> Lines { get; init; }
            }

            public sealed record Line
            {
                public required long Quantity { get; init; }
            }
            """;
        var output = Run(schema, "- id: \"a\"\n  count: \"42\"\n  price: '1.50'\n  active: \"true\"\n  lines:\n    - quantity: \"7\"\n", "exports.yaml");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var export = loaded.All("Fixture.Export").Single();
        var line = ((System.Collections.IEnumerable)Get(export, "Lines")!).Cast<object>().Single();
        Assert.Equal((42, 1.50m, true, 7L), ((int)Get(export, "Count")!, (decimal)Get(export, "Price")!, (bool)Get(export, "Active")!, (long)Get(line, "Quantity")!));

        // Still checked as numbers: a quoted word is not one, at its line.
        var wrong = Run(schema, "- id: a\n  count: \"many\"\n", "exports.yaml");
        var diagnostic = Assert.Single(wrong.GeneratorDiagnostics);
        Assert.Equal(("SCO004", 1, 9), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void An_assembly_naming_policy_spells_every_entity_and_enum_unless_an_entity_sets_its_own()
    {
        const string schema = """
            using ScoModel.Generators;

            [assembly: DataNaming(FieldNaming.SnakeCase)]

            namespace Fixture;

            public enum Stage { NotStarted, InProgress }

            public sealed record Owner
            {
                public required string FullName { get; init; }
            }

            [DataEntity("jobs.yaml")]
            public sealed partial record Job
            {
                [EntityKey] public required string JobId { get; init; }
                public required Stage CurrentStage { get; init; }
                public Owner? MainOwner { get; init; }
            }

            [DataEntity("runs.yaml", FieldNames = FieldNaming.KebabCase)]
            public sealed partial record Run
            {
                [EntityKey] public required string RunId { get; init; }
                public Stage LastStage { get; init; }
            }
            """;
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "Schema.cs")],
            [
                new InMemoryAdditionalText("data/jobs.yaml", "- job_id: a\n  current_stage: in_progress\n  main_owner:\n    full_name: Ada\n"),
                new InMemoryAdditionalText("data/runs.yaml", "- run-id: r1\n  last-stage: NOT_STARTED\n"),
            ]);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var job = loaded.All("Fixture.Job").Single();
        Assert.Equal(("InProgress", "Ada"), (Get(job, "CurrentStage")!.ToString(), (string)Get(Get(job, "MainOwner")!, "FullName")!));
        Assert.Equal("NotStarted", Get(loaded.All("Fixture.Run").Single(), "LastStage")!.ToString());

        // Enum values are spelled by the assembly's policy, for the generated YamlNames (and the JSON Schemas) too.
        var stage = loaded.Type("Fixture.Stage");
        var of = loaded.Type("ScoModel.Generators.YamlNames").GetMethod("Of", [stage])!;
        Assert.Equal("in_progress", of.Invoke(null, [Enum.Parse(stage, "InProgress")]));

        // A camelCase field in the snake_case entity is unknown, at its line and column.
        var wrong = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "Schema.cs")],
            [new InMemoryAdditionalText("data/jobs.yaml", "- job_id: a\n  currentStage: in_progress\n"), new InMemoryAdditionalText("data/runs.yaml", "[]\n")]);
        var unknown = Assert.Single(wrong.GeneratorDiagnostics, d => d.Id == "SCO002");
        Assert.Equal((1, 2), (unknown.Location.GetLineSpan().StartLinePosition.Line, unknown.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("did you mean 'current_stage'?", unknown.GetMessage(), StringComparison.Ordinal);
    }

    private const string Family = """
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("family.yaml")]
        public sealed partial record Lang
        {
            [EntityKey] public required string Id { get; init; }
            [ReverseIndex("ChildrenOf")] public Lang? Parent { get; init; }
            public ImmutableArray<Lang> InfluencedBy { get; init; }
        }
        """;

    [Fact]
    public void An_entity_may_refer_to_its_own_type_even_to_entries_later_in_the_file()
    {
        var output = Run(Family, """
            - id: csharp
              parent: c
              influenced_by: [java, cpp]
            - id: cpp
              parent: c
            - id: java
              influenced_by: [cpp]
            - id: c
            """.Replace("influenced_by", "influencedBy", StringComparison.Ordinal), "family.yaml");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var lang = loaded.Type("Fixture.Lang");
        var all = loaded.All("Fixture.Lang");
        Assert.Equal(["csharp", "cpp", "java", "c"], all.Select(l => (string)Get(l, "Id")!));
        Assert.Same(all[3], Get(all[0], "Parent"));
        Assert.Equal(["java", "cpp"], ((IEnumerable)Get(all[0], "InfluencedBy")!).Cast<object>().Select(l => (string)Get(l, "Id")!));
        var children = (IEnumerable)lang.GetMethod("ChildrenOf")!.Invoke(null, [all[3]])!;
        Assert.Equal(["csharp", "cpp"], children.Cast<object>().Select(l => (string)Get(l, "Id")!));
    }

    [Fact]
    public void Entries_that_refer_to_each_other_in_a_cycle_are_reported_at_the_entry()
    {
        var output = Run(Family, "- id: a\n  parent: b\n- id: b\n  parent: a\n", "family.yaml");

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.GetMessage().Contains("refer to each other", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(diagnostic.Location.GetLineSpan().StartLinePosition.Line, (int[])[0, 2]);

        var itself = Run(Family, "- id: a\n- id: b\n  parent: b\n", "family.yaml");
        var self = Assert.Single(itself.GeneratorDiagnostics);
        Assert.Equal((2, "Lang 'b' refers to itself"), (self.Location.GetLineSpan().StartLinePosition.Line + 1, self.GetMessage()[..25]));
    }

    [Fact]
    public void Without_accessors_names_that_collide_as_CSharp_names_compile()
    {
        var output = Run("""
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("names.yaml", Accessors = false)]
            public sealed partial record Name
            {
                [EntityKey, Lookup] public required string Id { get; init; }
            }
            """, "- C\n- C#\n- C++\n- Entry0\n", "names.yaml");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var type = loaded.Type("Fixture.Name");
        var all = loaded.All("Fixture.Name");
        Assert.Equal(["C", "C#", "C++", "Entry0"], all.Select(n => (string)Get(n, "Id")!));
        Assert.Same(all[1], type.GetMethod("Find", [typeof(string)])!.Invoke(null, ["c#"]));
        Assert.Empty(type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static));
    }

    private static string TagsAt(string dataFile) => Tags.Replace("\"tags.yaml\"", $"\"{dataFile}\"", StringComparison.Ordinal);

    [Theory]
    [InlineData("tags/*.yaml")]
    [InlineData("data/**/tags/*.yaml")]
    [InlineData("tags/")]
    public void A_glob_or_a_folder_reads_every_matching_file_in_path_order(string dataFile)
    {
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(TagsAt(dataFile), "Schema.cs")],
            [
                new InMemoryAdditionalText("/proj/data/tags/b.yaml", "- beta\n"),
                new InMemoryAdditionalText("/proj/data/tags/a.yaml", "- alpha\n"),
                new InMemoryAdditionalText("/proj/data/other.yaml", "- other: 1\n"),
            ]);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        Assert.Equal(["alpha", "beta"], loaded.All("Fixture.Tag").Select(t => (string)Get(t, "Name")!));
    }

    [Fact]
    public void A_key_repeated_across_files_names_both_paths()
    {
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(TagsAt("tags/*.yaml"), "Schema.cs")],
            [new InMemoryAdditionalText("/proj/data/tags/a.yaml", "- alpha\n"), new InMemoryAdditionalText("/proj/data/tags/b.yaml", "- beta\n- alpha\n")]);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO005");
        Assert.Equal("/proj/data/tags/b.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("/proj/data/tags/a.yaml line 1", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reverse_index_over_string_and_enum_values_returns_every_entry_with_the_value()
    {
        var output = Run("""
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Fixture;

            public enum Paradigm { Procedural, ObjectOriented, Functional }

            [DataEntity("langs.yaml", Accessors = false)]
            public sealed partial record Lang
            {
                [EntityKey] public required string Name { get; init; }
                [ReverseIndex("WithExtension")] public ImmutableArray<string> Extensions { get; init; }
                [ReverseIndex("WithParadigm")] public Paradigm? Paradigm { get; init; }
            }
            """, """
            C: { extensions: [.c, .h], paradigm: procedural }
            C++: { extensions: [.cpp, .h, .hpp], paradigm: object-oriented }
            Objective-C: { extensions: [.m, .h], paradigm: object-oriented }
            F#: { extensions: [.fs], paradigm: functional }
            """, "langs.yaml");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var lang = loaded.Type("Fixture.Lang");
        string[] Names(object? entries) => ((IEnumerable)entries!).Cast<object>().Select(l => (string)Get(l, "Name")!).ToArray();
        var withExtension = lang.GetMethod("WithExtension")!;
        Assert.Equal(["C", "C++", "Objective-C"], Names(withExtension.Invoke(null, [".h"])));
        Assert.Equal(["F#"], Names(withExtension.Invoke(null, [".fs"])));
        Assert.Empty(Names(withExtension.Invoke(null, [".H"])));
        Assert.Empty(Names(withExtension.Invoke(null, [null])));
        var paradigm = loaded.Type("Fixture.Paradigm");
        Assert.Equal(["C++", "Objective-C"], Names(lang.GetMethod("WithParadigm")!.Invoke(null, [Enum.Parse(paradigm, "ObjectOriented")])));
    }

    [Fact]
    public void YamlName_on_an_enum_member_is_its_spelling_for_the_binder_and_the_JSON_Schema()
    {
        var output = Run("""
            using ScoModel.Generators;

            namespace Fixture;

            public enum Licence { [YamlName("MIT")] Mit, [YamlName("Apache-2.0")] Apache2 }

            [DataEntity("packages.yaml")]
            public sealed partial record Package
            {
                [EntityKey] public required string Id { get; init; }
                public required Licence Licence { get; init; }
            }
            """, "- id: a\n  licence: Apache-2.0\n- id: b\n  licence: MIT\n", "packages.yaml");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        Assert.Equal(["Apache2", "Mit"], loaded.All("Fixture.Package").Select(p => Get(p, "Licence")!.ToString()));

        var withSchemas = TestHelpers.RunGenerator(
            output.OutputCompilation.RemoveAllSyntaxTrees().AddSyntaxTrees(output.OutputCompilation.SyntaxTrees.First()),
            CSharpGeneratorDriver.Create([new DatasetGenerator().AsSourceGenerator()], [new InMemoryAdditionalText("data/packages.yaml", "- id: a\n  licence: MIT\n")], TestHelpers.ParseOptions, JsonSchemas.SchemaOptions.Requested, TestHelpers.DriverOptions));
        var schema = JsonSchemas.GeneratedSchema.Json(withSchemas.Sources.Single(s => s.HintName.EndsWith(".schema.json.g.cs", StringComparison.Ordinal)).Source);
        Assert.Contains("\"enum\": [\n            \"MIT\",\n            \"Apache-2.0\"", schema.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static GeneratorOutput Run(string schema, string yaml, string file = "languages.yaml") =>
        TestHelpers.RunGenerator([TestHelpers.ParseTree(schema, "Schema.cs")], [new InMemoryAdditionalText($"data/{file}", yaml)]);
}
