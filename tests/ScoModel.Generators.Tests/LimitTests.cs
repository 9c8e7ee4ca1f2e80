using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Binding;
using ScoModel.Generators.Common;
using ScoModel.Generators.Emitting;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Regression tests for issue 12: inputs that made the generator throw (CS8785, all output dropped),
/// emit C# that does not compile, or accept text it should refuse. Each now gives a located SCO
/// diagnostic, a documented limit (SCO011, SCO029, SCO030, SCO031), or output that compiles with warnings as errors.
/// </summary>
public class LimitTests
{
    private const string ThingsPath = "/proj/data/things.yaml";

    /// <summary>A key-named entity whose accessor comes from the key, with a lookup name.</summary>
    private const string ThingSchema = """
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("things.yaml")]
        public sealed partial record Thing
        {
            [EntityKey]
            public required string Id { get; init; }

            [Lookup]
            public string? Name { get; init; }
        }
        """;

    private static GeneratorOutput RunThings(string yaml) =>
        RunThings(new InMemoryAdditionalText(ThingsPath, yaml));

    private static GeneratorOutput RunThings(AdditionalText text) =>
        TestHelpers.RunGenerator([TestHelpers.ParseTree(ThingSchema, "/proj/Thing.cs")], [text]);

    [Theory]
    [InlineData("\"\"")]
    [InlineData("''")]
    [InlineData("\"   \"")]
    public void EmptyOrBlankKeyIsReportedAtItsValue(string key)
    {
        // It threw IndexOutOfRangeException when TryGet's switch sampled the key's first character.
        var output = RunThings($"- id: hammer\n- id: {key}\n  name: Nothing\n- id: saw\n");

        var diagnostic = Assert.Single(OnlyGenerator(output));
        Assert.Equal("SCO004", diagnostic.Id);
        AssertAt(diagnostic, 2, 7);
        Assert.Contains("a key cannot be empty or blank", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // The other entries are still generated, and compile.
        AssertGeneratedCodeCompiles(output);
        Assert.Contains("Saw", output.Source("Fixture.Thing.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SCO030OutputLongerThanTheLimitAndTheMembersStillCompile()
    {
        // The 2.3-million-entry file ran the emitter out of memory. The limit is injected small here.
        var output = RunThings("- id: hammer\n  name: Claw hammer\n- id: saw\n");
        TestHelpers.AssertCompilesCleanly(output);
        var set = TrackedEntitySet(output);

        var emitted = EntityEmitter.Emit(set, maxLength: 2_000);

        var diagnostic = emitted.Diagnostic!.ToDiagnostic();
        Assert.Equal("SCO030", diagnostic.Id);
        AssertAt(diagnostic, 1, 1);
        Assert.Equal(
            "things.yaml: the C# generated for its 2 Thing entries would be longer than 2,000 characters, the limit of one generated file; give the type fewer entries or shorter values",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Hammer", emitted.Main.Source, StringComparison.Ordinal);

        // The stub replaces the full file and compiles: All, TryGet and Find are there, without entries.
        var full = output.OutputCompilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Fixture.Thing.g.cs", StringComparison.Ordinal));
        var withStub = output.OutputCompilation.ReplaceSyntaxTree(full, TestHelpers.ParseTree(emitted.Main.Source, full.FilePath));
        AssertNoWarningOrError(withStub.GetDiagnostics(TestContext.Current.CancellationToken));

        // Within the limit, no diagnostic and the same text as the generator's.
        var fits = EntityEmitter.Emit(set);
        Assert.Null(fits.Diagnostic);
        Assert.Equal(output.Source("Fixture.Thing.g.cs"), fits.Main.Source);
    }

    [Theory]
    [InlineData(1_000, "", true)]
    [InlineData(1_001, "", false)]
    [InlineData(1_001, ", Accessors = true", true)]
    [InlineData(10, ", Accessors = false", false)]
    public void SCO034TypesOfMoreThanAThousandEntriesGetAccessorsOnlyWhenTheyAsk(int entries, string argument, bool accessors)
    {
        var yaml = string.Concat(Enumerable.Range(1, entries).Select(i => $"- id: tool-{i}\n"));
        var schema = ThingSchema.Replace("[DataEntity(\"things.yaml\")]", $"[DataEntity(\"things.yaml\"{argument})]", StringComparison.Ordinal);
        var output = TestHelpers.RunGenerator([TestHelpers.ParseTree(schema, "/proj/Thing.cs")], [new InMemoryAdditionalText(ThingsPath, yaml)]);

        Assert.Equal(accessors, output.Source("Fixture.Thing.g.cs").Contains("public static Thing Tool1 =>", StringComparison.Ordinal));
        var leftOut = output.RunResult.Diagnostics.Where(d => d.Id == "SCO034").ToList();
        if (accessors || argument.Length > 0)
        {
            Assert.Empty(leftOut);
        }
        else
        {
            var diagnostic = Assert.Single(leftOut);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Equal("/proj/Thing.cs", diagnostic.Location.GetLineSpan().Path);
            Assert.StartsWith("Thing has 1,001 entries, more than the 1,000 that get an accessor each unless [DataEntity] asks", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        // With or without accessors, the entries are all there and the output compiles clean.
        AssertNoWarningOrError(output.CompilationDiagnostics());
        Assert.Contains($"EntityTable<Thing> Table = new({entries}, ", output.Source("Fixture.Thing.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SCO031MoreEntriesThanAccessorsAllowedGiveNoAccessorsAndAWarning()
    {
        // 100,000 accessors compiled, then the runtime refused the type: more than 65,535 methods. The limit is injected small here.
        var output = RunThings("- id: hammer\n- id: saw\n- id: drill\n");
        var set = TrackedEntitySet(output);

        var emitted = EntityEmitter.Emit(set, maxAccessors: 2);

        var diagnostic = emitted.Diagnostic!.ToDiagnostic();
        Assert.Equal("SCO031", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        AssertAt(diagnostic, 1, 1);
        Assert.StartsWith("Thing has 3 entries, more than the 2 that get an accessor each", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("public static Thing Hammer =>", output.Source("Fixture.Thing.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("Hammer", emitted.Main.Source, StringComparison.Ordinal);

        // Without the accessors the file still compiles, and the entries are all there.
        var full = output.OutputCompilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Fixture.Thing.g.cs", StringComparison.Ordinal));
        var without = output.OutputCompilation.ReplaceSyntaxTree(full, TestHelpers.ParseTree(emitted.Main.Source, full.FilePath));
        AssertNoWarningOrError(without.GetDiagnostics(TestContext.Current.CancellationToken));
        Assert.Contains("Table = new(3, 12, RowsOf, Create)", emitted.Main.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(513)]
    [InlineData(1_024)]
    [InlineData(5_000)]
    public void LongKeysGiveShortenedDistinctAccessorsThatCompile(int length)
    {
        // A 1,024-character key gave CS7013 (and a 513-character one CS0645) inside generated code.
        var a = "a" + new string('x', length - 1);
        var b = "b" + new string('x', length - 1);
        var c = new string('x', length - 1) + "c";
        var output = RunThings($"- id: {a}\n- id: {b}\n- id: {c}\n  name: {c}y\n");

        TestHelpers.AssertCompilesCleanly(output);
        var source = output.Source("Fixture.Thing.g.cs");
        var accessors = System.Text.RegularExpressions.Regex.Matches(source, @"public static Thing (\w+) =>")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(3, accessors.Distinct(StringComparer.Ordinal).Count());
        Assert.All(accessors, name => Assert.True(name.Length <= Naming.MaxIdentifierLength, $"{name.Length} characters"));

        // The same name on every run: the hash is not string.GetHashCode.
        Assert.Equal(Naming.Shorten(Naming.ToIdentifier(a)), accessors[0]);
        Assert.Equal("A" + new string('x', Naming.MaxIdentifierLength - 10), accessors[0][..^9]);
    }

    [Fact]
    public void StringsPastTheCompilersStringHeapAreUtf8DataAndCompile()
    {
        // A 7-million-character key was 14 MB of string literal, past the 16 MB heap of an assembly's strings (CS8103)
        // with the rest. Rows are UTF-8 literals, which are data in the image, so the key is an entry like any other.
        var key = new string('k', 7_000_000);
        var output = RunThings($"- id: small\n- id: {key}\n");

        Assert.Empty(OnlyGenerator(output));
        using var loaded = LoadedFixture.Compile(output);
        var all = loaded.All("Fixture.Thing");
        Assert.Equal(2, all.Length);
        Assert.Equal(key, LoadedFixture.Get(all[1], "Id"));
    }

    [Fact]
    public void AnUnresolvedLongReferenceIsReportedWithoutASuggestion()
    {
        // "Did you mean" compares the reference with every key, at a cost of the product of their lengths:
        // 40 billion steps for these two 200,000-character near misses.
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("tools.yaml")]
            public sealed partial record Tool
            {
                [EntityKey]
                public required string Id { get; init; }
            }

            [DataEntity("kits.yaml")]
            public sealed partial record Kit
            {
                [EntityKey]
                public required string Id { get; init; }

                public Tool? Main { get; init; }
            }
            """;
        var key = new string('t', 200_000);
        var output = TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Tool.cs")],
            [new InMemoryAdditionalText("/proj/data/tools.yaml", $"- id: {key}\n"), new InMemoryAdditionalText("/proj/data/kits.yaml", $"- id: box\n  main: {key}x\n")]);

        // The message holds the 200,000-character reference: compare ids, not the whole list, on failure.
        var diagnostics = OnlyGenerator(output);
        Assert.Equal(["SCO006"], diagnostics.Select(d => d.Id));
        var diagnostic = diagnostics[0];
        Assert.DoesNotContain("did you mean", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void KeysWithSurrogatesCompile()
    {
        // A key is written into a doc comment; a lone surrogate there was warning CS1570 (found by the long fuzz
        // run). The keys are built here: xunit would turn a lone surrogate in [InlineData] into U+FFFD.
        foreach (var key in new[] { "saw" + '\uDC00', '\uDBD2' + "&saw", "s\uD83D\uDE80w" })
        {
            var output = RunThings($"- id: \"{key}\"\n");

            TestHelpers.AssertCompilesCleanly(output);
        }
    }

    [Fact]
    public void NamesOfEveryUtf8LengthAndEscapeReadBackAsWritten()
    {
        // Rows count each value in UTF-8 bytes before its escaped text: one, two, three and four bytes, escapes, and a
        // lone surrogate, which has no UTF-8 form and is stored as U+FFFD (three bytes), must each read back.
        var names = new (string Yaml, string Read)[]
        {
            ("plain", "plain"),
            ("é and ß", "é and ß"),
            ("€ and 中", "€ and 中"),
            ("\uD83D\uDE80 rocket", "\uD83D\uDE80 rocket"),
            ("\"quote \\\" and \\\\ back\"", "quote \" and \\ back"),
            ("\"line\\nbreak\\u2028\"", "line\nbreak\u2028"),
            ("lone \uD800 high", "lone \uFFFD high"),
            ("lone \uDC00", "lone \uFFFD"),
        };
        var yaml = string.Concat(names.Select((name, i) => $"- id: t{i}\n  name: {name.Yaml}\n"));
        var output = RunThings(yaml);

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var all = (System.Collections.IEnumerable)loaded.Type("Fixture.Thing").GetProperty("All")!.GetValue(null)!;
        var read = all.Cast<object>().Select(thing => (string?)LoadedFixture.Get(thing, "Name")).ToList();
        Assert.Equal(names.Select(n => n.Read), read);
    }

    [Fact]
    public void AnEmptyOrBlankLookupNameIsNoName()
    {
        // The binder leaves such names out, so none can stand last in Find's pool, where an empty one would be read past.
        var output = RunThings("- id: saw\n  name: Hand saw\n- id: hammer\n  name: \"\"\n- id: drill\n  name: \"  \"\n");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var find = loaded.Type("Fixture.Thing").GetMethod("Find", [typeof(string)])!;
        Assert.Null(find.Invoke(null, [string.Empty]));
        Assert.Null(find.Invoke(null, ["  "]));
        Assert.Equal("hammer", LoadedFixture.Get(find.Invoke(null, ["HAMMER"])!, "Id"));
        Assert.Equal("saw", LoadedFixture.Get(find.Invoke(null, ["hand saw"])!, "Id"));
    }

    [Fact]
    public void NamesWithNonAsciiCharactersWhereFindSamplesCompile()
    {
        // Every name has a non-ASCII first, middle or last character: Find's emitted switch was once empty, warning
        // CS1522. Now the names are data; Find must still match them ignoring case, as OrdinalIgnoreCase does.
        var output = RunThings("- id: café\n  name: Été\n- id: naïve\n  name: öl\n");

        TestHelpers.AssertCompilesCleanly(output);
        using var loaded = LoadedFixture.Compile(output);
        var find = loaded.Type("Fixture.Thing").GetMethod("Find", [typeof(string)])!;
        foreach (var (name, key) in new[] { ("CAFÉ", "café"), ("été", "café"), ("NAÏVE", "naïve"), ("ÖL", "naïve") })
        {
            var found = find.Invoke(null, [name]);
            Assert.True(found is not null, name);
            Assert.Equal(key, LoadedFixture.Get(found, "Id"));
        }

        Assert.Null(find.Invoke(null, ["cafe"]));
    }

    [Fact]
    public void AnEntryRepeatedThroughAnAliasIsReportedAtTheAliasAndTheOriginalKept()
    {
        var output = RunThings("- &saw\n  id: saw\n  name: Hand saw\n- id: hammer\n- *saw\n");

        var diagnostic = Assert.Single(OnlyGenerator(output));
        Assert.Equal("SCO005", diagnostic.Id);
        AssertAt(diagnostic, 5, 3);
        Assert.Equal(
            "Thing 'saw' is defined more than once; the first definition is at things.yaml line 2; remove one or change its id",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        var source = output.Source("Fixture.Thing.g.cs");
        Assert.Contains("public static Thing Saw =>", source, StringComparison.Ordinal);
        AssertGeneratedCodeCompiles(output);
    }

    [Theory]
    [InlineData("NUL after a plain value", "- id: saw\0\n", 1, 10, "U+0000")]
    [InlineData("NUL in a quoted value", "- id: \"s\0aw\"\n", 1, 9, "U+0000")]
    [InlineData("a file of NULs", "\0\0\0\0", 1, 1, "U+0000")]
    [InlineData("escape character", "- id: saw\n  name: \u001B[31m\n", 2, 9, "U+001B")]
    [InlineData("DEL", "- id: saw\u007F\n", 1, 10, "U+007F")]
    [InlineData("C1 control", "- id: saw\n  name: a\u0090b\n", 2, 10, "U+0090")]
    [InlineData("U+FFFE", "- id: \uFFFEsaw\n", 1, 7, "U+FFFE")]
    [InlineData("U+FFFF", "- id: saw\n# \uFFFF\n", 2, 3, "U+FFFF")]
    public void ForbiddenCharactersAreSCO001AtTheCharacter(string what, string yaml, int line, int column, string code)
    {
        var output = RunThings(yaml);

        var diagnostic = Assert.Single(OnlyGenerator(output));
        Assert.True(diagnostic.Id == "SCO001", $"{what}: {diagnostic}");
        AssertAt(diagnostic, line, column);
        Assert.Contains(code, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a tab indents a quoted value's second line", "name: \"Hand\n\tsaw\"\n", 2, 1, "a tab cannot indent YAML")]
    [InlineData("a tab indents a flow list's item", "name: [\n\tx]\n", 2, 1, "a tab cannot indent YAML")]
    [InlineData("a tab before a nested list", "- id: saw\n  name:\n  -\t- x\n", 3, 4, "a tab cannot separate")]
    [InlineData("a '#' glued to the YAML directive", "%YAML 1.2#comment\n---\n- id: saw\n", 1, 10, "a comment needs a space")]
    public void RulesYamlDotNetDoesNotEnforceAreSCO001(string what, string yaml, int line, int column, string message)
    {
        var output = RunThings(yaml);

        var diagnostic = Assert.Single(OnlyGenerator(output));
        Assert.True(diagnostic.Id == "SCO001", $"{what}: {diagnostic}");
        AssertAt(diagnostic, line, column);
        Assert.Contains(message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TabsWhereYamlAllowsThemAreAccepted()
    {
        // After a value, inside a quoted value, on a blank line inside the text of a literal, and after '- '.
        var output = RunThings("- id: saw\t# a comment\n  name: \"Hand\tsaw\"\n-\tid: |-\n    ham\tmer\n");

        TestHelpers.AssertCompilesCleanly(output);
    }

    [Fact]
    public void InvalidUtf8IsSCO001AtTheReplacementCharacter()
    {
        // The compiler decodes the bytes 0xC3 0x28 (not UTF-8) to U+FFFD without a word.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("- id: saw\n  name: S"), 0xC3, 0x28, (byte)'\n'];
        var output = RunThings(new BytesAdditionalText(ThingsPath, bytes));

        var diagnostic = Assert.Single(OnlyGenerator(output));
        Assert.Equal("SCO001", diagnostic.Id);
        AssertAt(diagnostic, 2, 10);
        Assert.Contains("not valid UTF-8", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void EscapedControlCharactersInDoubleQuotedValuesAreAccepted()
    {
        // What the text may not hold, a double-quoted value may spell as an escape.
        var output = RunThings("- id: saw\n  name: \"a\\0b\\x1B\\uFFFE\"\n");

        TestHelpers.AssertCompilesCleanly(output);
    }

    private static EntitySet TrackedEntitySet(GeneratorOutput output) =>
        output.RunResult.Results[0].TrackedSteps[TrackingNames.Entities]
            .SelectMany(s => s.Outputs)
            .Select(o => o.Value)
            .OfType<EntitySet>()
            .Single();

    private static List<Diagnostic> OnlyGenerator(GeneratorOutput output)
    {
        TestHelpers.AssertNoGeneratorException(output);
        return [.. output.GeneratorDiagnostics];
    }

    /// <summary>The generated files have no warning or error, whatever the data's own diagnostics.</summary>
    private static void AssertGeneratedCodeCompiles(GeneratorOutput output) =>
        AssertNoWarningOrError(output.CompilationDiagnostics());

    private static void AssertNoWarningOrError(IEnumerable<Diagnostic> diagnostics)
    {
        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "The output compilation has:\n" + TestHelpers.Format(problems));
    }

    private static void AssertAt(Diagnostic diagnostic, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(ThingsPath, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
