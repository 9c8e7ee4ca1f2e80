using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ScoModel.Benchmarks;

/// <summary>
/// The generator's own cost: <c>GeneratorDriver.RunGenerators</c> over issue 10's synthetic schema (the same Item.cs
/// the synthetic projects compile: benchmarks/synthetic/Item.cs.in, a key, a [Lookup] name, an enum, an int, an
/// optional date, a list of two strings, an optional note) and a synthetic items.yaml of <see cref="Entries"/>
/// entries. Only RunGenerators is measured: the compilation, the texts and a driver that has run nothing are made
/// once in GlobalSetup, and nothing is emitted.
/// <list type="bullet">
/// <item><b>FullRun</b> (baseline): a driver with no state, so every step runs: read the YAML, read the schema, bind,
/// check, emit, and the driver parses the generated source into syntax trees.</item>
/// <item><b>UnrelatedCSharpEdit</b>: a driver that has already run, on a new compilation in which one unrelated C# file
/// was replaced: what the IDE pays on each keystroke in that file (the YAML work should be cached).</item>
/// <item><b>OneValueEdit</b>: a driver that has already run, given items.yaml with one value changed (the
/// <c>count</c> of the middle entry): what an edit of the data costs.</item>
/// </list>
/// Set SCO_BENCH_SMOKE=1 to run only 100 and 1,000 entries.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const string ImplicitUsings = "global using System;\nglobal using System.Collections.Generic;\nglobal using System.Linq;\n";

    private static readonly string[] Adjectives = ["Northern", "Joint", "Peace", "Coastal", "Mountain", "Desert", "Eastern", "Allied"];
    private static readonly string[] Nouns = ["Shield", "Mission", "Contact", "Partnership", "Guard", "Frontier", "Dawn", "Harmony", "Bridge"];
    private static readonly string[] Kinds = ["alpha", "beta", "gamma", "delta"];
    private static readonly string[] Tags = ["land", "sea", "air", "cyber", "space", "border", "counter-terrorism", "logistics", "medical", "naval"];

    private GeneratorDriver _fresh = null!;
    private GeneratorDriver _warm = null!;
    private Compilation _compilation = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree[] _edits = [];
    private AdditionalText _items = null!;
    private AdditionalText[] _valueEdits = [];
    private int _edit;
    private int _valueEdit;

    /// <summary>100 to 100,000; SCO_BENCH_ENTRIES="10000,100000" picks some; the smoke run only 100 and 1,000.</summary>
    public static IEnumerable<int> EntryCounts =>
        Smoke.IsOn ? [100, 1_000]
        : Environment.GetEnvironmentVariable("SCO_BENCH_ENTRIES") is { Length: > 0 } chosen
            ? chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => int.Parse(n, CultureInfo.InvariantCulture))
            : [100, 1_000, 10_000, 100_000];

    [ParamsSource(nameof(EntryCounts))]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var templates = Path.Combine(RepoPaths.Root, "benchmarks", "synthetic");
        // The same record the synthetic projects compile (benchmarks/synthetic.py): past 1,000 entries no accessors
        // (SCO034), unless SCO_ACCESSORS=1 asks for them up to 60,000.
        var asked = Environment.GetEnvironmentVariable("SCO_ACCESSORS") == "1" && Entries <= 60_000;
        var entity = asked ? "\"items.yaml\", Accessors = true" : "\"items.yaml\"";
        var schema = File.ReadAllText(Path.Combine(templates, "Item.cs.in")).Replace("@ENTITY@", entity, StringComparison.Ordinal);
        var unrelatedSource = File.ReadAllText(Path.Combine(templates, "Unrelated.cs.in"));
        _compilation = GeneratorHarness.Compilation([("/bench/Item.cs", schema), ("/bench/Unrelated.cs", unrelatedSource), ("/bench/GlobalUsings.g.cs", ImplicitUsings)]);
        _unrelated = _compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Unrelated.cs", StringComparison.Ordinal));
        var answer = unrelatedSource.IndexOf("42", StringComparison.Ordinal);
        _edits =
        [
            .. Enumerable.Range(0, 2).Select(i => _unrelated.WithChangedText(
                _unrelated.GetText().Replace(answer, 2, (43 + i).ToString(CultureInfo.InvariantCulture)))),
        ];

        var items = Items(Entries);
        var middle = Entries / 2;
        var marker = $"- id: item-{middle}\n";
        var count = items.IndexOf("  count: ", items.IndexOf(marker, StringComparison.Ordinal), StringComparison.Ordinal) + "  count: ".Length;
        var end = items.IndexOf('\n', count);
        _items = new InMemoryAdditionalText("/bench/data/items.yaml", items);
        _valueEdits =
        [
            .. Enumerable.Range(0, 2).Select(i => (AdditionalText)new InMemoryAdditionalText(
                "/bench/data/items.yaml", string.Concat(items.AsSpan(0, count), (100_001 + i).ToString(CultureInfo.InvariantCulture), items.AsSpan(end)))),
        ];

        Console.WriteLine($"// items.yaml: {Entries:N0} entries, {items.Length:N0} characters; OneValueEdit changes item-{middle}'s count");
        _fresh = GeneratorHarness.Driver([_items]);
        _warm = GeneratorHarness.RunOnceAndDescribe($"{Entries:N0} entries", _fresh, _compilation, requireClean: true);
        var generated = _warm.GetRunResult().GeneratedTrees.Where(t => Path.GetFileName(t.FilePath).StartsWith("Synthetic.Item", StringComparison.Ordinal)).Sum(t => t.Length);
        Console.WriteLine($"// generated Synthetic.Item* sources: {generated:N0} characters, {(double)generated / Entries:N0} per entry");
        GeneratorHarness.RunOnceAndDescribe($"{Entries:N0} entries, one value edited", _warm.ReplaceAdditionalText(_items, _valueEdits[0]), _compilation, requireClean: true);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => _fresh.RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit()
    {
        // Alternate between two edited versions so that every call sees a compilation it has not seen before.
        var edited = _compilation.ReplaceSyntaxTree(_unrelated, _edits[_edit++ & 1]);
        return _warm.RunGenerators(edited);
    }

    [Benchmark]
    public GeneratorDriver OneValueEdit() =>
        // _warm has run on the original items.yaml; each call replaces it with one of two edited texts.
        _warm.ReplaceAdditionalText(_items, _valueEdits[_valueEdit++ & 1]).RunGenerators(_compilation);

    /// <summary>The same shape as benchmarks/synthetic.py writes (not the same bytes: a different random source).</summary>
    private static string Items(int count)
    {
        var random = new Random(20261202 + count);
        var yaml = new StringBuilder(count * 130);
        var date = new DateOnly(2000, 1, 1);
        for (var i = 1; i <= count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- id: item-{i}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  name: {Adjectives[i % Adjectives.Length]} {Nouns[i / Adjectives.Length % Nouns.Length]} {i}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  kind: {Kinds[random.Next(Kinds.Length)]}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  count: {random.Next(100_000)}\n");
            if (random.Next(4) != 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  date: {date.AddDays(random.Next(9000)):yyyy-MM-dd}\n");
            }

            var a = random.Next(Tags.Length);
            var b = (a + 1 + random.Next(Tags.Length - 1)) % Tags.Length;
            yaml.Append(CultureInfo.InvariantCulture, $"  tags: [{Tags[a]}, {Tags[b]}]\n");
            if (random.Next(3) == 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  note: Entry {i} was revised after review {random.Next(1, 50)}.\n");
            }
        }

        return yaml.ToString();
    }
}

