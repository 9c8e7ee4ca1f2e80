using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace ScoModel.Benchmarks;

/// <summary>
/// The generator's own cost: <c>GeneratorDriver.RunGenerators</c> over a tiny schema (a partial record with a key,
/// a [Lookup] name, an enum, a date and a reference to a second entity) and a synthetic items.yaml of
/// <see cref="Entries"/> entries (plus a groups.yaml of 100). Only RunGenerators is measured: the compilation, the
/// texts and a driver that has run nothing are made once in GlobalSetup, and nothing is emitted.
/// <list type="bullet">
/// <item><b>FullRun</b> (baseline): a driver with no state, so every step runs: read the YAML, read the schema, bind,
/// check, emit, and the driver parses the generated source into syntax trees.</item>
/// <item><b>UnrelatedCSharpEdit</b>: a driver that has already run, on a new compilation in which one unrelated C# file
/// was replaced: what the IDE pays on each keystroke in that file (the YAML work should be cached).</item>
/// </list>
/// Set SCO_BENCH_SMOKE=1 to run only 1,000 entries.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int Groups = 100;

    private const string Schema = """
        using ScoModel.Generators;

        namespace Synthetic;

        public enum ItemKind { Alpha, Beta, Gamma, DeltaEpsilon }

        [DataEntity("items.yaml")]
        public sealed partial record Item
        {
            [EntityKey, Lookup]
            public required string Id { get; init; }

            [Lookup]
            public required string Name { get; init; }

            public required ItemKind Kind { get; init; }

            public required System.DateOnly Date { get; init; }

            public Group? Group { get; init; }
        }

        [DataEntity("groups.yaml")]
        public sealed partial record Group
        {
            [EntityKey]
            public required string Id { get; init; }

            public required string Name { get; init; }
        }
        """;

    private static readonly string[] Adjectives = ["Northern", "Joint", "Peace", "Coastal", "Mountain", "Desert", "Eastern", "Allied"];
    private static readonly string[] Nouns = ["Shield", "Mission", "Contact", "Partnership", "Guard", "Frontier", "Dawn", "Harmony", "Bridge"];
    private static readonly string[] Kinds = ["alpha", "beta", "gamma", "delta-epsilon"];

    private GeneratorDriver _fresh = null!;
    private GeneratorDriver _warm = null!;
    private Compilation _compilation = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree[] _edits = [];
    private int _edit;

    public static IEnumerable<int> EntryCounts => Smoke.IsOn ? [1_000] : [1_000, 10_000, 100_000];

    [ParamsSource(nameof(EntryCounts))]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var unrelatedSource = "namespace Synthetic; public static class Unrelated { public static int Answer => 42; }";
        _compilation = GeneratorHarness.Compilation([("/bench/Schema.cs", Schema), ("/bench/Unrelated.cs", unrelatedSource)]);
        _unrelated = _compilation.SyntaxTrees.Single(t => t.FilePath.EndsWith("Unrelated.cs", StringComparison.Ordinal));
        _edits =
        [
            .. Enumerable.Range(0, 2).Select(i => _unrelated.WithChangedText(
                _unrelated.GetText().Replace(unrelatedSource.IndexOf("42", StringComparison.Ordinal), 2, (43 + i).ToString(CultureInfo.InvariantCulture)))),
        ];

        var items = Items(Entries);
        Console.WriteLine($"// items.yaml: {Entries:N0} entries, {items.Length:N0} characters");
        _fresh = GeneratorHarness.Driver([new InMemoryAdditionalText("/bench/items.yaml", items), new InMemoryAdditionalText("/bench/groups.yaml", GroupsYaml())]);
        _warm = GeneratorHarness.RunOnceAndDescribe($"{Entries:N0} entries", _fresh, _compilation, requireClean: true);
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

    private static string Items(int count)
    {
        var yaml = new StringBuilder(count * 96);
        var date = new DateOnly(2000, 1, 1);
        for (var i = 1; i <= count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- id: item-{i}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  name: {Adjectives[i % Adjectives.Length]} {Nouns[i / Adjectives.Length % Nouns.Length]} {i}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  kind: {Kinds[i % Kinds.Length]}\n");
            yaml.Append(CultureInfo.InvariantCulture, $"  date: {date.AddDays(i % 9000):yyyy-MM-dd}\n");
            if (i % 10 != 0)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"  group: group-{i % Groups}\n");
            }
        }

        return yaml.ToString();
    }

    private static string GroupsYaml()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < Groups; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"- id: group-{i}\n  name: Group {i}\n");
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
