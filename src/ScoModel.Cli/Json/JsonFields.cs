using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ScoModel.Cli.Json;

/// <summary>
/// The values of an entity's JSON object, which each kind's descriptor builds as a <see cref="JsonObject"/> of its fields in
/// camelCase: references as keys, enums in kebab-case and dates as yyyy-MM-dd. Every field is always written: an unknown
/// value is null and an empty list is []. Strings, numbers and booleans convert to nodes by themselves.
/// </summary>
/// <remarks>
/// Nodes need no serializer metadata, so a new kind's JSON needs no <c>[JsonSerializable]</c> line, and the
/// writer (<see cref="CliJson.WriterOptions"/>) spells them as the source-generated serializer would.
/// </remarks>
internal static class JsonFields
{
    /// <summary>A day as yyyy-MM-dd, or null.</summary>
    public static JsonNode? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A list of strings; a list left at its default value is [].</summary>
    public static JsonArray List(ImmutableArray<string> items) => [.. EntityFacts.Safe(items).Select(i => (JsonNode?)i)];

    /// <summary>The keys of a list of entities.</summary>
    public static JsonArray KeyList<T>(ImmutableArray<T> items)
        where T : IEntity => [.. EntityFacts.Keys(items).Select(i => (JsonNode?)i)];

    /// <summary>A list of nested records, each as the object <paramref name="toJson"/> makes.</summary>
    public static JsonArray ObjectList<T>(ImmutableArray<T> items, Func<T, JsonObject> toJson) => [.. EntityFacts.Safe(items).Select(i => (JsonNode?)toJson(i))];
}
