using System.Collections.Frozen;
using System.Reflection;
using System.Text;

using static ScoModel.Generators.Tests.LoadedFixture;

namespace ScoModel.Generators.Tests;

/// <summary>
/// The generated <c>TryGet</c> and <c>Find</c> answer exactly as a <see cref="FrozenDictionary{TKey, TValue}"/> with the
/// ordinal and the ordinal-ignoring-case comparers would, over names that reach every path of the hash tables: short
/// names proved by their code alone, names outside ASCII that fold to ASCII letters, keys alike at the start
/// (item-10042-x, item-20042-x), which make the table code the last eight characters, and keys alike at both ends
/// (item-00042-the-end), which make it hash every character.
/// </summary>
public sealed class LookupTests
{
    private const string Schema = """
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("names.yaml", Accessors = false)]
        public sealed partial record Name
        {
            [EntityKey] public required string Id { get; init; }
            [Lookup] public ImmutableArray<string> Aliases { get; init; }
        }

        [DataEntity("items.yaml", Accessors = false)]
        public sealed partial record Item
        {
            [EntityKey] public required string Id { get; init; }
            [Lookup] public string? Label { get; init; }
        }

        [DataEntity("parts.yaml", Accessors = false)]
        public sealed partial record Part
        {
            [EntityKey] public required string Id { get; init; }
            [Lookup] public string? Label { get; init; }
        }
        """;

    /// <summary>Keys and aliases that differ only in places the fast paths look at, or outside ASCII, of every length the comparison treats apart.</summary>
    private static readonly string[][] Names =
    [
        ["a", "@a", "Ab"],
        ["`a", "b`", "z"],
        ["IND", "in", "India"],
        ["ıda", "ſun", "Kelvin"],
        ["straße", "ΣΊΣΥΦΟΣ", "σίσυφος-2"],
        ["Ꭰꭰ", "ǅungla", "ﬁle"],
        ["x\uD801\uDC00y", "😀", "ab😀"],
        ["é", "e", "EE "],
        ["Long", "A name longer than thirty-two characters, compared in two rounds", "Ünïcode then a long ASCII tail past thirty-two"],
        // Alike in their first and last four characters and their length, different past the 32nd: only a second round tells them apart.
        ["Alike for thirty-two characters, 1 end", "Exactly8", "@`["],
        ["Alike for thirty-two characters, 2 end", "Nine char", "]{}"],
    ];

    [Fact]
    public void Find_and_TryGet_agree_with_FrozenDictionary_on_random_case_queries()
    {
        var names = new StringBuilder();
        for (var i = 0; i < Names.Length; i++)
        {
            names.Append("- id: ").Append(Quoted(Names[i][0])).Append("\n  aliases: [").Append(string.Join(", ", Names[i].Skip(1).Select(Quoted))).Append("]\n");
        }

        var items = new StringBuilder();
        var parts = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            items.Append($"- id: item-{i:D5}-x\n  label: Item {i:D5} x\n");
            parts.Append($"- id: item-{i:D5}-the-end\n  label: Item {i:D5} the end\n");
        }

        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(Schema, "/proj/Schema.cs")],
            [
                new InMemoryAdditionalText("/proj/data/names.yaml", names.ToString()),
                new InMemoryAdditionalText("/proj/data/items.yaml", items.ToString()),
                new InMemoryAdditionalText("/proj/data/parts.yaml", parts.ToString()),
            ]);
        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);

        var random = new Random(20261202);
        foreach (var type in new[] { "Fixture.Name", "Fixture.Item", "Fixture.Part" })
        {
            var all = loaded.All(type);
            var byName = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
            var byKey = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var entry in all)
            {
                var id = (string)Get(entry, "Id")!;
                byKey[id] = entry;
                byName[id] = entry;
                var aliases = type == "Fixture.Name" ? ((IEnumerable<string>)Get(entry, "Aliases")!).ToArray() : [(string)Get(entry, "Label")!];
                foreach (var alias in aliases)
                {
                    byName[alias] = entry;
                }
            }

            var ignoringCase = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
            var exactly = byKey.ToFrozenDictionary(StringComparer.Ordinal);
            var find = loaded.Type(type).GetMethod("Find", [typeof(string)])!;
            var tryGet = loaded.Type(type).GetMethod("TryGet")!;
            var known = byName.Keys.ToArray();
            for (var i = 0; i < 5_000; i++)
            {
                var query = Variant(random, known[random.Next(known.Length)]);
                Assert.Same(ignoringCase.GetValueOrDefault(query), find.Invoke(null, [query]));
                var arguments = new object?[] { query, null };
                var found = (bool)tryGet.Invoke(null, arguments)!;
                Assert.Same(exactly.GetValueOrDefault(query), found ? arguments[1] : null);
            }
        }

        AssertCodes(loaded, "Fixture.Name", sampled: true, fromEnd: 0);
        AssertCodes(loaded, "Fixture.Item", sampled: true, fromEnd: -1);
        AssertCodes(loaded, "Fixture.Part", sampled: false, fromEnd: -1);
    }

    /// <summary>
    /// The three types reach the three ways a table codes its names, or the test above would not cover them: the state
    /// of each type's key and name tables, read through reflection after the lookups made them.
    /// </summary>
    private static void AssertCodes(LoadedFixture loaded, string type, bool sampled, int fromEnd)
    {
        var table = loaded.Type(type).GetNestedType("GeneratedData", BindingFlags.NonPublic)!.GetField("Table")!.GetValue(null)!;
        foreach (var field in new[] { "_keys", "_names" })
        {
            var index = table.GetType().GetField(field, BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(table)!;
            Assert.Equal(sampled, (bool)index.GetType().GetField("_sampled", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!);
            Assert.Equal(fromEnd, (int)index.GetType().GetField("_fromEnd", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(index)!);
        }
    }

    /// <summary>A query made from a name: its letters' case changed at random, sometimes a letter swapped for a look-alike or changed.</summary>
    private static string Variant(Random random, string name)
    {
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(3) switch
            {
                0 => char.ToUpperInvariant(chars[i]),
                1 => char.ToLowerInvariant(chars[i]),
                _ => chars[i],
            };
            if (random.Next(12) == 0)
            {
                chars[i] = chars[i] switch
                {
                    'i' => 'ı',
                    'I' => 'ı',
                    's' => 'ſ',
                    'k' or 'K' => '\u212A',
                    'σ' => 'ς',
                    _ => (char)('a' + random.Next(26)),
                };
            }
        }

        return new string(chars);
    }

    private static string Quoted(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c is '"' or '\\' ? "\\" + c : c.ToString());
        }

        return builder.Append('"').ToString();
    }
}
