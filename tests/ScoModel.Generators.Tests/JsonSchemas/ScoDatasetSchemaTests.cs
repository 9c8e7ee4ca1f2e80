using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScoModel.Generators.Tests.JsonSchemas;

/// <summary>
/// The checked-in schemas of <c>data/schemas</c>: each is what the generator makes of today's records and keys,
/// each data file names its schema and passes it, and a mistake the generator refuses, the schema refuses too.
/// </summary>
public class ScoDatasetSchemaTests
{
    private static readonly Lazy<GeneratorOutput> Generated = new(() => ScoDataset.Run());

    [Fact]
    public void CheckedInSchemasAreWhatTheGeneratorMakes()
    {
        var generated = ScoDataset.Schemas(Generated.Value);
        var checkedIn = Directory.EnumerateFiles(ScoDataset.SchemaDirectory, "*.json")
            .ToDictionary(path => Path.GetFileName(path), path => TestHelpers.Normalize(File.ReadAllText(path)), StringComparer.Ordinal);
        var stale = generated.Keys.Union(checkedIn.Keys)
            .Where(name => !checkedIn.TryGetValue(name, out var text) || !generated.TryGetValue(name, out var expected) || text != expected)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(
            stale.Count == 0,
            $"data/schemas is out of date with the records or the keys ({string.Join(", ", stale)}); from the repository root run:\n  {ScoDataset.RegenerateCommand}");
    }

    [Fact]
    public void EveryDataFileNamesItsSchemaOnItsFirstLine()
    {
        foreach (var path in ScoDataset.DataFiles)
        {
            var firstLine = File.ReadLines(path).First();
            Assert.Equal($"# yaml-language-server: $schema=schemas/{Path.GetFileNameWithoutExtension(path)}.schema.json", firstLine);
            Assert.True(File.Exists(ScoDataset.SchemaPathOf(path)), $"{Path.GetFileName(path)} names a schema that does not exist");
        }
    }

    [Fact]
    public void TheGeneratorAcceptsTheDataWithTheModelines()
    {
        // The modeline is a YAML comment; the generator must read the files exactly as before.
        Assert.Empty(Generated.Value.GeneratorDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        Assert.Equal(ScoDataset.DataFiles.Length, ScoDataset.Schemas(Generated.Value).Count);
    }

    public static TheoryData<string> DataFileNames => new(ScoDataset.DataFiles.Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(DataFileNames))]
    public void DataFilePassesItsSchema(string fileName)
    {
        var path = Path.Combine(ScoDataset.DataDirectory, fileName);
        var schema = Validation.Load(File.ReadAllText(ScoDataset.SchemaPathOf(path)));

        var results = Validation.Evaluate(schema, File.ReadAllText(path));

        Assert.True(results.IsValid, $"{fileName} fails its schema:\n{Validation.Describe(results)}");
    }

    [Theory]
    [MemberData(nameof(DataFileNames))]
    public void SchemaIsValidDraft202012(string fileName)
    {
        var json = File.ReadAllText(ScoDataset.SchemaPathOf(Path.Combine(ScoDataset.DataDirectory, fileName)));

        var results = Validation.EvaluateAsSchema(json);

        Assert.True(results.IsValid, Validation.Describe(results));
    }

