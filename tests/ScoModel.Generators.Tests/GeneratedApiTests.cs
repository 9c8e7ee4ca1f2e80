using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// The fixture's generated code compiles without a warning, and does what it promises when it runs:
/// the compiled assembly is loaded into a collectible context and its API is called by reflection.
/// </summary>
public class GeneratedApiTests
{
    [Fact]
    public void FixtureOutputCompilesWithoutDiagnostics()
    {
        TestHelpers.AssertCompilesCleanly(Fixture.Run());
    }

    [Fact]
    public void GeneratedApiAnswersLikeTheData()
    {
        using var loaded = LoadedFixture.Compile(Fixture.Run());
        var country = loaded.Type("Fixture.Country");
        var project = loaded.Type("Fixture.Project");

        // All, in file order, and the named accessors.
        Assert.Equal(["FRA", "IND", "KGZ"], Keys(country.GetProperty("All")!.GetValue(null), "Code"));
        Assert.Equal(["river-survey", "mountain-rescue", "archive-2021"], Keys(project.GetProperty("All")!.GetValue(null), "Id"));
        var france = Static(country, "France");
        var india = Static(country, "India");
        var kyrgyzstan = Static(country, "Kyrgyzstan");
        Assert.Equal("FRA", Get(france, "Code"));

        // Find: the key and every lookup name, ignoring case; nothing else.
        var find = country.GetMethod("Find", [typeof(string)])!;
        Assert.Same(france, find.Invoke(null, ["france"]));
        Assert.Same(france, find.Invoke(null, ["FRENCH REPUBLIC"]));
        Assert.Same(france, find.Invoke(null, ["fra"]));
        Assert.Same(india, find.Invoke(null, ["bharat"]));
        Assert.Same(india, find.Invoke(null, ["Republic of India"]));
        Assert.Same(kyrgyzstan, find.Invoke(null, ["kyrgyz republic"]));
        Assert.Null(find.Invoke(null, ["Kyrgyz"]));
        Assert.Null(find.Invoke(null, ["Frances"]));
        Assert.Null(find.Invoke(null, [""]));
        Assert.Null(find.Invoke(null, [null]));
        Assert.Same(india, Get(Static(project, "Archive2021"), "Lead"));

        // TryGet: the key exactly, case-sensitive.
        var tryGet = country.GetMethod("TryGet")!;
        object?[] arguments = ["IND", null];
        Assert.True((bool)tryGet.Invoke(null, arguments)!);
        Assert.Same(india, arguments[1]);
        arguments = ["ind", null];
        Assert.False((bool)tryGet.Invoke(null, arguments)!);
        Assert.Null(arguments[1]);

        // Reverse indexes, in file order.
        var ledBy = project.GetMethod("LedBy")!;
        var withMember = project.GetMethod("WithMember")!;
        Assert.Equal(["river-survey"], Keys(ledBy.Invoke(null, [france]), "Id"));
        Assert.Equal(["archive-2021"], Keys(ledBy.Invoke(null, [india]), "Id"));
        Assert.Equal(["river-survey", "mountain-rescue", "archive-2021"], Keys(withMember.Invoke(null, [india]), "Id"));
        Assert.Equal(["mountain-rescue"], Keys(withMember.Invoke(null, [kyrgyzstan]), "Id"));

        // An equal copy is found by its key; a country not in the data has no projects.
        var copy = Activator.CreateInstance(country)!;
        country.GetProperty("Code")!.SetValue(copy, "FRA");
        Assert.Equal(["river-survey", "mountain-rescue"], Keys(withMember.Invoke(null, [copy]), "Id"));
        var stranger = Activator.CreateInstance(country)!;
        country.GetProperty("Code")!.SetValue(stranger, "ZZZ");
        Assert.Empty(Keys(withMember.Invoke(null, [stranger]), "Id"));
        var thrown = Assert.Throws<TargetInvocationException>(() => ledBy.Invoke(null, [null]));
        Assert.IsType<ArgumentNullException>(thrown.InnerException);
    }

