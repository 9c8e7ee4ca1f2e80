using System.Text;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Tests;

/// <summary>
/// The reader of the common subset (<see cref="BlockSubsetReader"/>) against YamlDotNet's: wherever the subset reader
/// does not give up, the file read must equal, node for node and range for range, what YamlDotNet's events give,
/// diagnostics included. Each source of input also checks that the subset reader takes what it is meant to take.
/// </summary>
public class BlockSubsetReaderTests
{
    private const string Path = "/proj/data/file.yaml";

    [Fact]
    public void Reads_the_yaml_test_suite_as_YamlDotNet_does_wherever_it_reads_a_case()
    {
        var folder = System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "yaml-test-suite");
        var read = 0;
        foreach (var input in Directory.EnumerateFiles(folder, "in.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(input);
            read += Compare(System.IO.Path.GetRelativePath(folder, input), SourceText.From(bytes, bytes.Length, encoding: null, canBeEmbedded: true)) ? 1 : 0;
        }

        // The suite is mostly about what the subset leaves out; these are the plain block cases it keeps.
        Assert.InRange(read, 25, 400);
    }

    [Fact]
    public void Reads_the_dataset_and_the_public_datasets_as_YamlDotNet_does()
    {
        var files = Directory.EnumerateFiles(System.IO.Path.Combine(Snapshot.RepositoryRoot(), "data"), "*.yaml")
            .Concat(Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "datasets"), "*.yml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToList();
        var read = files.Where(file => Compare(file, SourceText.From(File.ReadAllText(file)))).Select(System.IO.Path.GetFileName).ToList();

        // The public datasets are plain block YAML; the dataset's notes fold over several lines, outside the subset.
        Assert.Contains("languages.yml", read);
        Assert.Contains("vendor.yml", read);
        Assert.Contains("versions.yml", read);
    }

    [Fact]
    public void Reads_generated_files_of_the_subset_and_each_of_their_mutations_as_YamlDotNet_does()
    {
        // 2,000 documents by default; SCO_FUZZ_CASES sets more, as for the schema fuzz tests. Runs of 60,000 with three
        // other seeds found the cases Gives_up_at_what_the_subset_leaves_out names as found by a longer run.
        var random = new Random(20261207);
        for (var i = 0; i < SchemaFuzzTests.Cases; i++)
        {
            var text = SubsetDocument(random);
            Assert.True(Compare($"document {i}", SourceText.From(text)), $"document {i} is in the subset but was not read:\n{text}");

            var (mutated, description) = YamlMutator.Mutate(text, random);
            Compare($"document {i} after {description}", SourceText.From(mutated));
        }
    }

    [Theory]
    [InlineData("- a\n  b\n", "a plain scalar continued on the next line")]
    [InlineData("k: |\n  text\n", "a block scalar")]
    [InlineData("k: &a v\nj: *a\n", "an anchor and an alias")]
    [InlineData("k: !!str 5\n", "a tag")]
    [InlineData("k: {a: 1}\n", "a flow mapping")]
    [InlineData("k:\tv\n", "a tab")]
    [InlineData("k: v\r\n", "a carriage return")]
    [InlineData("k: v\n---\nj: w\n", "a second document")]
    [InlineData("k: \"a\\x41\"\n", "an escape beyond the common ones")]
    [InlineData("- - a\n", "a list nested on one line")]
    [InlineData("<<: {a: 1}\n", "a merge key")]
    [InlineData("a: 1\n\"b\":2\n", "a quoted key without a space after its colon (found by a longer run of the mutations)")]
    [InlineData("--- \n", "a document start with nothing after it, which holds an empty scalar (found by a longer run)")]
    [InlineData("- {long}: v\n", "a key longer than YAML's 1,024 characters (found by a longer run)")]
    [InlineData("k:\n a *b:\n", "a key with '*' after a space, which YamlDotNet reads as text (found by a longer run)")]
    public void Gives_up_at_what_the_subset_leaves_out(string yaml, string what)
    {
        yaml = yaml.Replace("{long}", new string('k', 1_100), StringComparison.Ordinal);
        Assert.False(BlockSubsetReader.TryRead(yaml, CancellationToken.None, out _), what);
        Compare(what, SourceText.From(yaml));
    }

    [Fact]
    public void Reads_a_file_of_comments_and_blank_lines_as_no_document()
    {
        Assert.True(BlockSubsetReader.TryRead("# only a comment\n\n   \n", CancellationToken.None, out var root));
        Assert.Null(root);
    }

