using System.Globalization;
using Microsoft.CodeAnalysis;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// YAML tags are honoured where they agree with the schema and reported where they do not (SCO032) or are not YAML's
/// own scalar and collection tags (SCO033): never silently ignored.
/// </summary>
public sealed class YamlTagTests
{
    private const string Schema = """
        using System;
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Fixture;

        public enum Size { Small, Large }

        [DataEntity("items.yaml")]
        public sealed partial record Item
        {
            [EntityKey] public required string Id { get; init; }
            public string? Label { get; init; }
            public int Count { get; init; }
            public double Weight { get; init; }
            public bool Ready { get; init; }
            public DateOnly? Since { get; init; }
            public Size Size { get; init; }
            public string? Note { get; init; }
            public ImmutableArray<int> Codes { get; init; }
            public Part? Part { get; init; }
        }

        public sealed record Part
        {
            public required string Name { get; init; }
        }
        """;

    [Fact]
    public void Tags_that_agree_with_the_schema_are_honoured()
    {
        var output = Run("""
            - id: !!str 42
              label: !!str 42
              count: !!int "7"
              weight: !!int 2
              ready: !!bool "true"
              since: !!timestamp 2020-01-02
              size: !!str large
              note: !!null
              codes: !!seq [1, !!int 2]
              part: !!map {name: ! x}
            - id: b
              label: ! 2018
              weight: !!float 1.5
            """);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Item");
        Assert.Equal(
            ("42", "42", 7, 2.0, true, new DateOnly(2020, 1, 2), "Large", (string?)null, 2),
            ((string)Get(all[0], "Id")!, (string?)Get(all[0], "Label"), (int)Get(all[0], "Count")!, (double)Get(all[0], "Weight")!, (bool)Get(all[0], "Ready")!,
             (DateOnly)Get(all[0], "Since")!, Get(all[0], "Size")!.ToString(), (string?)Get(all[0], "Note"), ((System.Collections.IEnumerable)Get(all[0], "Codes")!).Cast<int>().Last()));
        Assert.Equal(("2018", 1.5), ((string?)Get(all[1], "Label"), (double)Get(all[1], "Weight")!));
    }

    [Theory]
    [InlineData("count: !!str 42", 10, "'!!str' says the value is a string, but count holds a whole number; remove the tag")]
    [InlineData("count: !!str \"42\"", 10, "remove the tag and the quotes")]
    [InlineData("count: !!float 1.5", 10, "'!!float' says the value is a number, but count holds a whole number")]
    [InlineData("label: !!int 42", 10, "'!!int' says the value is a whole number, but label holds a string")]
    [InlineData("ready: !!int 1", 10, "but ready holds a boolean (true or false)")]
    [InlineData("size: !!bool true", 9, "but size holds a Size")]
    [InlineData("codes: !!map {a: 1}", 10, "'!!map' says the value is a mapping, but codes holds a list of whole number")]
    [InlineData("codes: [1, !!str 2]", 14, "'!!str' says the value is a string, but codes holds a whole number")]
    [InlineData("part: !!seq [x]", 9, "'!!seq' says the value is a list, but part holds a Part")]
    [InlineData("note: !!null text", 9, "'!!null' says the value is null")]
    public void A_tag_that_disagrees_is_SCO032_at_the_tag(string field, int column, string message)
    {
        var output = Run("- id: a\n  " + field + "\n");

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(("SCO032", 2, column), (diagnostic.Id, TestHelpers.Position(diagnostic).Line, TestHelpers.Position(diagnostic).Column));
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("note: !!binary R0lGODlh", 9, "'!!binary'", "note holds a string")]
    [InlineData("codes: !!set {1: ~}", 10, "'!!set'", "codes holds a list of whole number")]
    [InlineData("count: !custom 3", 10, "'!custom'", "count holds a whole number")]
    [InlineData("label: !<tag:example.com,2000:app/x> y", 10, "'tag:example.com,2000:app/x'", "label holds a string")]
    public void A_tag_the_generator_does_not_read_is_SCO033_naming_it_and_the_expected_type(string field, int column, string tag, string expected)
    {
        var output = Run("- id: a\n  " + field + "\n");

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal(("SCO033", 2, column), (diagnostic.Id, TestHelpers.Position(diagnostic).Line, TestHelpers.Position(diagnostic).Column));
        var text = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains(tag, text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    private static GeneratorOutput Run(string yaml) =>
        TestHelpers.RunGenerator([TestHelpers.ParseTree(Schema, "Schema.cs")], [new InMemoryAdditionalText("data/items.yaml", yaml)]);
}
