using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Tests;

/// <summary>
/// The generated <c>YamlNames</c>: each enum a schema uses, once, spelled as the binder reads it, whatever its members
/// are called; and none at all when no schema uses an enum.
/// </summary>
public class YamlNamesTests
{
    [Fact]
    public void SpellsEveryMemberAsTheDataFilesDo()
    {
        const string schema = """
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Names;

            public enum Odd
            {
                @class,
                HTTPServer,
                First = 7,
                Alias = 7,
                [YamlName("say \"hi\"")] Quoted,
            }

            public sealed record Inner
            {
                public Odd Kind { get; init; }
            }

            [DataEntity("ones.yaml")]
            public sealed partial record One
            {
                [EntityKey] public required string Id { get; init; }
                public Odd Kind { get; init; }
                public ImmutableArray<Inner> Inners { get; init; }
            }

            [DataEntity("twos.yaml")]
            public sealed partial record Two
            {
                [EntityKey] public required string Id { get; init; }
                public Odd? Kind { get; init; }
            }
            """;
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Schema.cs")],
            [
                new InMemoryAdditionalText("/proj/data/ones.yaml", "- id: a\n  kind: http-server\n- id: b\n  kind: say \"hi\"\n"),
                new InMemoryAdditionalText("/proj/data/twos.yaml", "- id: c\n  kind: class\n"),
            ]);
        TestHelpers.AssertCompilesCleanly(output);
        var source = Assert.Single(output.Sources, s => s.HintName == "ScoModel.Generators.YamlNames.g.cs").Source;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(source, @"public static string Of\(global::Names\.Odd value\)"));

        using var loaded = LoadedFixture.Compile(output);
        var odd = loaded.Type("Names.Odd");
        var of = loaded.Type("ScoModel.Generators.YamlNames").GetMethod("Of", [odd])!;
        string Spell(string member) => (string)of.Invoke(null, [Enum.Parse(odd, member)])!;
        Assert.Equal("class", Spell("class"));
        Assert.Equal("http-server", Spell("HTTPServer"));
        Assert.Equal("first", Spell("First"));
        Assert.Equal("first", Spell("Alias")); // the same value as First
        Assert.Equal("say \"hi\"", Spell("Quoted"));
    }

    [Fact]
    public void NothingIsGeneratedWithoutEnums()
    {
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree("[ScoModel.Generators.DataEntity(\"ones.yaml\")] public sealed partial record One { [ScoModel.Generators.EntityKey] public required string Id { get; init; } }", "/proj/Schema.cs")],
            [new InMemoryAdditionalText("/proj/data/ones.yaml", "- id: a\n")]);
        TestHelpers.AssertCompilesCleanly(output);
        Assert.DoesNotContain(output.Sources, s => s.HintName == "ScoModel.Generators.YamlNames.g.cs");
    }
}
