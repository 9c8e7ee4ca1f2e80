using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Tests;

/// <summary>
/// One test (at least) per diagnostic id: the id, severity, file, 1-based line and column as an
/// editor shows them, and the message a curator reads. Most tests change one line of the fixture's
/// valid YAML (<see cref="Fixture.Countries"/>, <see cref="Fixture.Projects"/>); line numbers in the
/// comments refer to those files.
/// </summary>
public class DiagnosticTests
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;

    [Fact]
    public void ValidDatasetReportsNothing()
    {
        var output = Fixture.Run();

        TestHelpers.AssertNoGeneratorException(output);
        Assert.Empty(output.GeneratorDiagnostics);
    }

    [Fact]
    public void ValidDatasetWrittenDifferentlyReportsNothingAndGeneratesTheSame()
    {
        // The same data with CRLF line endings, a byte order mark, flow mappings, quoted keys and
        // scalars, explicit document markers and extra comments: valid YAML, the same entries.
        var expected = Fixture.Run().Sources;
        var countries = """
            %YAML 1.2
            ---
            # Countries, written another way.
            - {code: FRA, name: "France", aliases: ['French Republic'], joined: 1995-01-01, area: 551695.5}
            - "code": IND   # a comment after a value
              'name': India
              aliases:
              - Bharat
              - Republic of India
            - code: KGZ

              name: Kyrgyzstan
              aliases: [ "Kyrgyz Republic" ]
              joined: "2001-06-15"
              area: null
            ...

            """;
        var variants = new (string Name, AdditionalText Text)[]
        {
            ("CRLF", Fixture.CountriesText(Fixture.Countries.Replace("\n", "\r\n"))),
            ("UTF-8 with a byte order mark, read as the compiler reads a file", new BytesAdditionalText(Fixture.CountriesPath, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Fixture.Countries)])),
            ("other style", Fixture.CountriesText(countries)),
        };
        foreach (var (name, text) in variants)
        {
            var output = TestHelpers.RunGenerator([Fixture.SchemaTree()], [text, Fixture.ProjectsText()]);

            TestHelpers.AssertNoGeneratorException(output);
            Assert.True(output.GeneratorDiagnostics.IsEmpty, $"{name}:\n{TestHelpers.Format(output.GeneratorDiagnostics)}");
            Assert.Equal(expected.Single(s => s.HintName == "Fixture.Project.g.cs"), output.Sources.Single(s => s.HintName == "Fixture.Project.g.cs"));
            var country = output.Sources.Single(s => s.HintName == "Fixture.Country.g.cs").Source;
            Assert.Equal(
                WithoutLineNumbers(expected.Single(s => s.HintName == "Fixture.Country.g.cs").Source),
                WithoutLineNumbers(country));
        }

        // Only the origin comments ("countries.yaml, line 2") may differ.
        static string WithoutLineNumbers(string source) =>
            System.Text.RegularExpressions.Regex.Replace(source, @"countries\.yaml:\d+", "countries.yaml:N");
    }

    [Fact]
    public void LeadingByteOrderMarkCharacterIsNotAnError()
    {
        // YAML allows a byte order mark at the start of a stream. The compiler strips one when it decodes
        // a file, but a text handed over with U+FEFF still in it (a file saved with two marks, an
        // editor buffer) must not turn the first comment into a syntax error.
        var output = Fixture.Run(countries: "\uFEFF" + Fixture.Countries);

        TestHelpers.AssertNoGeneratorException(output);
        Assert.True(output.GeneratorDiagnostics.IsEmpty, TestHelpers.Format(output.GeneratorDiagnostics));
    }

    [Fact]
    public void SCO001UnterminatedQuote()
    {
        var output = Fixture.Run(countries: """
            - code: FRA
              name: "France
            - code: IND
              name: India

            """);

        var diagnostic = SingleInFile(output, "SCO001", Fixture.CountriesPath);
        AssertDiagnostic(diagnostic, "SCO001", Error, Fixture.CountriesPath, 2, 9,
            "YAML syntax error in countries.yaml: While scanning a multi-line double-quoted scalar, found wrong indentation.; fix the YAML at this position");
    }

    [Fact]
    public void SCO001UnclosedFlowSequence()
    {
        // YamlDotNet throws a bare InvalidOperationException here, not a YamlException (TOOLCHAIN.md).
        var output = Fixture.Run(countries: """
            - code: FRA
              name: France
              aliases: [French Republic, Gaul
            - code: IND
              name: India

            """);

        var diagnostic = SingleInFile(output, "SCO001", Fixture.CountriesPath);
        AssertAt(diagnostic, "SCO001", Error, Fixture.CountriesPath, 3, 13);
        Assert.StartsWith("YAML syntax error in countries.yaml: ", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void SCO001SecondDocument()
    {
        var output = Fixture.Run(countries: Fixture.Countries + "---\n- code: ESP\n  name: Spain\n");

        var diagnostic = SingleInFile(output, "SCO001", Fixture.CountriesPath);
        AssertDiagnostic(diagnostic, "SCO001", Error, Fixture.CountriesPath, 16, 1,
            "YAML syntax error in countries.yaml: a data file holds one YAML document, but a second one starts here; fix the YAML at this position");
    }

    [Fact]
    public void SCO001TabIndentation()
    {
        // At the tab, line 2 (YamlDotNet's own mark is on "FRA", line 1); TabIndentationTests has more cases.
        var output = Fixture.Run(countries: "- code: FRA\n\tname: France\n");

        var diagnostic = SingleInFile(output, "SCO001", Fixture.CountriesPath);
        AssertAt(diagnostic, "SCO001", Error, Fixture.CountriesPath, 2, 1);
        Assert.Contains("tab", Message(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void SCO001AtTheEndOfAFileWithoutAFinalLineBreakIsInsideTheFile()
    {
        // The file has three lines and ends inside the flow sequence. YamlDotNet's mark for the end
        // of such a file is on a fourth line that does not exist; an editor cannot show that.
        var output = Fixture.Run(countries: "- code: FRA\n  name: France\n  aliases: [French Republic");

        var diagnostic = SingleInFile(output, "SCO001", Fixture.CountriesPath);
        var position = diagnostic.Location.GetLineSpan();
        Assert.True(
            position.EndLinePosition.Line == 2 && position.StartLinePosition.Character <= 27 && position.EndLinePosition.Character <= 27,
            $"Expected a position on line 3 (the last), at most at column 28 (the end of the file), got {position}");
    }

    [Fact]
    public void SCO002UnknownFieldSuggestsClosest()
    {
        // Line 29: "  title: Archive" becomes a typo; 'title' is then missing too (SCO003, at the entry).
        var output = Fixture.Run(projects: Fixture.Projects.Replace("  title: Archive", "  titel: Archive"));

        Assert.Equal(["SCO002", "SCO003"], Ids(output));
        AssertDiagnostic(Single(output, "SCO002"), "SCO002", Error, Fixture.ProjectsPath, 29, 3,
            "'titel' is not a field of Project; did you mean 'title'?");
    }

    [Fact]
    public void SCO002UnknownFieldListsFieldsWhenNothingIsClose()
    {
        var output = Fixture.Run(countries: Fixture.Countries.Replace("  area: 551695.5", "  population: 68000000"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO002", Error, Fixture.CountriesPath, 6, 3,
            "'population' is not a field of Country; its fields are: code, name, aliases, joined, area");
    }

    [Fact]
    public void SCO002UnknownFieldInNestedRecord()
    {
        // Line 15: "      done: true" in the first milestone.
        var output = Fixture.Run(projects: Fixture.Projects.Replace("      done: true", "      don: true"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO002", Error, Fixture.ProjectsPath, 15, 7,
            "'don' is not a field of Milestone; did you mean 'done'?");
    }

    [Fact]
    public void SCO003RequiredFieldMissing()
    {
        // India (lines 7-9) loses its name.
        var output = Fixture.Run(countries: Fixture.Countries.Replace("  name: India\n", string.Empty));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO003", Error, Fixture.CountriesPath, 7, 3,
            "The Country entry 'IND' has no 'name' field, which is required; add 'name: <string>'");
    }

    [Fact]
    public void SCO003RequiredFieldMissingInNestedRecord()
    {
        // The second milestone (line 17) loses its due date.
        var output = Fixture.Run(projects: Fixture.Projects.Replace("      due: 2019-12-01\n", string.Empty));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO003", Error, Fixture.ProjectsPath, 17, 7,
            "The Milestone entry in Project 'river-survey' has no 'due' field, which is required; add 'due: <date (yyyy-MM-dd)>'");
    }

    [Fact]
    public void SCO004ImpossibleDate()
    {
        // Line 5: "  start: 2018-03-01".
        var output = Fixture.Run(projects: Fixture.Projects.Replace("start: 2018-03-01", "start: 2018-02-30"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO004", Error, Fixture.ProjectsPath, 5, 10,
            "'2018-02-30' is not a valid date (yyyy-MM-dd) for Project.start; write a real calendar date as yyyy-MM-dd, such as 2017-06-09");
    }

    [Fact]
    public void SCO004UnknownEnumMemberListsValidValuesAndSuggests()
    {
        // Line 22: "  status: on-hold".
        var output = Fixture.Run(projects: Fixture.Projects.Replace("status: on-hold", "status: on-holt"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO004", Error, Fixture.ProjectsPath, 22, 11,
            "'on-holt' is not a valid ProjectStatus for Project.status; did you mean 'on-hold'? Valid values: active, on-hold, closed");
    }

    [Fact]
    public void SCO004NotANumber()
    {
        // Line 7: "  budget: 1200".
        var output = Fixture.Run(projects: Fixture.Projects.Replace("budget: 1200", "budget: 1,200"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO004", Error, Fixture.ProjectsPath, 7, 11,
            "'1,200' is not a valid whole number for Project.budget; write a whole number such as 2018");
    }

    [Fact]
    public void SCO004NotABooleanInNestedRecord()
    {
        // Line 15: "      done: true".
        var output = Fixture.Run(projects: Fixture.Projects.Replace("done: true", "done: yes"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO004", Error, Fixture.ProjectsPath, 15, 13,
            "'yes' is not a valid boolean (true or false) for Milestone.done; write true or false");
    }

    [Fact]
    public void SCO004ListWhereOneValueGoes()
    {
        // Line 3: "  name: France".
        var output = Fixture.Run(countries: Fixture.Countries.Replace("name: France", "name: [France]"));

        var diagnostic = SingleInFile(output, "SCO004", Fixture.CountriesPath);
        AssertDiagnostic(diagnostic, "SCO004", Error, Fixture.CountriesPath, 3, 9, "'a list' is not a valid string for Country.name");
    }

    [Fact]
    public void SCO004DataFileOrEntryOfTheWrongShape()
    {
        // The message names the entity, then says what a data file or an entry looks like.
        var notAList = Fixture.Run(countries: "hello\n");
        var notAMapping = Fixture.Run(countries: "- FRA\n- code: IND\n  name: India\n");

        var fileDiagnostic = SingleInFile(notAList, "SCO004", Fixture.CountriesPath);
        AssertDiagnostic(fileDiagnostic, "SCO004", Error, Fixture.CountriesPath, 1, 1,
            "'hello' is not a valid data file for Country; a data file is a list of entries, each starting with '- code: ...', or a mapping of entries by their keys");
        var entryDiagnostic = SingleInFile(notAMapping, "SCO004", Fixture.CountriesPath);
        AssertDiagnostic(entryDiagnostic, "SCO004", Error, Fixture.CountriesPath, 1, 3,
            "'FRA' is not a valid entry for Country; each entry is a mapping that starts with 'code: ...'");
    }

    [Fact]
    public void SCO005DuplicateKeySaysWhereTheFirstIs()
    {
        var output = Fixture.Run(countries: Fixture.Countries + "- code: FRA\n  name: France again\n");

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO005", Error, Fixture.CountriesPath, 16, 9,
            "Country 'FRA' is defined more than once; the first definition is at countries.yaml line 2; remove one or change its code");
    }

    [Fact]
    public void SCO005DuplicateFieldInOneEntry()
    {
        // Line 4: "  aliases: [French Republic]"; a second 'name' follows it.
        var output = Fixture.Run(countries: Fixture.Countries.Replace("  aliases: [French Republic]\n", "  aliases: [French Republic]\n  name: Gaul\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO005", Error, Fixture.CountriesPath, 5, 3,
            "In Country 'FRA', the field 'name' is defined more than once; the first definition is at line 3; remove one or change its name");
    }

    [Fact]
    public void SCO006UnknownReferenceSuggestsClosestKey()
    {
        // Line 25: "  lead: KGZ".
        var output = Fixture.Run(projects: Fixture.Projects.Replace("lead: KGZ", "lead: KZG"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO006", Error, Fixture.ProjectsPath, 25, 9,
            "Project.lead refers to Country 'KZG', which does not exist; did you mean 'KGZ'?");
    }

    [Fact]
    public void SCO006UnknownReferenceInListWithoutCloseKey()
    {
        // Line 11: "  members: [FRA, IND]".
        var output = Fixture.Run(projects: Fixture.Projects.Replace("members: [FRA, IND]", "members: [FRA, ZZZZZZ]"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO006", Error, Fixture.ProjectsPath, 11, 18,
            "Project.members refers to Country 'ZZZZZZ', which does not exist; add it to the Country data file or correct the key");
    }

    [Fact]
    public void SCO028DateBeforeNotBefore()
    {
        // Line 6: "  end: 2019-12-31", after start 2018-03-01.
        var output = Fixture.Run(projects: Fixture.Projects.Replace("end: 2019-12-31", "end: 2017-12-31"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO028", Error, Fixture.ProjectsPath, 6, 8,
            "Project.end: 2017-12-31 is before start (2018-03-01) in Project 'river-survey'; end may not be earlier than start");
    }

    [Fact]
    public void SCO007PatternViolated()
    {
        // Line 2: France's code no longer fits the pattern; the projects follow the new code, so nothing else changes.
        var output = Fixture.Run(
            countries: Fixture.Countries.Replace("code: FRA", "code: FR4"),
            projects: Fixture.Projects.Replace("FRA", "FR4"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO007", Error, Fixture.CountriesPath, 2, 9,
            "Country.code: 'FR4' in Country 'FR4' does not match the pattern ^[A-Z]{3}$");
    }

    [Fact]
    public void SCO027EmptyListWhereNotEmpty()
    {
        // Line 26: "  members: [KGZ, FRA, IND]".
        var output = Fixture.Run(projects: Fixture.Projects.Replace("members: [KGZ, FRA, IND]", "members: []"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO027", Error, Fixture.ProjectsPath, 26, 12,
            "Project.members: the list in Project 'mountain-rescue' is empty; give at least one item or leave the field out");
    }

    [Fact]
    public void SCO026OutOfRange()
    {
        // Line 7: "  budget: 1200"; the range is 0 to 1000000.
        var output = Fixture.Run(projects: Fixture.Projects.Replace("budget: 1200", "budget: 5000000"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO026", Error, Fixture.ProjectsPath, 7, 11,
            "Project.budget: 5000000 in Project 'river-survey' is outside the allowed range 0 to 1000000");
    }

    [Fact]
    public void SCO008DataFileMissingIsReportedAtTheAttribute()
    {
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("regions.yaml")]
            public sealed partial record Region
            {
                [EntityKey]
                public required string Id { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/region.yaml", "- id: north\n"));

        var diagnostic = Assert.Single(output.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "SCO008", Error, "/proj/Schema.cs", 5, 2,
            "Region reads its entries from 'regions.yaml', which is not among the AdditionalFiles; add <AdditionalFiles Include=\"data/regions.yaml\" /> to the project");
        Assert.Equal("""DataEntity("regions.yaml")""", ReadSpan(schema, diagnostic.Location));
    }

    [Fact]
    public void SCO009EntityThatIsNotPartialIsReportedAtItsName()
    {
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("notes.yaml")]
            public sealed record Note
            {
                [EntityKey]
                public required string Id { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/notes.yaml", "- id: n1\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO009", Error, "/proj/Schema.cs", 6, 22,
            "Note must be declared 'partial' so that the generator can add its entries");
    }

    [Theory]
    [InlineData("public required string Id { get; init; }", "Note has no key: mark one string property with [EntityKey]")]
    [InlineData("[EntityKey] public required string Id { get; init; } [EntityKey] public required string Code { get; init; }", "Note has 2 properties marked [EntityKey]; mark exactly one")]
    public void SCO015EntityKeyMissingOrRepeatedIsReportedAtTheAttribute(string properties, string message)
    {
        var schema = $$"""
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("notes.yaml")]
            public sealed partial record Note
            {
                {{properties}}
            }
            """;

        var output = RunSchema(schema, ("/proj/data/notes.yaml", "- id: n1\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO015", Error, "/proj/Schema.cs", 5, 2, message);
    }

    [Fact]
    public void SCO016DataEntityWithoutAFileNameIsReportedAtTheAttribute()
    {
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity(" ")]
            public sealed partial record Note
            {
                [EntityKey]
                public required string Id { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/notes.yaml", "- id: n1\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO016", Error, "/proj/Schema.cs", 5, 2,
            "Note: [DataEntity] needs the name of its data file, such as [DataEntity(\"notes.yaml\")]");
    }

    [Fact]
    public void SCO017LookupOnANumberIsReportedAtTheProperty()
    {
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("notes.yaml")]
            public sealed partial record Note
            {
                [EntityKey]
                public required string Id { get; init; }

                [Lookup]
                public int Rank { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/notes.yaml", "- id: n1\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO017", Error, "/proj/Schema.cs", 12, 16,
            "Note.Rank has [Lookup], which applies only to strings and lists of strings");
    }

    [Fact]
    public void SCO018AttributeArgumentsThatCannotWorkAreReportedAtTheProperty()
    {
        const string schema = """
            using System;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("notes.yaml")]
            public sealed partial record Note
            {
                [EntityKey]
                public required string Id { get; init; }

                [ReverseIndex("With Code")]
                public string? Code { get; init; }

                [NotBefore("Opened")]
                public DateOnly? Closed { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/notes.yaml", "- id: n1\n"));

        Assert.Equal(["SCO018", "SCO018"], Ids(output));
        AssertDiagnostic(output.GeneratorDiagnostics[0], "SCO018", Error, "/proj/Schema.cs", 13, 20,
            "Note.Code has [ReverseIndex(\"With Code\")], which is not a valid method name");
        AssertDiagnostic(output.GeneratorDiagnostics[1], "SCO018", Error, "/proj/Schema.cs", 16, 22,
            "Note.Closed has [NotBefore(\"Opened\")], but Note has no date property named Opened");
    }

    [Fact]
    public void SCO019TwoPropertiesWrittenAlikeAreReportedAtTheSecond()
    {
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("notes.yaml")]
            public sealed partial record Note
            {
                [EntityKey]
                public required string Id { get; init; }

                public string? Title { get; init; }

                [YamlName("title")]
                public string? Heading { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/notes.yaml", "- id: n1\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO019", Error, "/proj/Schema.cs", 14, 20,
            "Note.Title and Note.Heading are both written 'title' in the data file; give one a different [YamlName]");
    }

    [Fact]
    public void SCO014UnsupportedPropertyTypesAreReportedAtTheProperty()
    {
        const string schema = """
            using System;
            using System.Collections.Generic;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("gadgets.yaml")]
            public sealed partial record Gadget
            {
                [EntityKey]
                public required string Id { get; init; }

                public Dictionary<string, int>? Counts { get; init; }

                public Guid Token { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/gadgets.yaml", "- id: g1\n"));

        Assert.Equal(["SCO014", "SCO014"], Ids(output));
        AssertDiagnostic(output.GeneratorDiagnostics[0], "SCO014", Error, "/proj/Schema.cs", 13, 37,
            "Gadget.Counts has type 'System.Collections.Generic.Dictionary<string, int>?', which a data file cannot hold: the only generic types supported are ImmutableArray<T>, IReadOnlyList<T>, ImmutableDictionary<string, T> and IReadOnlyDictionary<string, T>");
        Assert.Equal("Counts", ReadSpan(schema, output.GeneratorDiagnostics[0].Location));
        AssertDiagnostic(output.GeneratorDiagnostics[1], "SCO014", Error, "/proj/Schema.cs", 15, 17,
            "Gadget.Token has type 'System.Guid', which a data file cannot hold: supported types are string, bool, int, long, double, decimal, DateOnly, enums, records with a parameterless constructor, [DataEntity] references, their nullable forms, and ImmutableArray<T> and ImmutableDictionary<string, T> of those");

        // The rest of the record still compiles: nothing is generated from the unsupported properties.
        Assert.Contains(output.Sources, s => s.HintName == "Fixture.Gadget.g.cs");
    }

    [Fact]
    public void SCO014UnsupportedTypeInSharedNestedRecordIsReportedOnce()
    {
        // Two entities reach the same nested record; its problem is one problem.
        const string schema = """
            using System;
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("cats.yaml")]
            public sealed partial record Cat
            {
                [EntityKey]
                public required string Id { get; init; }

                public Tag? Tag { get; init; }
            }

            [DataEntity("dogs.yaml")]
            public sealed partial record Dog
            {
                [EntityKey]
                public required string Id { get; init; }

                public Tag? Tag { get; init; }
            }

            public sealed record Tag
            {
                public TimeSpan Age { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/cats.yaml", "- id: tom\n"), ("/proj/data/dogs.yaml", "- id: rex\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO014", Error, "/proj/Schema.cs", 26, 21,
            "Tag.Age has type 'System.TimeSpan', which a data file cannot hold: supported types are string, bool, int, long, double, decimal, DateOnly, enums, records with a parameterless constructor, [DataEntity] references, their nullable forms, and ImmutableArray<T> and ImmutableDictionary<string, T> of those");
    }

    [Fact]
    public void SCO021ReferenceCycleBetweenEntityTypes()
    {
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("hens.yaml")]
            public sealed partial record Hen
            {
                [EntityKey]
                public required string Id { get; init; }

                public Egg? HatchedFrom { get; init; }
            }

            [DataEntity("eggs.yaml")]
            public sealed partial record Egg
            {
                [EntityKey]
                public required string Id { get; init; }

                public Hen? LaidBy { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/hens.yaml", "- id: henny\n"), ("/proj/data/eggs.yaml", "- id: first\n  laidBy: henny\n"));

        // Reported once, at the type whose reference closes the cycle (Egg -> Hen -> Egg, visiting in name order).
        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO021", Error, "/proj/Schema.cs", 6, 30,
            "Egg -> Hen -> Egg is a cycle of references between entity types; entries are initialised type by type, so remove one of these references (refer by key in a string property instead)");
    }

    private const string LangSchema = """
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("langs.yaml")]
        public sealed partial record Lang
        {
            [EntityKey]
            public required string Id { get; init; }

            public Lang? Parent { get; init; }
        }
        """;

    [Fact]
    public void SCO022EntryThatRefersToItselfIsReportedAtItsKey()
    {
        var output = RunSchema(LangSchema, ("/proj/data/langs.yaml", "- id: a\n- id: b\n  parent: b\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO022", Error, "/proj/data/langs.yaml", 2, 7,
            "Lang 'b' refers to itself; a generated entry cannot hold a reference to itself, so leave the field out (or make the property a string holding the key)");
    }

    [Fact]
    public void SCO023EntriesThatReferToEachOtherAreReportedAtAKey()
    {
        var output = RunSchema(LangSchema, ("/proj/data/langs.yaml", "- id: a\n  parent: b\n- id: b\n  parent: a\n"));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO023", Error, "/proj/data/langs.yaml", 3, 7,
            "Lang 'b' and Lang 'a' refer to each other, directly or through other entries; an entry is made after the entries it refers to, so one of them must not refer back");
    }

    [Fact]
    public void SCO010TwoEntriesWithTheSameAccessor()
    {
        // "Kyrgyzstan!" makes the accessor Country.Kyrgyzstan, like line 11's "Kyrgyzstan".
        var output = Fixture.Run(countries: Fixture.Countries + "- code: KGY\n  name: Kyrgyzstan!\n");

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO010", Error, Fixture.CountriesPath, 17, 9,
            "Country 'KGY' and Country 'KGZ' would both get the accessor Country.Kyrgyzstan; make their name values differ by more than punctuation, case or accents");
    }

    [Fact]
    public void SCO025TwoEntriesAnswerToTheSameLookupNameIgnoringCase()
    {
        // India (line 9) already answers to "Bharat".
        var output = Fixture.Run(countries: Fixture.Countries + "- code: BHR\n  name: Bahrain\n  aliases: [bharat]\n");

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO025", Error, Fixture.CountriesPath, 18, 13,
            "Country 'BHR' and Country 'IND' both answer to 'bharat' in Country.Find (identifiers are compared ignoring case); make them distinct, or, for a value several entries share, replace [Lookup] on Country.Aliases with [ReverseIndex(\"WithAliases\")], which returns every entry that has it");
    }

    [Fact]
    public void SCO010AccessorWouldTakeAMemberName()
    {
        var output = Fixture.Run(countries: Fixture.Countries + "- code: ALL\n  name: All\n");

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO010", Error, Fixture.CountriesPath, 17, 9,
            "Country 'ALL' would get the accessor Country.All, which Country already has as a member; change the name");
    }

    [Fact]
    public void SCO024NameWithoutLettersOrDigits()
    {
        var output = Fixture.Run(countries: Fixture.Countries + "- code: QQQ\n  name: '???'\n");

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO024", Error, Fixture.CountriesPath, 17, 9,
            "Country 'QQQ': '???' has no ASCII letter or digit to make a C# name from; change the name");
    }

    [Fact]
    public void SCO010AccessorWouldTakeTheNameOfAComputedMemberOrMethod()
    {
        // Only data properties (with a setter) were reserved. A computed property, a method, a
        // constant or a static field already declared in the record takes the name just the same
        // (the real State declares Label, EntityKind, CurrentStatus and StatusOn).
        const string schema = """
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("things.yaml", AccessorFrom = nameof(Name))]
            public sealed partial record Thing
            {
                [EntityKey]
                public required string Id { get; init; }

                public required string Name { get; init; }

                public string Label => Name;

                public int Weight() => 1;

                public const string Kind = "thing";
            }
            """;
        const string things = """
            - id: a
              name: Label
            - id: b
              name: Weight
            - id: c
              name: kind
            - id: d
              name: Fine

            """;

        var output = RunSchema(schema, ("/proj/data/things.yaml", things));

        Assert.True(
            Ids(output).SequenceEqual(["SCO010", "SCO010", "SCO010"]),
            $"Expected three SCO010; the generator reported [{TestHelpers.Format(output.GeneratorDiagnostics)}] and the output has:\n{TestHelpers.Format(output.CompilationDiagnostics().Where(d => d.Severity == Error).Take(5))}");
        AssertAt(output.GeneratorDiagnostics[0], "SCO010", Error, "/proj/data/things.yaml", 2, 9);
        AssertAt(output.GeneratorDiagnostics[1], "SCO010", Error, "/proj/data/things.yaml", 4, 9);
        AssertAt(output.GeneratorDiagnostics[2], "SCO010", Error, "/proj/data/things.yaml", 6, 9);
        Assert.Contains("Thing.Label", Message(output.GeneratorDiagnostics[0]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("All")]
    [InlineData("GeneratedData")]
    [InlineData("Name")]
    public void SCO020ReverseIndexNamedLikeAnotherMember(string methodName)
    {
        // [ReverseIndex] only had to be a valid identifier; a name the record already uses for a
        // property made generated code that does not compile, with nothing said about the attribute.
        // (Find, TryGet and EntryIndexOf are methods, so a method of that name is an overload: fine.)
        var schema = $$"""
            using ScoModel.Generators;

            namespace Fixture;

            [DataEntity("parts.yaml")]
            public sealed partial record Part
            {
                [EntityKey]
                public required string Id { get; init; }

                public string? Name { get; init; }

                [ReverseIndex("{{methodName}}")]
                public Supplier? Supplier { get; init; }
            }

            [DataEntity("suppliers.yaml")]
            public sealed partial record Supplier
            {
                [EntityKey]
                public required string Id { get; init; }
            }
            """;

        var output = RunSchema(schema, ("/proj/data/parts.yaml", "- id: bolt\n  supplier: acme\n"), ("/proj/data/suppliers.yaml", "- id: acme\n"));

        TestHelpers.AssertNoGeneratorException(output);
        Assert.True(
            output.GeneratorDiagnostics.Length == 1,
            $"Expected one SCO020 at the property; the generator reported [{TestHelpers.Format(output.GeneratorDiagnostics)}] and the output has:\n{TestHelpers.Format(output.CompilationDiagnostics().Where(d => d.Severity == Error).Take(5))}");
        var diagnostic = output.GeneratorDiagnostics[0];
        AssertAt(diagnostic, "SCO020", Error, "/proj/Schema.cs", 14, 22);
    }

    [Fact]
    public void SCO011NestingDeeperThanTheLimit()
    {
        // Line 3's value nests too deep. The file's list is level 1 and the entry level 2, so the first '['
        // (column 12) is level 3, and the report is at the '[' that opens level MaxDepth + 1.
        var brackets = YamlReader.MaxDepth + 6;
        var output = Fixture.Run(countries: $"- code: FRA\n  name: France\n  aliases: {new string('[', brackets)}{new string(']', brackets)}\n");

        var diagnostic = SingleInFile(output, "SCO011", Fixture.CountriesPath);
        AssertDiagnostic(diagnostic, "SCO011", Error, Fixture.CountriesPath, 3, 12 + (YamlReader.MaxDepth + 1 - 3),
            "countries.yaml: the nesting is deeper than the limit of 64 levels; split the file or simplify the YAML");
    }

    [Fact]
    public void SCO011AliasBomb()
    {
        // Each line repeats the one before nine times: 9^6 nodes if expanded. The report is at the
        // first alias that takes the expansion past the limit (line 6, the first *e).
        var output = Fixture.Run(countries: """
            - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
            - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
            - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
            - &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]

            """);

        var diagnostic = SingleInFile(output, "SCO011", Fixture.CountriesPath);
        AssertDiagnostic(diagnostic, "SCO011", Error, Fixture.CountriesPath, 6, 7,
            "countries.yaml: aliases expand to more than 100,000 nodes; split the file or simplify the YAML");
    }

    [Fact]
    public void SCO029FileLargerThanTheLimit()
    {
        var huge = "# " + new string('x', YamlReader.MaxFileLength) + "\n";
        var output = Fixture.Run(countries: huge);

        var diagnostic = SingleInFile(output, "SCO029", Fixture.CountriesPath);
        AssertDiagnostic(diagnostic, "SCO029", Error, Fixture.CountriesPath, 1, 1,
            $"countries.yaml: the file has {huge.Length.ToString("N0", CultureInfo.InvariantCulture)} characters, more than the limit of 33,554,432; split the file or simplify the YAML");
    }

    [Fact]
    public void SCO012RecommendedFieldMissingIsAWarning()
    {
        // Mountain rescue (line 20) loses its note.
        var output = Fixture.Run(projects: Fixture.Projects.Replace("  note: Postponed; see the 2021 plan.\n", string.Empty));

        AssertDiagnostic(Assert.Single(output.GeneratorDiagnostics), "SCO012", DiagnosticSeverity.Warning, Fixture.ProjectsPath, 20, 3,
            "The Project entry 'mountain-rescue' has no 'note'; Project entries should give one");

        // A warning only: the entry is still generated and the output compiles.
        Assert.Contains("MountainRescue", output.Source("Fixture.Project.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(output.CompilationDiagnostics(), d => d.Severity == Error);
    }

    private const string ThingSchema = """
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("things.yaml")]
        public sealed partial record Thing
        {
            [EntityKey]
            public required string Id { get; init; }
        }
        """;

    /// <summary>Entries with one unknown field each: one SCO002 per entry.</summary>
    private static string ThingsWithUnknownFields(string prefix, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"- id: {prefix}{i}\n  colour: red\n"));

    [Fact]
    public void SCO013TooManyDiagnosticsInOneFile()
    {
        // 150 problems in one file: the first 100 are reported, then one warning for the rest.
        var output = RunSchema(ThingSchema, ("/proj/data/things.yaml", ThingsWithUnknownFields("t", 150)));

        TestHelpers.AssertNoGeneratorException(output);
        Assert.Equal(100, output.GeneratorDiagnostics.Count(d => d.Id == "SCO002"));
        Assert.Equal(101, output.GeneratorDiagnostics.Length);
        AssertDiagnostic(Single(output, "SCO013"), "SCO013", DiagnosticSeverity.Warning, "/proj/data/things.yaml", 1, 1,
            "50 more problems were found but not reported (at most 100 per file and 1,000 per build are); fix the ones reported and build again");
    }

    [Fact]
    public void SCO013TooManyDiagnosticsInOneBuild()
    {
        // Twelve files of one entity type, 90 problems each: 1,000 are reported, then one warning for the other 80.
        var files = Enumerable.Range(0, 12).Select(f => ($"/proj/data/part{f:D2}/things.yaml", ThingsWithUnknownFields($"f{f}x", 90))).ToArray();
        // Accessors asked for, so that the 1,080 entries do not add SCO034 to the count.
        var output = RunSchema(ThingSchema.Replace("[DataEntity(\"things.yaml\")]", "[DataEntity(\"things.yaml\", Accessors = true)]", StringComparison.Ordinal), files);

        TestHelpers.AssertNoGeneratorException(output);
        Assert.Equal(1_000, output.GeneratorDiagnostics.Count(d => d.Id == "SCO002"));
        AssertDiagnostic(Single(output, "SCO013"), "SCO013", DiagnosticSeverity.Warning, "/proj/data/part11/things.yaml", 1, 1,
            "80 more problems were found but not reported (at most 100 per file and 1,000 per build are); fix the ones reported and build again");

        // The generated code is still complete and compiles.
        Assert.DoesNotContain(output.CompilationDiagnostics(), d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void SCO032TagThatDisagreesWithThePropertyType()
    {
        // Line 2, column 10: '!!str 42' says text, and count holds a whole number.
        var output = RunSchema(TaggedSchema, ("/proj/data/items.yaml", "- id: a\n  count: !!str 42\n"));

        var diagnostic = Single(output, "SCO032");
        AssertDiagnostic(diagnostic, "SCO032", Error, "/proj/data/items.yaml", 2, 10,
            "Item.count: the tag '!!str' says the value is a string, but count holds a whole number; remove the tag");
    }

    [Fact]
    public void SCO033TagTheGeneratorDoesNotRead()
    {
        var output = RunSchema(TaggedSchema, ("/proj/data/items.yaml", "- id: a\n  count: 1\n  note: !!binary R0lGODlh\n- id: b\n  note: !secret hunter2\n"));

        TestHelpers.AssertNoGeneratorException(output);
        var diagnostics = output.GeneratorDiagnostics.Where(d => d.Id == "SCO033").ToList();
        Assert.Equal(2, diagnostics.Count);
        AssertDiagnostic(diagnostics[0], "SCO033", Error, "/proj/data/items.yaml", 3, 9,
            "Item.note: the tag '!!binary' is not one the generator reads; note holds a string: remove the tag and write the value as one");
        AssertDiagnostic(diagnostics[1], "SCO033", Error, "/proj/data/items.yaml", 5, 9,
            "Item.note: the tag '!secret' is not one the generator reads; note holds a string: remove the tag and write the value as one");
    }

    private const string TaggedSchema = """
        using ScoModel.Generators;

        namespace Fixture;

        [DataEntity("items.yaml")]
        public sealed partial record Item
        {
            [EntityKey] public required string Id { get; init; }
            public int Count { get; init; }
            public string? Note { get; init; }
        }
        """;

    [Fact]
    public void EveryDescriptorIsCoveredHere()
    {
        // Keep this class honest: each id the generator can report has a test named after it, here or,
        // for the limits that need large inputs, in LimitTests.
        var ids = Descriptors().Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        var tested = typeof(DiagnosticTests).GetMethods()
            .Concat(typeof(LimitTests).GetMethods())
            .Where(m => m.Name.StartsWith("SCO", StringComparison.Ordinal))
            .Select(m => m.Name[..6])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(Enumerable.Range(1, 34).Select(i => $"SCO{i:D3}"), ids);
        Assert.Equal(ids, tested);
    }

    [Fact]
    public void EveryDescriptorHasItsPageItsReleaseRowAndAHelpLinkToThePage()
    {
        var root = Snapshot.RepositoryRoot();
        var docs = Path.Combine(root, "docs", "diagnostics");
        var releaseRows = File.ReadAllLines(Path.Combine(root, "generators", "ScoModel.Generators", "AnalyzerReleases.Unshipped.md"));
        var index = File.ReadAllText(Path.Combine(docs, "README.md"));
        var descriptors = Descriptors();
        foreach (var descriptor in descriptors)
        {
            var id = descriptor.Id;
            var page = Path.Combine(docs, id + ".md");
            Assert.True(File.Exists(page), $"docs/diagnostics/{id}.md is missing");
            Assert.Equal($"# {id}: {descriptor.Title}", File.ReadLines(page).First());
            Assert.Contains($"{id} | ScoModel.Data | {descriptor.DefaultSeverity} | {descriptor.Title}", releaseRows);
            Assert.Contains($"| [{id}]({id}.md) | {descriptor.DefaultSeverity} | {descriptor.Title} |", index, StringComparison.Ordinal);
            Assert.Equal(Diagnostics.DiagnosticDescriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
            Assert.EndsWith($"/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }

        // And no page for an id that no longer exists.
        Assert.Equal(
            descriptors.Select(d => d.Id + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(docs, "SCO*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static List<DiagnosticDescriptor> Descriptors() =>
        typeof(Diagnostics.DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

    private static GeneratorOutput RunSchema(string schema, params (string Path, string Yaml)[] files) =>
        TestHelpers.RunGenerator(
            [TestHelpers.ParseTree(schema, "/proj/Schema.cs")],
            files.Select(f => new InMemoryAdditionalText(f.Path, f.Yaml)));

    private static string ReadSpan(string source, Location location) => source.Substring(location.SourceSpan.Start, location.SourceSpan.Length);

    private static List<string> Ids(GeneratorOutput output) => output.GeneratorDiagnostics.Select(d => d.Id).ToList();

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>The only diagnostic with <paramref name="id"/>; the generator must not have thrown.</summary>
    private static Diagnostic Single(GeneratorOutput output, string id)
    {
        TestHelpers.AssertNoGeneratorException(output);
        var matching = output.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got:\n{TestHelpers.Format(output.GeneratorDiagnostics)}");
        return matching[0];
    }

    /// <summary>
    /// The only diagnostic located in <paramref name="path"/>, which must have <paramref name="id"/>. Other files may
    /// report what follows from it (a country file that cannot be read leaves projects referring to nothing).
    /// </summary>
    private static Diagnostic SingleInFile(GeneratorOutput output, string id, string path)
    {
        TestHelpers.AssertNoGeneratorException(output);
        var inFile = output.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == path).ToList();
        Assert.True(inFile.Count == 1 && inFile[0].Id == id, $"Expected one {id} in {path}, got:\n{TestHelpers.Format(output.GeneratorDiagnostics)}");
        return inFile[0];
    }

    private static void AssertAt(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    private static void AssertDiagnostic(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string path, int line, int column, string message)
    {
        AssertAt(diagnostic, id, severity, path, line, column);
        Assert.Equal(message, Message(diagnostic));
    }
}
