using System.Collections;
using Microsoft.CodeAnalysis;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Public datasets in their upstream form (TestData/datasets/, each with its origin, commit and licence) compiled with no
/// edit, queried through the generated API, and with planted mistakes reported at their line.
/// </summary>
public sealed class RealDatasetTests
{
    private const string LinguistSchema = """
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Linguist;

        public enum LanguageType { Data, Programming, Markup, Prose }

        /// <summary>A language GitHub knows, from linguist's languages.yml: a mapping keyed by name, fields in snake_case.</summary>
        [DataEntity("languages.yml", FieldNames = FieldNaming.SnakeCase, Accessors = false)]
        public sealed partial record Language
        {
            [EntityKey, Lookup] public required string Name { get; init; }
            public required LanguageType Type { get; init; }
            public string? Color { get; init; }
            [ReverseIndex("WithExtension")] public ImmutableArray<string> Extensions { get; init; }
            public ImmutableArray<string> Filenames { get; init; }
            public ImmutableArray<string> Aliases { get; init; }
            public ImmutableArray<string> Interpreters { get; init; }
            public required string TmScope { get; init; }
            public required string AceMode { get; init; }
            public string? CodemirrorMode { get; init; }
            public string? CodemirrorMimeType { get; init; }
            public required long LanguageId { get; init; }
            // A string, not a Language: linguist gives some languages their own name as group (Cairo: group: Cairo).
            public string? Group { get; init; }
            public bool Wrap { get; init; }
            public string? FsName { get; init; }
            public bool? Searchable { get; init; }
        }
        """;

