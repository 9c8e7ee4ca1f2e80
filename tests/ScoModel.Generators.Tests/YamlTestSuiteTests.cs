using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Tests;

/// <summary>
/// The official yaml-test-suite (TestData/yaml-test-suite, 402 cases) through the generator's reader:
/// it never throws, it refuses every case a parser must refuse with SCO001, and it accepts every
/// valid case except those listed below by id, each with its reason, so that any change shows up.
/// </summary>
public class YamlTestSuiteTests
{
    private const string SeveralDocuments = "a data file holds one YAML document";
    private const string NotAScalarKey = "a key must be a plain name";

    private static readonly string SuiteFolder = Path.Combine(AppContext.BaseDirectory, "TestData", "yaml-test-suite");

    /// <summary>Valid YAML that a data file may not be, by design: each is refused with the message given.</summary>
    private static readonly Dictionary<string, string> Restrictions = new(StringComparer.Ordinal)
    {
        ["35KP"] = SeveralDocuments,
        ["5TYM"] = SeveralDocuments,
        ["6WLZ"] = SeveralDocuments,
        ["6XDY"] = SeveralDocuments,
        ["6ZKB"] = SeveralDocuments,
        ["7Z25"] = SeveralDocuments,
        ["9DXL"] = SeveralDocuments,
        ["9KAX"] = SeveralDocuments,
        ["9WXW"] = SeveralDocuments,
        ["JHB9"] = SeveralDocuments,
        ["KSS4"] = SeveralDocuments,
        ["L383"] = SeveralDocuments,
        ["M7A3"] = SeveralDocuments,
        ["NKF9"] = SeveralDocuments,
        ["PUW8"] = SeveralDocuments,
        ["RZT7"] = SeveralDocuments,
        ["U9NS"] = SeveralDocuments,
        ["UT92"] = SeveralDocuments,
        ["W4TN"] = SeveralDocuments,
        ["4FJ6"] = NotAScalarKey,
        ["6BFJ"] = NotAScalarKey,
        ["6PBE"] = NotAScalarKey,
        ["9MMW"] = NotAScalarKey,
        ["KK5P"] = NotAScalarKey,
        ["LX3P"] = NotAScalarKey,
        ["M2N8/00"] = NotAScalarKey,
        ["M2N8/01"] = NotAScalarKey,
        ["M5DY"] = NotAScalarKey,
        ["Q9WF"] = NotAScalarKey,
        ["RZP5"] = NotAScalarKey,
        ["SBG9"] = NotAScalarKey,
        ["V9D5"] = NotAScalarKey,
        ["X38W"] = NotAScalarKey,
        ["XW4D"] = NotAScalarKey,
    };

    /// <summary>Valid YAML that YamlDotNet 18 cannot parse: the remaining gaps, each refused with SCO001.</summary>
    private static readonly Dictionary<string, string> ParserGaps = new(StringComparer.Ordinal)
    {
        ["4MUZ/02"] = "a flow mapping key followed by ':' on the next line: \"did not find expected ',' or '}'\"",
        ["VJP3/01"] = "a flow mapping key followed by ':' on the next line: \"did not find expected ',' or '}'\"",
        ["DK95/04"] = "a line holding only a tab between two entries: \"found a tab character that violate indentation\"",
        ["JEF9/01"] = "a keep-chomped literal (|+) whose only content is a line of spaces: \"found extra spaces in first line\"",
        ["UKK6/00"] = "a sequence entry that is an empty key with an empty value ('- :'): \"did not find expected '-' indicator\"",
    };