    [Fact]
    public void GeneratedValuesMatchTheYaml()
    {
        using var loaded = LoadedFixture.Compile(Fixture.Run());
        var country = loaded.Type("Fixture.Country");
        var project = loaded.Type("Fixture.Project");

        var france = Static(country, "France");
        Assert.Equal(new DateOnly(1995, 1, 1), Get(france, "Joined"));
        Assert.Equal(551695.5, Get(france, "Area"));
        Assert.Equal(["French Republic"], ((IEnumerable)Get(france, "Aliases")!).Cast<string>());
        Assert.Null(Get(Static(country, "Kyrgyzstan"), "Area"));
        Assert.Null(Get(Static(country, "India"), "Joined"));

        var survey = Static(project, "RiverSurvey");
        Assert.Equal("Active", Get(survey, "Status")!.ToString());
        Assert.Equal(new DateOnly(2018, 3, 1), Get(survey, "Start"));
        Assert.Equal(new DateOnly(2019, 12, 31), Get(survey, "End"));
        Assert.Equal(1200L, Get(survey, "Budget"));
        Assert.Equal(2, Get(survey, "Priority"));
        Assert.Equal(true, Get(survey, "Public"));
        Assert.Same(france, Get(survey, "Lead"));
        var milestones = ((IEnumerable)Get(survey, "Milestones")!).Cast<object>().ToList();
        Assert.Equal(["Fieldwork", "Report"], milestones.Select(m => (string)Get(m, "Name")!));
        Assert.Equal(250.75m, Get(milestones[0], "Cost"));
        Assert.Equal(true, Get(milestones[0], "Done"));
        Assert.Null(Get(milestones[1], "Cost"));
        Assert.Equal(false, Get(milestones[1], "Done"));

        var rescue = Static(project, "MountainRescue");
        Assert.Equal("OnHold", Get(rescue, "Status")!.ToString());
        Assert.Equal("Mountain rescue: \"Peak\" drill & <review>", Get(rescue, "Title"));
        Assert.Null(Get(rescue, "Budget"));
        Assert.Null(Get(rescue, "End"));
        Assert.Empty(((IEnumerable)Get(rescue, "Milestones")!).Cast<object>());
        Assert.Equal("Two lines\nof note.\n", Get(Static(project, "Archive2021"), "Note"));
    }

