using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScoModel.Cli.Json;

/// <summary>
/// The System.Text.Json source-generated metadata for the shapes the CLI writes as records: no reflection at run time.
/// An entity's own JSON is not among them: its descriptor under Kinds/ builds it as nodes (see <see cref="JsonFields"/>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(RelatedJson[]))]
[JsonSerializable(typeof(AboutJson))]
[JsonSerializable(typeof(CoverageYearJson[]))]
internal sealed partial class CliJsonContext : JsonSerializerContext;

/// <summary>The one configured instance of <see cref="CliJsonContext"/> and the matching writer options.</summary>
internal static class CliJson
{
    /// <summary>
    /// Indented, camelCase, and with non-ASCII letters written as themselves (Türkiye, not T\u00FCrkiye):
    /// the output goes to a terminal or a file, never into HTML.
    /// </summary>
    public static CliJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The writer options for JSON built as nodes (<c>show</c>), matching <see cref="Context"/>.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
