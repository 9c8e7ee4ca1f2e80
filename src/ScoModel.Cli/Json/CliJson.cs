using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScoModel.Cli.Json;

/// <summary>
/// The System.Text.Json source-generated metadata for every shape the CLI writes: no reflection at run time. The
/// attributes must all sit on this one declaration (the generator does not merge partial declarations), so an entity
/// kind's JSON records, defined in its file under Kinds/, are listed here too.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true)]
[JsonSerializable(typeof(StateJson))]
[JsonSerializable(typeof(StateJson[]))]
[JsonSerializable(typeof(BodyJson))]
[JsonSerializable(typeof(BodyJson[]))]
[JsonSerializable(typeof(PersonJson))]
[JsonSerializable(typeof(PersonJson[]))]
[JsonSerializable(typeof(MeetingJson))]
[JsonSerializable(typeof(MeetingJson[]))]
[JsonSerializable(typeof(ExerciseJson))]
[JsonSerializable(typeof(ExerciseJson[]))]
[JsonSerializable(typeof(InitiativeJson))]
[JsonSerializable(typeof(InitiativeJson[]))]
[JsonSerializable(typeof(ProposalJson))]
[JsonSerializable(typeof(ProposalJson[]))]
[JsonSerializable(typeof(BilateralJson))]
[JsonSerializable(typeof(BilateralJson[]))]
[JsonSerializable(typeof(StatementJson))]
[JsonSerializable(typeof(StatementJson[]))]
[JsonSerializable(typeof(ThemeJson))]
[JsonSerializable(typeof(ThemeJson[]))]
[JsonSerializable(typeof(SourceJson))]
[JsonSerializable(typeof(SourceJson[]))]
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