    [Fact]
    public void EveryCaseIsReadWithoutAnExceptionAndEveryProblemIsInsideTheFile()
    {
        var problems = new List<string>();
        var count = 0;
        foreach (var (id, text, _) in Cases())
        {
            count++;
            try
            {
                var file = Read(id, text);
                foreach (var diagnostic in file.Diagnostics)
                {
                    var span = diagnostic.Location!.LineSpan;
                    if (diagnostic.Location.Span.End > text.Length || span.End.Line >= text.Lines.Count || span.End < span.Start)
                    {
                        problems.Add($"{id}: located outside the file: {diagnostic.ToDiagnostic()}");
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                problems.Add($"{id}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(402, count);
    }

    [Fact]
    public void EveryMustFailCaseIsRejectedWithSCO001()
    {
        // YamlDotNet accepts five of the 94 (a '#' glued to a directive, tabs as indentation in flow and
        // block contexts); StrictChecks refuses them.
        var cases = Cases().Where(c => c.MustFail).ToList();
        var accepted = cases
            .Where(c => !Read(c.Id, c.Text).Diagnostics.Any(d => d.Descriptor.Id == "SCO001"))
            .Select(c => c.Id)
            .ToList();

        Assert.True(accepted.Count == 0, "Accepted, though the suite says a parser must refuse them: " + string.Join(", ", accepted));
        Assert.Equal(94, cases.Count);
    }

    [Fact]
    public void ValidCasesAreAcceptedExceptTheListedOnes()
    {
        var unexpected = new List<string>();
        var rejected = new HashSet<string>(StringComparer.Ordinal);
        var valid = 0;
        foreach (var (id, text, _) in Cases().Where(c => !c.MustFail))
        {
            valid++;
            var file = Read(id, text);
            if (file.Diagnostics.Count == 0)
            {
                continue;
            }

            rejected.Add(id);
            var message = string.Join("; ", file.Diagnostics.Select(d => d.ToDiagnostic().GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            var expected = Restrictions.TryGetValue(id, out var restriction) ? restriction : ParserGaps.ContainsKey(id) ? "SCO001" : null;
            if (expected is null || !(message.Contains(expected, StringComparison.Ordinal) || file.Diagnostics.All(d => d.Descriptor.Id == expected)))
            {
                unexpected.Add($"{id}: {message}");
            }
        }

        Assert.True(unexpected.Count == 0, "Valid cases rejected, and not listed as a restriction or a parser gap:\n" + string.Join("\n", unexpected));

        // A listed case that is now accepted: take it off the list.
        var nowAccepted = Restrictions.Keys.Concat(ParserGaps.Keys).Where(id => !rejected.Contains(id)).ToList();
        Assert.True(nowAccepted.Count == 0, "Listed but accepted: " + string.Join(", ", nowAccepted));
        Assert.Equal(308, valid);
        TestContext.Current.SendDiagnosticMessage($"{valid} valid cases: {valid - rejected.Count} accepted, {Restrictions.Count} refused by design, {ParserGaps.Count} parser gaps");
    }

    [Theory]
    [InlineData("note: |+\n  kept\n\n\nnext: x\n", "kept\n\n\n")]
    [InlineData("note: |+\n  kept\n\n", "kept\n\n")]
    [InlineData("note: >+\n  folded\n  text\n\n", "folded text\n\n")]
    [InlineData("note: |-\n  stripped\n\n", "stripped")]
    [InlineData("note: |\n  clipped\n\n", "clipped\n")]
    public void BlockScalarsKeepTheirLineBreaksAsTheirChompingSays(string yaml, string expected)
    {
        // The suite's keep-chomping cases that YamlDotNet gets wrong (JEF9/01 above, and JEF9/02, a last line of
        // spaces with no line break, read as "" rather than "\n") are not how data files end; these are.
        var file = YamlReader.Read("/suite/note.yaml", SourceText.From(yaml), TestContext.Current.CancellationToken);

        var note = Assert.IsType<YamlMapping>(file.Root).Pairs[0].Value;
        Assert.Equal(expected, Assert.IsType<YamlScalar>(note).Value);
    }

    private static DataFile Read(string id, SourceText text) =>
        YamlReader.Read("/suite/" + id + "/in.yaml", text, TestContext.Current.CancellationToken);

    /// <summary>Every case: its id (<c>229Q</c>, <c>2G84/03</c>), its text decoded as the compiler decodes a file, and whether it must fail.</summary>
    private static IEnumerable<(string Id, SourceText Text, bool MustFail)> Cases()
    {
        foreach (var input in Directory.EnumerateFiles(SuiteFolder, "in.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetDirectoryName(input)!;
            var id = Path.GetRelativePath(SuiteFolder, folder).Replace('\\', '/');
            var bytes = File.ReadAllBytes(input);
            yield return (id, SourceText.From(bytes, bytes.Length, encoding: null, canBeEmbedded: true), File.Exists(Path.Combine(folder, "error")));
        }
    }
}