    /// <summary>Whether the subset reader read <paramref name="text"/>; when it did, what it read must be YamlDotNet's.</summary>
    private static bool Compare(string what, SourceText text)
    {
        var viaYamlDotNet = YamlReader.ReadWithYamlDotNet(Path, text, CancellationToken.None);
        var read = YamlReader.Read(Path, text, CancellationToken.None);
        Assert.True(viaYamlDotNet == read, $"{what}: the subset reader read\n{Describe(read.Root)}\nYamlDotNet read\n{Describe(viaYamlDotNet.Root)}\n{string.Join("\n", viaYamlDotNet.Diagnostics)}");
        return BlockSubsetReader.TryRead(text.ToString(), CancellationToken.None, out _);
    }

    private static string Describe(YamlNode? node) => node switch
    {
        null => "(none)",
        YamlScalar scalar => $"{(scalar.IsPlain ? "plain" : "quoted")} '{scalar.Value}' {scalar.Range}",
        YamlSequence sequence => $"[{string.Join(", ", sequence.Items.Select(Describe))}] {sequence.Range}",
        YamlMapping mapping => $"{{{string.Join(", ", mapping.Pairs.Select(p => Describe(p.Key) + ": " + Describe(p.Value)))}}} {mapping.Range}",
        _ => node.ToString(),
    };

    private static readonly string[] PlainValues = ["a", "India", "2017-06-09", "-5", "42", "http://example.org/a#b", "a, b", "a]b", "null", "~", "x y  z", "é ü", "a#b", "true"];

    private static readonly string[] QuotedValues = ["\"a\"", "'it''s'", "\"q\\\"uote\"", "\"tab\\t\"", "\"\\u00e9\"", "''", "\"\"", "'a: b'", "\"# not a comment\""];

    /// <summary>A random document of the subset: lists and mappings, nested, with comments, blank lines and empty values.</summary>
    private static string SubsetDocument(Random random)
    {
        var text = new StringBuilder();
        if (random.Next(3) == 0)
        {
            text.Append("# a comment\n");
        }

        if (random.Next(2) == 0)
        {
            for (var i = 0; i < 1 + random.Next(4); i++)
            {
                text.Append("- ");
                WriteMapping(text, random, indent: 2, depth: 1, firstInline: true);
                if (random.Next(4) == 0)
                {
                    text.Append(random.Next(2) == 0 ? "\n" : "  # between entries\n");
                }
            }
        }
        else
        {
            WriteMapping(text, random, indent: 0, depth: 1, firstInline: false);
        }

        if (random.Next(4) == 0)
        {
            text.Append("# the end");
        }

        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, Random random, int indent, int depth, bool firstInline)
    {
        var keys = 1 + random.Next(4);
        for (var k = 0; k < keys; k++)
        {
            if (!(firstInline && k == 0))
            {
                text.Append(' ', indent);
            }

            text.Append(random.Next(6) == 0 ? "\"quoted key\"" : "key" + k).Append(':');
            switch (depth < 4 ? random.Next(8) : random.Next(4))
            {
                case 0:
                    text.Append(random.Next(2) == 0 ? "\n" : "   # empty\n");
                    break;
                case 1:
                    text.Append(' ').Append(QuotedValues[random.Next(QuotedValues.Length)]).Append('\n');
                    break;
                case 2:
                    text.Append(" [").Append(string.Join(random.Next(2) == 0 ? ", " : " ,", Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(3) == 0 ? QuotedValues[random.Next(QuotedValues.Length)] : "v" + random.Next(9)))).Append("]\n");
                    break;
                case 3:
                    text.Append(' ').Append(PlainValues[random.Next(PlainValues.Length)]).Append(random.Next(4) == 0 ? "  # note\n" : "\n");
                    break;
                case 4 or 5:
                    text.Append('\n');
                    var nested = indent + 1 + random.Next(3);
                    text.Append(' ', nested);
                    WriteMapping(text, random, nested, depth + 1, firstInline: true);
                    break;
                default:
                    // A list under the key, indented or at the key's own column.
                    text.Append('\n');
                    var column = random.Next(2) == 0 ? indent : indent + 2;
                    for (var i = 0; i < 1 + random.Next(3); i++)
                    {
                        text.Append(' ', column).Append("- ");
                        if (random.Next(2) == 0)
                        {
                            WriteMapping(text, random, column + 2, depth + 1, firstInline: true);
                        }
                        else
                        {
                            text.Append(PlainValues[random.Next(PlainValues.Length)]).Append('\n');
                        }
                    }

                    break;
            }

            if (random.Next(8) == 0)
            {
                text.Append(' ', random.Next(indent + 3)).Append("# a comment line\n");
            }
        }
    }
}