/// <summary>
/// The generator on the real schema and data: src/ScoModel/Model/*.cs and data/*.yaml read from the repository
/// (found by walking up to ScoModel.sln), one full RunGenerators per operation. While the data is being curated it may
/// carry SCOnnn errors; the setup log says how many, and the run still reads, binds and emits what it can.
/// </summary>
[MemoryDiagnoser]
public class GeneratorRealDataBenchmarks
{
    /// <summary>What the SDK's ImplicitUsings give src/ScoModel (obj/.../ScoModel.GlobalUsings.g.cs): the model relies on them.</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private GeneratorDriver _fresh = null!;
    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        var model = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "ScoModel", "Model"), "*.cs").Order(StringComparer.Ordinal).ToArray();
        var data = Directory.GetFiles(Path.Combine(RepoPaths.Root, "data"), "*.yaml").Order(StringComparer.Ordinal).ToArray();
        _compilation = GeneratorHarness.Compilation([.. model.Select(p => (p, File.ReadAllText(p))), ("GlobalUsings.g.cs", ImplicitUsings)]);
        _fresh = GeneratorHarness.Driver(data.Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p))));
        var yamlCharacters = data.Sum(p => new FileInfo(p).Length);
        Console.WriteLine($"// real data: {model.Length} model files, {data.Length} YAML files, {yamlCharacters:N0} bytes of YAML");
        GeneratorHarness.RunOnceAndDescribe("real data", _fresh, _compilation, requireClean: false);
    }

    [Benchmark]
    public GeneratorDriver FullRun() => _fresh.RunGenerators(_compilation);
}