    [Fact]
    public void MisspelledFieldIsRefusedBySchemaAndGenerator()
    {
        static string Plant(string yaml) => ReplaceFirst(yaml, "\n  city: Astana\n", "\n  citty: Astana\n");

        var results = Validation.Evaluate(MeetingsSchema(), Plant(MeetingsYaml()));
        var generator = ScoDataset.Run("meetings.yaml", Plant).GeneratorDiagnostics;

        Assert.False(results.IsValid);
        Assert.Contains("/0/citty (", Validation.Describe(results), StringComparison.Ordinal);
        Assert.Contains("additionalProperties", Validation.Describe(results), StringComparison.Ordinal);
        var unknown = Assert.Single(generator, d => d.Id == "SCO002");
        Assert.Contains("did you mean 'city'", unknown.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith("meetings.yaml", unknown.Location.GetLineSpan().Path, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongEnumValueIsRefusedBySchemaAndGenerator()
    {
        static string Plant(string yaml) => ReplaceFirst(yaml, "\n  kind: defence-ministers\n", "\n  kind: defence-minister\n");

        var results = Validation.Evaluate(MeetingsSchema(), Plant(MeetingsYaml()));
        var generator = ScoDataset.Run("meetings.yaml", Plant).GeneratorDiagnostics;

        Assert.False(results.IsValid);
        Assert.Contains("/0/kind (", Validation.Describe(results), StringComparison.Ordinal);
        var invalid = Assert.Single(generator, d => d.Id == "SCO004");
        Assert.Contains("did you mean 'defence-ministers'", invalid.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownStateIsRefusedBySchemaAndGenerator()
    {
        static string Plant(string yaml) => ReplaceFirst(yaml, "\n  host: KAZ\n", "\n  host: KAZZ\n");

        var results = Validation.Evaluate(MeetingsSchema(), Plant(MeetingsYaml()));
        var generator = ScoDataset.Run("meetings.yaml", Plant).GeneratorDiagnostics;

        Assert.False(results.IsValid);
        Assert.Contains("/0/host (", Validation.Describe(results), StringComparison.Ordinal);
        Assert.Single(generator, d => d.Id == "SCO006");
    }

    /// <summary>
    /// What VS Code's YAML extension offers in data/meetings.yaml comes from this schema: the field names of an
    /// entry and of an attendance, and the keys of the states and people they refer to.
    /// </summary>
    [Fact]
    public void MeetingsSchemaOffersFieldNamesAndStateKeys()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ScoDataset.SchemaDirectory, "meetings.schema.json")))!;
        var meeting = Resolve(schema, schema["items"]!);
        var attendance = Resolve(schema, meeting["properties"]!["attendance"]!["items"]!);

        Assert.Equal(
            ["id", "name", "kind", "start", "end", "host", "city", "format", "chair", "attendance", "outcomes", "themes", "note", "sources"],
            meeting["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["id", "name", "kind", "start"], meeting["required"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["state", "person", "role", "guest", "note"], attendance["properties"]!.AsObject().Select(p => p.Key));
        Assert.Contains("IND", Offered(schema, attendance["properties"]!["state"]!));
        Assert.Contains("IND", Offered(schema, meeting["properties"]!["host"]!));
        Assert.Contains("rajnath-singh", Offered(schema, attendance["properties"]!["person"]!));
        Assert.Contains("defence-ministers", Offered(schema, meeting["properties"]!["kind"]!));
        Assert.Equal("The state represented.", (string?)attendance["properties"]!["state"]!["description"]);
        Assert.Equal("India", Label(schema["$defs"]!["ScoModel.State-keys"]!, "IND"));
        Assert.Equal("A meeting of the ministers of defence.", Label(meeting["properties"]!["kind"]!, "defence-ministers"));

        // And the validator, given the same schema, accepts a state key and names the place of a wrong one.
        const string Entry = """
            - id: defence-ministers-2099
              name: A meeting
              kind: defence-ministers
              start: 2099-04-28
              attendance:
                - state: {0}
            """;
        var accepted = Validation.Evaluate(MeetingsSchema(), Entry.Replace("{0}", "IND", StringComparison.Ordinal));
        var refused = Validation.Evaluate(MeetingsSchema(), Entry.Replace("{0}", "INDIA", StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine("The validator on 'state: INDIA':\n" + Validation.Describe(refused));

        Assert.True(accepted.IsValid, Validation.Describe(accepted));
        Assert.False(refused.IsValid);
        Assert.Contains("/0/attendance/0/state (", Validation.Describe(refused), StringComparison.Ordinal);
    }

    private static Json.Schema.JsonSchema MeetingsSchema() =>
        Validation.Load(File.ReadAllText(Path.Combine(ScoDataset.SchemaDirectory, "meetings.schema.json")));

    private static string MeetingsYaml() => File.ReadAllText(Path.Combine(ScoDataset.DataDirectory, "meetings.yaml"));

    /// <summary>Follows a <c>$ref</c> into <c>$defs</c>, as an editor does.</summary>
    private static JsonNode Resolve(JsonNode root, JsonNode schema) =>
        schema["$ref"] is { } reference ? root["$defs"]![((string)reference!)["#/$defs/".Length..]]! : schema;

    /// <summary>The values an editor would offer for a property: its enum, through <c>$ref</c> and <c>anyOf</c>.</summary>
    private static IEnumerable<string> Offered(JsonNode root, JsonNode property)
    {
        var schema = Resolve(root, property);
        var values = schema["enum"]?.AsArray().Where(v => v is not null).Select(v => (string)v!) ?? [];
        var alternatives = schema["anyOf"]?.AsArray().SelectMany(a => Offered(root, a!)) ?? [];
        return values.Concat(alternatives).ToList();
    }

    /// <summary>What an editor shows beside a value it offers: the entry of <c>enumDescriptions</c> at the value's place.</summary>
    private static string? Label(JsonNode schema, string value)
    {
        var index = schema["enum"]!.AsArray().Select(v => (string?)v).ToList().IndexOf(value);
        return (string?)schema["enumDescriptions"]![index];
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var index = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{old.Trim()}' is no longer in the data; plant the mistake elsewhere");
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + old.Length));
    }
}
