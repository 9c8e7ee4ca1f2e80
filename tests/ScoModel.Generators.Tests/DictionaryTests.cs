using System.Collections;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScoModel.Generators.Tests.JsonSchemas;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Dictionaries of values (<c>ImmutableDictionary&lt;string, T&gt;</c>, <c>IReadOnlyDictionary&lt;string, T&gt;</c>) bound
/// from YAML mappings: the values read back through the generated assembly, each mistake reported where it stands,
/// and the editors' JSON Schema.
/// </summary>
public class DictionaryTests
{
    private const string Schema = """
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Atlas;

        public enum Rank { Capital, Regional }

        [DataEntity("countries.yaml")]
        public sealed partial record Country
        {
            [EntityKey] public required string Id { get; init; }
        }

        [DataEntity("cities.yaml")]
        public sealed partial record City
        {
            [EntityKey] public required string Id { get; init; }

            /// <summary>The city's name in each language.</summary>
            public IReadOnlyDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

            public ImmutableDictionary<string, int> Population { get; init; } = ImmutableDictionary<string, int>.Empty;

            [NotEmpty] public IReadOnlyDictionary<string, Rank>? Ranks { get; init; }

            public ImmutableDictionary<string, Country>? Twins { get; init; }
        }
        """;

    private const string Countries = "- id: UZB\n- id: FRA\n- id: KGZ\n";

    private const string Cities = """
        - id: tas
          labels: {uz: Toshkent, en: Tashkent, ru: Ташкент}
          population:
            "2000": 2142700
            "2020": 2571700
          ranks:
            country: capital
            region: regional
          twins: {culture: FRA, trade: KGZ}
        - id: sam
        """;

    [Fact]
    public void DictionariesOfTextNumbersEnumsAndReferencesReadBack()
    {
        var output = Run(Cities);
        TestHelpers.AssertCompilesCleanly(output);

        using var loaded = Compile(output);
        var (tashkent, samarkand) = (loaded.All("Atlas.City")[0], loaded.All("Atlas.City")[1]);

        // An IReadOnlyDictionary keeps the file's order; an ImmutableDictionary has its own.
        Assert.Equal([("uz", "Toshkent"), ("en", "Tashkent"), ("ru", "Ташкент")], Pairs(Get(tashkent, "Labels")));
        Assert.Equal([("2000", "2142700"), ("2020", "2571700")], Pairs(Get(tashkent, "Population")).OrderBy(p => p.Key));
        Assert.Equal([("country", "Capital"), ("region", "Regional")], Pairs(Get(tashkent, "Ranks")));
        Assert.Equal([("culture", "FRA"), ("trade", "KGZ")], Pairs(Get(tashkent, "Twins")).OrderBy(p => p.Key));

        // The references are the entries themselves.
        var twins = (IDictionary)Get(tashkent, "Twins")!;
        Assert.Same(loaded.All("Atlas.Country")[1], twins["culture"]);

        // Left out: the initial value (empty), or null for a nullable dictionary.
        Assert.Empty(Pairs(Get(samarkand, "Labels")));
        Assert.Empty(Pairs(Get(samarkand, "Population")));
        Assert.Null(Get(samarkand, "Ranks"));
        Assert.Null(Get(samarkand, "Twins"));

        // Records compare a dictionary by reference, as they do a list: a copy equals the entry, a record built by
        // hand with an equal dictionary does not.
        var copy = CopyWith(tashkent, "Labels", new Dictionary<string, string>((IDictionary<string, string>)Get(tashkent, "Labels")!));
        Assert.NotEqual(tashkent, copy);
        Assert.Equal(tashkent, CopyWith(tashkent, "Labels", Get(tashkent, "Labels")));
    }

    [Fact]
    public void ADictionaryLeftOutWithoutAnInitializerIsEmpty()
    {
        // Without an initializer C# warns (CS8618) unless the project says otherwise; the entry is still made empty.
        var schema = "#nullable disable\n" + Schema.Replace(" = ImmutableDictionary<string, int>.Empty;", string.Empty, StringComparison.Ordinal);
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Schema.cs")],
            [new InMemoryAdditionalText("/proj/data/countries.yaml", Countries), new InMemoryAdditionalText("/proj/data/cities.yaml", Cities)]);
        TestHelpers.AssertNoGeneratorException(output);
        Assert.Empty(output.GeneratorDiagnostics);