    private static string Linguist => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "datasets", "linguist", "languages.yml"));

    [Fact]
    public void Linguist_languages_compile_unchanged_and_answer_queries()
    {
        var output = RunLinguist(Linguist);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var language = loaded.Type("Linguist.Language");
        var all = loaded.All("Linguist.Language");
        Assert.Equal(829, all.Length);
        var csharp = language.GetMethod("Find", [typeof(string)])!.Invoke(null, ["c#"])!;
        Assert.Equal(("C#", "source.cs", "Programming"), ((string)Get(csharp, "Name")!, (string)Get(csharp, "TmScope")!, Get(csharp, "Type")!.ToString()));
        Assert.Contains(".cs", ((IEnumerable)Get(csharp, "Extensions")!).Cast<string>());
        var jsonc = language.GetMethod("Find", [typeof(string)])!.Invoke(null, ["json with comments"])!;
        Assert.Equal("JSON", Get(jsonc, "Group"));
        Assert.Equal(829, all.Select(l => (long)Get(l, "LanguageId")!).Distinct().Count());
        var headers = ((IEnumerable)language.GetMethod("WithExtension")!.Invoke(null, [".h"])!).Cast<object>().Select(l => (string)Get(l, "Name")!).ToArray();
        Assert.Equal(["C", "C++", "Objective-C"], headers);
    }

    [Fact]
    public void Planted_mistakes_in_linguist_are_reported_at_their_line()
    {
        var lines = Linguist.Split('\n');
        var csharp = Array.IndexOf(lines, "C#:");
        var typeLine = Array.FindIndex(lines, csharp, l => l.StartsWith("  type: ", StringComparison.Ordinal));
        lines[typeLine] = "  type: programing";
        var id = Array.FindIndex(lines, csharp, l => l.StartsWith("  language_id: ", StringComparison.Ordinal));
        lines[id] = "  language_id: \"42\"";

        var output = RunLinguist(string.Join('\n', lines));

        var type = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO004" && d.GetMessage().Contains("programing", StringComparison.Ordinal));
        Assert.Equal((typeLine, 8), (type.Location.GetLineSpan().StartLinePosition.Line, type.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("did you mean 'programming'?", type.GetMessage(), StringComparison.Ordinal);
        var quoted = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO004" && d != type);
        Assert.Equal((id, 15), (quoted.Location.GetLineSpan().StartLinePosition.Line, quoted.Location.GetLineSpan().StartLinePosition.Character));
    }

    private const string KumaSchema = """
        using System;
        using ScoModel.Generators;

        namespace Kuma;

        public enum Edition { Kuma }

        /// <summary>A Kuma release line, from kuma's versions.yml: a list of records with camelCase fields.</summary>
        [DataEntity("versions.yml")]
        public sealed partial record ReleaseLine
        {
            [EntityKey] public required string Release { get; init; }
            public required Edition Edition { get; init; }
            [Lookup] public required string Version { get; init; }
            public DateOnly? ReleaseDate { get; init; }
            [NotBefore(nameof(ReleaseDate))] public DateOnly? EndOfLifeDate { get; init; }
            public required string Branch { get; init; }
            public bool Lts { get; init; }
            public bool Latest { get; init; }
            public int? ExtensionMonths { get; init; }
            public string? Label { get; init; }
        }
        """;

    private const string VendorSchema = """
        using ScoModel.Generators;

        namespace Linguist;

        /// <summary>A path pattern linguist treats as vendored code, from vendor.yml: a list of plain strings.</summary>
        [DataEntity("vendor.yml", Accessors = false)]
        public sealed partial record VendorPattern
        {
            [EntityKey] public required string Pattern { get; init; }
        }
        """;

    [Fact]
    public void Kuma_release_lines_compile_unchanged_and_answer_queries()
    {
        var output = TestHelpers.RunGenerator([TestHelpers.ParseTree(KumaSchema, "Kuma.cs")], [Dataset("kuma", "versions.yml")]);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var line = loaded.Type("Kuma.ReleaseLine");
        var all = loaded.All("Kuma.ReleaseLine");
        Assert.Equal(14, all.Length);
        var lts = all.Where(l => (bool)Get(l, "Lts")!).Select(l => (string)Get(l, "Release")!).ToArray();
        Assert.Equal(["2.7.x", "2.13.x"], lts);
        var latest = line.GetMethod("Find", [typeof(string)])!.Invoke(null, ["2.14.3"])!;
        Assert.Equal((true, new DateOnly(2026, 6, 12)), ((bool)Get(latest, "Latest")!, (DateOnly)Get(latest, "ReleaseDate")!));
        Assert.Null(Get(all[^1], "ReleaseDate"));
        Assert.Equal("dev", Get(all[^1], "Label"));
    }

    [Fact]
    public void Linguist_vendor_patterns_a_list_of_plain_strings_compile_unchanged()
    {
        var output = TestHelpers.RunGenerator([TestHelpers.ParseTree(VendorSchema, "Vendor.cs")], [Dataset("linguist", "vendor.yml")]);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var pattern = loaded.Type("Linguist.VendorPattern");
        var all = loaded.All("Linguist.VendorPattern").Select(p => (string)Get(p, "Pattern")!).ToArray();
        Assert.Equal(168, all.Length);
        Assert.Equal("(^|/)cache/", all[0]);
        object?[] found = ["^deps/", null];
        Assert.True((bool)pattern.GetMethod("TryGet")!.Invoke(null, found)!);
        Assert.Contains(all, p => System.Text.RegularExpressions.Regex.IsMatch("src/node_modules/x.js", p));
    }

    [Fact]
    public void Planted_mistakes_in_kuma_are_reported_at_their_line()
    {
        var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "datasets", "kuma", "versions.yml"))
            .Replace("  releaseDate: \"2023-06-23\"", "  releaseDate: \"2023-06-31\"", StringComparison.Ordinal)
            .Replace("  endOfLifeDate: \"2024-11-15\"", "  endOfLifeDate: \"2022-11-15\"", StringComparison.Ordinal);
        var lines = yaml.Split('\n');

        var output = TestHelpers.RunGenerator([TestHelpers.ParseTree(KumaSchema, "Kuma.cs")], [new InMemoryAdditionalText("/proj/data/versions.yml", yaml)]);

        var date = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO004");
        Assert.Equal(Array.IndexOf(lines, "  releaseDate: \"2023-06-31\""), date.Location.GetLineSpan().StartLinePosition.Line);
        var order = Assert.Single(output.GeneratorDiagnostics, d => d.Id == "SCO028");
        Assert.Equal(Array.IndexOf(lines, "  endOfLifeDate: \"2022-11-15\""), order.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static InMemoryAdditionalText Dataset(string folder, string file) =>
        new($"/proj/data/{file}", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "datasets", folder, file)));

    private static GeneratorOutput RunLinguist(string yaml) =>
        TestHelpers.RunGenerator([TestHelpers.ParseTree(LinguistSchema, "Linguist.cs")], [new InMemoryAdditionalText("/proj/data/languages.yml", yaml)]);

}