    [Fact]
    public void FindAgreesWithOrdinalIgnoreCase()
    {
        // Find promises the same answers as comparing with StringComparison.OrdinalIgnoreCase against
        // every key and lookup name, but branches on the first character folded as ASCII. Check it on
        // names whose first character is outside ASCII or folds oddly ('@' and '`'), and on look-alikes
        // (the Kelvin sign, dotted capital I) that must not match.
        const string schema = """
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("places.yaml")]
            public sealed partial record Place
            {
                [EntityKey, Lookup]
                public required string Id { get; init; }

                [Lookup]
                public ImmutableArray<string> Names { get; init; }
            }
            """;
        const string places = """
            - id: oslo
              names: [Øslo, "@home"]
            - id: aarhus
              names: [Århus]
            - id: kelvin
              names: ["\u212Aelvin town"]
            - id: istanbul
              names: [İstanbul]

            """;
        var output = TestHelpers.RunGenerator([TestHelpers.ParseTree(schema, "/proj/Place.cs")], [new InMemoryAdditionalText("/proj/data/places.yaml", places)]);
        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var place = loaded.Type("Fixture.Place");
        var find = place.GetMethod("Find", [typeof(string)])!;
        var all = ((IEnumerable)place.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        var names = all.SelectMany(p => ((IEnumerable)Get(p, "Names")!).Cast<string>().Prepend((string)Get(p, "Id")!).Select(n => (Name: n, Entry: p))).ToList();

        var probes = new List<string>();
        foreach (var (name, _) in names)
        {
            probes.AddRange([name, name.ToUpperInvariant(), name.ToLowerInvariant(), "k" + name[1..], "K" + name[1..], "\u212A" + name[1..], "`home", "ØSLO", "øslo"]);
        }

        var wrong = new List<string>();
        foreach (var probe in probes.Distinct(StringComparer.Ordinal))
        {
            var expected = names.FirstOrDefault(n => string.Equals(n.Name, probe, StringComparison.OrdinalIgnoreCase)).Entry;
            var actual = find.Invoke(null, [probe]);
            if (!ReferenceEquals(expected, actual))
            {
                wrong.Add($"Find(\"{probe}\") gave {Describe(actual)}, OrdinalIgnoreCase gives {Describe(expected)}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        static string Describe(object? entry) => entry is null ? "null" : (string)Get(entry, "Id")!;
    }

    [Fact]
    public void A_negative_number_reads_back_beside_a_field_left_out()
    {
        // A field left out keeps the property's initial value; its marker in the row must not be taken for a minus sign.
        const string schema = """
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("offsets.yaml", Accessors = false)]
            public sealed partial record Offset
            {
                [EntityKey] public required string Id { get; init; }
                public int Shift { get; init; } = 5;
                public ImmutableArray<string> Tags { get; init; }
            }
            """;
        const string yaml = """
            - id: west
              shift: -3
              tags: [a, b]
            - id: east
              tags: [c]
            """;

        var output = TestHelpers.RunGenerator([TestHelpers.ParseTree(schema, "/proj/Schema.cs")], [new InMemoryAdditionalText("/proj/data/offsets.yaml", yaml)]);
        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Offset");

        Assert.Equal(-3, Get(all[0], "Shift"));
        Assert.Equal(["a", "b"], (IEnumerable<string>)Get(all[0], "Tags")!);
        Assert.Equal(5, Get(all[1], "Shift"));
        Assert.Equal(["c"], (IEnumerable<string>)Get(all[1], "Tags")!);
    }

    [Fact]
    public void Strings_of_one_to_four_byte_characters_read_back_exactly()
    {
        // The rows' UTF-8 is decoded by the generated reader itself, not by Encoding.UTF8: every sequence length,
        // a surrogate pair, ASCII runs of eight bytes and more (read eight at a time) before and without other characters,
        // a long string, and an empty string.
        var long300 = string.Concat(Enumerable.Repeat("Türkiye ", 40));
        const string schema = """
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("names.yaml", Accessors = false)]
            public sealed partial record Name
            {
                [EntityKey] public required string Id { get; init; }
                public required string Text { get; init; }
                public ImmutableArray<string> Others { get; init; }
            }
            """;
        var yaml = $"""
            - id: mixed
              text: "a é € 𝄞 z"
              others: ["Türkiye", "Кыргызстан", "中国", "", "Shanghai Cooperation Organisation — ШОС 上海合作组织 𝄞", "exactly8", "sixteen ascii ch"]
            - id: long
              text: "{long300}"
            """;

        var output = TestHelpers.RunGenerator([TestHelpers.ParseTree(schema, "/proj/Schema.cs")], [new InMemoryAdditionalText("/proj/data/names.yaml", yaml)]);
        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Name");

        Assert.Equal("a é € 𝄞 z", Get(all[0], "Text"));
        Assert.Equal(["Türkiye", "Кыргызстан", "中国", "", "Shanghai Cooperation Organisation — ШОС 上海合作组织 𝄞", "exactly8", "sixteen ascii ch"], (IEnumerable<string>)Get(all[0], "Others")!);
        Assert.Equal(long300, Get(all[1], "Text"));
    }

    /// <summary>A generated static member: an entry (a field) or <c>All</c> (a property).</summary>
    private static object Static(Type type, string name) =>
        (type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? type.GetProperty(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null))!;

    private static List<string> Keys(object? entries, string keyProperty) =>
        ((IEnumerable)entries!).Cast<object>().Select(e => (string)Get(e, keyProperty)!).ToList();
}