        using var loaded = Compile(output);
        Assert.Empty(Pairs(Get(loaded.All("Atlas.City")[1], "Population")));
    }

    [Theory]
    [InlineData("a list", "  labels: [Tashkent]\n", "SCO004", 2, 11, "'a list' is not a valid dictionary of string for City.labels; write a mapping, such as {en: a, ru: b} or one 'key: value' per line")]
    [InlineData("a scalar", "  labels: Tashkent\n", "SCO004", 2, 11, "'Tashkent' is not a valid dictionary of string for City.labels; write a mapping, such as {en: a, ru: b} or one 'key: value' per line")]
    [InlineData("a duplicate key", "  labels:\n    en: Tashkent\n    ru: Ташкент\n    en: Tashkend\n", "SCO005", 5, 5, "In City.labels, the key 'en' is defined more than once; the first definition is at line 3; remove one or change its key")]
    [InlineData("a value of the wrong type", "  population: {\"2000\": many}\n", "SCO004", 2, 24, "'many' is not a valid whole number for City.population")]
    [InlineData("an enum value not declared", "  ranks:\n    country: capitol\n", "SCO004", 3, 14, null)]
    [InlineData("a reference to nothing", "  twins: {culture: FRX}\n", "SCO006", 2, 20, "City.twins refers to Country 'FRX', which does not exist; did you mean 'FRA'?")]
    [InlineData("an empty value", "  labels: {en: }\n", "SCO004", 2, 16, "'' is not a valid string for City.labels; the value of 'en' cannot be empty: give one or leave the key out")]
    [InlineData("a null key", "  labels: {~: Tashkent}\n", "SCO004", 2, 12, "'~' is not a valid key for City.labels; a dictionary key cannot be null: write it as text, quoted if need be")]
    [InlineData("a key that is not a scalar", "  labels: {[en, uk]: Tashkent}\n", "SCO001", 2, 12, null)]
    [InlineData("an empty dictionary marked [NotEmpty]", "  ranks: {}\n", "SCO027", 2, 10, "City.ranks: the dictionary in City 'tas' is empty; give at least one pair or leave the field out")]
    [InlineData("a tag that does not agree", "  labels: !!seq {en: Tashkent}\n", "SCO032", 2, 11, null)]
    public void MistakesAreReportedWhereTheyStand(string mistake, string yaml, string id, int line, int column, string? message)
    {
        var output = Run("- id: tas\n" + yaml);

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.True(diagnostic.Id == id, $"{mistake}: {diagnostic}");
        Assert.Equal("/proj/data/cities.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal((line, column), TestHelpers.Position(diagnostic));
        if (message is not null)
        {
            Assert.StartsWith(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ImmutableDictionary<int, string>", "", "a dictionary's keys must be string, as YAML writes them")]
    [InlineData("IReadOnlyDictionary<string, string>?", "[Lookup] ", "which applies only to strings and lists of strings")]
    [InlineData("IReadOnlyDictionary<string, string>?", "[ReverseIndex(\"WithLabel\")] ", "which needs a reference to an entity, a string or an enum (or a list of them)")]
    public void SchemaMistakesAreReportedAtTheProperty(string type, string attribute, string expected)
    {
        var schema = Schema.Replace(
            "public ImmutableDictionary<string, Country>? Twins { get; init; }",
            $"{attribute}public {type} Bad {{ get; init; }}",
            StringComparison.Ordinal);
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Schema.cs")],
            [new InMemoryAdditionalText("/proj/data/countries.yaml", Countries), new InMemoryAdditionalText("/proj/data/cities.yaml", "- id: tas\n")]);

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        Assert.Equal("/proj/Schema.cs", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(expected, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void CitiesSchema()
    {
        var output = TestHelpers.RunGenerator(
            TestHelpers.CreateCompilation([TestHelpers.ParseTree(Schema, "/proj/Schema.cs")]),
            CSharpGeneratorDriver.Create(
                [new DatasetGenerator().AsSourceGenerator()],
                [new InMemoryAdditionalText("/proj/data/countries.yaml", Countries), new InMemoryAdditionalText("/proj/data/cities.yaml", Cities)],
                TestHelpers.ParseOptions,
                SchemaOptions.Requested,
                TestHelpers.DriverOptions));
        var json = GeneratedSchema.Json(output.Source("cities.schema.json.g.cs"));

        Snapshot.Verify(output.Source("cities.schema.json.g.cs"), "cities.schema.json");
        Assert.True(Validation.EvaluateAsSchema(json).IsValid);
        Assert.True(Validation.Evaluate(Validation.Load(json), Cities).IsValid);
        Assert.False(Validation.Evaluate(Validation.Load(json), "- id: tas\n  population: {\"2000\": many}\n").IsValid);
        Assert.False(Validation.Evaluate(Validation.Load(json), "- id: tas\n  labels: [Tashkent]\n").IsValid);
        Assert.False(Validation.Evaluate(Validation.Load(json), "- id: tas\n  ranks: {}\n").IsValid);
    }

    private static GeneratorOutput Run(string cities) =>
        TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(Schema, "/proj/Schema.cs")],
            [new InMemoryAdditionalText("/proj/data/countries.yaml", Countries), new InMemoryAdditionalText("/proj/data/cities.yaml", cities)]);

    /// <summary>A dictionary's pairs in its own order, each value by its text (an entity by its key).</summary>
    private static (string Key, string Value)[] Pairs(object? dictionary) =>
        ((IEnumerable)dictionary!).Cast<object>()
            .Select(p => ((string)Get(p, "Key")!, Get(p, "Value") is { } value && value.GetType().GetProperty("Id") is { } id ? (string)id.GetValue(value)! : Convert.ToString(Get(p, "Value"), CultureInfo.InvariantCulture)!))
            .ToArray();

    /// <summary>A copy of a record (its <c>with</c>) with one property set, by reflection.</summary>
    private static object CopyWith(object record, string property, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        record.GetType().GetProperty(property)!.SetValue(copy, value);
        return copy;
    }
}
