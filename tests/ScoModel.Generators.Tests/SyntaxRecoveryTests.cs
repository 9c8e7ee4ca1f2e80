using System.Globalization;
using Microsoft.CodeAnalysis;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// A data file with a YAML syntax error keeps the entries that can be read around it: the type's members are emitted,
/// so user code that names <c>All</c>, <c>Find</c> and the accessors of other entries compiles and the one SCO001 is
/// what the user sees, never a cascade of CS0117.
/// </summary>
public sealed class SyntaxRecoveryTests
{
    private const string Schema = """
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("languages.yml", FieldNames = FieldNaming.SnakeCase)]
        public sealed partial record Language
        {
            [EntityKey, Lookup] public required string Name { get; init; }
            public required long LanguageId { get; init; }
            public ImmutableArray<string> Extensions { get; init; }
        }

        public static class Uses
        {
            public static int Count => Language.All.Length;
            public static Language? Found => Language.Find("go");
            public static Language Before => Language.Ada;
            public static Language After => Language.Go;
        }
        """;

    [Fact]
    public void Entries_before_and_after_a_syntax_error_still_bind_and_user_code_compiles()
    {
        // Line 6: the flow list of Cobol is never closed; YamlDotNet stops at its last item.
        var output = Run("""
            Ada:
              language_id: 1
              extensions: [".adb", ".ads"]
            Cobol:
              language_id: 2
              extensions: [".cbl", ".cob"
            Go:
              language_id: 3
              extensions: [".go"]
            """);

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("SCO001", diagnostic.Id);
        Assert.Equal((6, 16), TestHelpers.Position(diagnostic));
        var errors = output.CompilationDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, TestHelpers.Format(errors));

        using var loaded = LoadedFixture.Compile(output);
        Assert.Equal(["Ada", "Go"], loaded.All("Fixture.Language").Select(l => (string)Get(l, "Name")!));
    }

    [Fact]
    public void An_unclosed_quote_loses_only_its_own_entry()
    {
        // The quote would run on into Go's lines; blanking Cobol out lets Go be read as written.
        var output = Run("""
            Ada:
              language_id: 1
            Cobol:
              language_id: "2
            Go:
              language_id: 3
            """, uses: false);

        TestHelpers.AssertNoGeneratorException(output);
        Assert.Equal(["SCO001"], output.GeneratorDiagnostics.Select(d => d.Id));
        using var loaded = LoadedFixture.Compile(output);
        Assert.Equal(["Ada", "Go"], loaded.All("Fixture.Language").Select(l => (string)Get(l, "Name")!));
    }

    [Fact]
    public void A_second_document_is_not_read_into_the_first()
    {
        var output = Run("Ada:\n  language_id: 1\nGo:\n  language_id: 3\n---\nRust:\n  language_id: 4\n", uses: false);

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(("SCO001", 5, 1), (diagnostic.Id, TestHelpers.Position(diagnostic).Line, TestHelpers.Position(diagnostic).Column));
        Assert.Contains("second one", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var loaded = LoadedFixture.Compile(output);
        Assert.Equal(["Ada", "Go"], loaded.All("Fixture.Language").Select(l => (string)Get(l, "Name")!));
    }

    [Fact]
    public void References_to_entries_lost_with_the_error_are_not_reported_one_by_one()
    {
        // Countries' third entry is broken; projects refer to it and to the others: SCO001 alone.
        var output = Fixture.Run(countries: Fixture.Countries + "- code: ESP\n  aliases: [Kingdom of Spain\n");

        Assert.Equal(["SCO001"], output.GeneratorDiagnostics.Select(d => d.Id).Distinct());
        var errors = output.CompilationDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, TestHelpers.Format(errors));
    }

    private static GeneratorOutput Run(string yaml, bool uses = true)
    {
        var schema = uses ? Schema : Schema.Substring(0, Schema.IndexOf("public static class Uses", StringComparison.Ordinal));
        return TestHelpers.RunGenerator([TestHelpers.ParseTree(schema, "Schema.cs")], [new InMemoryAdditionalText("data/languages.yml", yaml)]);
    }
}
