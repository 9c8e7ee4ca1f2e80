using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using ScoModel.Generators.Kinds;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// The value kinds of <see cref="ValueKinds.All"/>: each is recognised, binds and reads back what the YAML says, alone,
/// in its nullable form, in a list and in a dictionary; and the stages stay layered.
/// </summary>
public class ValueKindTests
{
    /// <summary>One sample per kind, in registry order: the kind's name, a C# type of it, a YAML value, and that value read back (see <see cref="Show"/>).</summary>
    private static readonly (string Kind, string Type, string Yaml, string Expected)[] Samples =
    [
        ("string", "string", "\"héllo: \\\"world\\\"\"", "héllo: \"world\""),
        ("bool", "bool", "TRUE", "True"),
        ("int", "int", "-2147483648", "-2147483648"),
        ("long", "long", "9223372036854775807", "9223372036854775807"),
        ("double", "double", "-1.5e300", "-1.5E+300"),
        ("decimal", "decimal", "19.990", "19.990"),
        ("DateOnly", "DateOnly", "2017-06-09", "2017-06-09"),
        ("enums", "Size", "extra-large", "ExtraLarge"),
        ("records with a parameterless constructor", "Part", "{ name: wheel }", "wheel"),
        ("[DataEntity] references", "Other", "o-1", "o-1"),
    ];

    [Fact]
    public void EveryKindInTheRegistryHasASample()
    {
        Assert.Equal(ValueKinds.All.Select(k => k.Name), Samples.Select(s => s.Kind));
    }

    [Fact]
    public void EveryKindBindsAndReadsBackAloneNullableInListsAndInDictionaries()
    {
        var properties = string.Join("\n", Samples.Select((s, i) =>
            $"    public required {s.Type} V{i} {{ get; init; }}\n    public {s.Type}? N{i} {{ get; init; }}\n    public ImmutableArray<{s.Type}> L{i} {{ get; init; }}\n    public IReadOnlyList<{s.Type}>? R{i} {{ get; init; }}\n    public ImmutableDictionary<string, {s.Type}> D{i} {{ get; init; }} = ImmutableDictionary<string, {s.Type}>.Empty;\n    public IReadOnlyDictionary<string, {s.Type}>? O{i} {{ get; init; }}"));
        var schema = $$"""
            using System;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Kinds;

            public enum Size { Small, ExtraLarge }

            public sealed record Part
            {
                public required string Name { get; init; }
            }

            [DataEntity("others.yaml")]
            public sealed partial record Other
            {
                [EntityKey] public required string Id { get; init; }
                public string Name => Id;
            }

            [DataEntity("samples.yaml")]
            public sealed partial record Sample
            {
                [EntityKey] public required string Id { get; init; }
            {{properties}}
            }
            """;
        var required = string.Join("\n", Samples.Select((s, i) => $"  v{i}: {s.Yaml}"));
        var given = string.Join("\n", Samples.Select((s, i) => $"  n{i}: {s.Yaml}\n  l{i}: [{s.Yaml}, {s.Yaml}]\n  r{i}:\n    - {s.Yaml}\n  d{i}: {{a: {s.Yaml}, b: {s.Yaml}}}\n  o{i}:\n    z: {s.Yaml}\n    a: {s.Yaml}"));
        var samples = $"- id: full\n{required}\n{given}\n- id: empty\n{required}\n";
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Schema.cs")],
            [new InMemoryAdditionalText("/proj/data/samples.yaml", samples), new InMemoryAdditionalText("/proj/data/others.yaml", "- id: o-1\n")]);
        TestHelpers.AssertCompilesCleanly(output);

        using var loaded = Compile(output);
        var entries = loaded.All("Kinds.Sample");
        var (full, empty) = (entries[0], entries[1]);
        for (var i = 0; i < Samples.Length; i++)
        {
            var expected = Samples[i].Expected;
            Assert.Equal(expected, Show(Get(full, $"V{i}")));
            Assert.Equal(expected, Show(Get(empty, $"V{i}")));
            Assert.Equal(expected, Show(Get(full, $"N{i}")));
            Assert.Equal([expected, expected], Items(Get(full, $"L{i}")));
            Assert.Equal([expected], Items(Get(full, $"R{i}")));
            Assert.Equal([("a", expected), ("b", expected)], Pairs(Get(full, $"D{i}")).OrderBy(p => p.Key));

            // An IReadOnlyDictionary keeps the file's order.
            Assert.Equal([("z", expected), ("a", expected)], Pairs(Get(full, $"O{i}")));

            // Left out: null in the nullable forms, an empty ImmutableArray and ImmutableDictionary.
            Assert.Null(Get(empty, $"N{i}"));
            Assert.Empty(Items(Get(empty, $"L{i}")));
            Assert.Null(Get(empty, $"R{i}"));
            Assert.Empty(Pairs(Get(empty, $"D{i}")));
            Assert.Null(Get(empty, $"O{i}"));
        }
    }

    [Fact]
    public void StagesDependOneWay()
    {
        // Each folder of the generator, and the folders it may use: none uses a later stage. Names that are not
        // folders (the generated runtime's types, named in emitted text) are not checked.
        var allowed = new Dictionary<string, string[]>
        {
            ["Common"] = [],
            ["Diagnostics"] = ["Common"],
            ["Reading"] = ["Common", "Diagnostics"],
            ["Kinds"] = ["Common", "Diagnostics", "Reading"],
            ["Schema"] = ["Common", "Diagnostics", "Kinds"],
            ["Binding"] = ["Common", "Diagnostics", "Reading", "Kinds", "Schema"],
            ["Emitting"] = ["Common", "Diagnostics", "Kinds", "Schema", "Binding"],
            ["JsonSchema"] = ["Common", "Diagnostics", "Kinds", "Schema", "Binding", "Emitting"],
        };
        var generator = Path.Combine(Snapshot.RepositoryRoot(), "generators", "ScoModel.Generators");
        foreach (var (folder, uses) in allowed)
        {
            foreach (var file in Directory.GetFiles(Path.Combine(generator, folder), "*.cs", SearchOption.TopDirectoryOnly))
            {
                foreach (Match match in Regex.Matches(File.ReadAllText(file), @"(?:using |global::)ScoModel\.Generators\.(\w+)[;.]"))
                {
                    var used = match.Groups[1].Value;
                    Assert.True(used == folder || uses.Contains(used) || !allowed.ContainsKey(used), $"{folder}/{Path.GetFileName(file)} uses {used}");
                }
            }
        }
    }

    /// <summary>A value read back, as the samples write it: a record or entity by its name, a date as yyyy-MM-dd, anything else invariant.</summary>
    private static string? Show(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string or bool => value.ToString(),
        _ => (string?)Get(value, "Name"),
    };

    /// <summary>A dictionary's pairs in its own order, each value as <see cref="Show"/> writes it.</summary>
    private static (string Key, string? Value)[] Pairs(object? dictionary) =>
        ((IEnumerable)dictionary!).Cast<object>().Select(p => ((string)Get(p, "Key")!, Show(Get(p, "Value")))).ToArray();

    private static string?[] Items(object? list) => ((IEnumerable)list!).Cast<object?>().Select(Show).ToArray();
}
