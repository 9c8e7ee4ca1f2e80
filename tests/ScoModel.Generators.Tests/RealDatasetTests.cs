using System.Collections;
using Microsoft.CodeAnalysis;

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
            public ImmutableArray<string> Extensions { get; init; }
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
        var all = ((IEnumerable)language.GetProperty("All")!.GetValue(null)!).Cast<object>().ToArray();
        Assert.Equal(829, all.Length);
        var csharp = language.GetMethod("Find", [typeof(string)])!.Invoke(null, ["c#"])!;
        Assert.Equal(("C#", "source.cs", "Programming"), ((string)Get(csharp, "Name")!, (string)Get(csharp, "TmScope")!, Get(csharp, "Type")!.ToString()));
        Assert.Contains(".cs", ((IEnumerable)Get(csharp, "Extensions")!).Cast<string>());
        var jsonc = language.GetMethod("Find", [typeof(string)])!.Invoke(null, ["json with comments"])!;
        Assert.Equal("JSON", Get(jsonc, "Group"));
        Assert.Equal(829, all.Select(l => (long)Get(l, "LanguageId")!).Distinct().Count());
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

    private static GeneratorOutput RunLinguist(string yaml) =>
        TestHelpers.RunGenerator([TestHelpers.ParseTree(LinguistSchema, "Linguist.cs")], [new InMemoryAdditionalText("/proj/data/languages.yml", yaml)]);

    private static object? Get(object instance, string property) => instance.GetType().GetProperty(property)!.GetValue(instance);
}
