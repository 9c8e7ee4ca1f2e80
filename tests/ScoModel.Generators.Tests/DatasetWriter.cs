using System.Globalization;
using System.Text;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Writes a random schema (one to three entity types, a nested record, an enum, every supported
/// property type) and a valid dataset for it, deterministically from a <see cref="Random"/>, in
/// the YAML styles people use: block and flow, plain and quoted. The generator must accept what it
/// writes with no diagnostic at all; <see cref="SchemaFuzzTests"/> then breaks it.
/// </summary>
internal static class DatasetWriter
{
    private enum Kind
    {
        String,
        Boolean,
        Int32,
        Int64,
        Double,
        Decimal,
        Date,
        Enum,
        Record,
        Reference,
    }

    private sealed record Property(string Name, Kind Kind, bool Nullable, bool List, int Target)
    {
        public string YamlName => char.ToLowerInvariant(Name[0]) + Name[1..];
    }

    private sealed record Entity(string Name, List<Property> Properties, List<string> Keys);

    /// <summary>A schema, its C# source, and one data file per entity type (path and YAML).</summary>
    public sealed record Dataset(string Schema, IReadOnlyList<(string Path, string Yaml)> Files);

    /// <summary>The YAML spellings of the schema's <c>Level</c> members.</summary>
    private static readonly string[] LevelSpellings = ["alpha", "beta-gamma", "delta", "on-hold", "x"];

    private static readonly string[] Strings =
    [
        "plain text", "", " padded ", "Kyrgyz Republic", "café", "İstanbul", "日本", "emoji 🛰", "quote \" and \\ backslash",
        "line\nbreak", "tab\there", "# not a comment", "key: value", "- not a list", "[not, a, list]", "{not: a map}", "true", "null",
        "~", "123", "2020-01-01", "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "<xml> & </xml>", "\u2028separator", "\u0085next",
    ];

    public static Dataset Write(Random random)
    {
        var entities = new List<Entity>();
        var entityCount = 1 + random.Next(3);
        for (var e = 0; e < entityCount; e++)
        {
            var properties = new List<Property>();
            var propertyCount = random.Next(6);
            for (var p = 0; p < propertyCount; p++)
            {
                var kind = (Kind)random.Next(e == 0 ? 9 : 10); // Only later types refer to earlier ones: no cycles.
                properties.Add(new Property($"Field{p}", kind, random.Next(3) == 0, random.Next(4) == 0, kind == Kind.Reference ? random.Next(e) : -1));
            }

            var keys = Enumerable.Range(0, 1 + random.Next(8)).Select(i => $"e{e}-{i}{(random.Next(4) == 0 ? "-café" : string.Empty)}").ToList();
            entities.Add(new Entity($"Thing{e}", properties, keys));
        }

        var files = entities.Select(entity => ($"/proj/data/{entity.Name.ToLowerInvariant()}s.yaml", WriteEntries(entity, entities, random))).ToList();
        return new Dataset(WriteSchema(entities), files);
    }

    private static string WriteSchema(List<Entity> entities)
    {
        var source = new StringBuilder();
        source.Append("""
            using System;
            using System.Collections.Immutable;
            using ScoModel.Generators;

            namespace Fuzz;

            public enum Level
            {
                Alpha,
                BetaGamma,
                Delta,
                OnHold,
                X,
            }

            public sealed record Part
            {
                public string? Label { get; init; }

                public int Count { get; init; }

                public ImmutableArray<DateOnly> Dates { get; init; }
            }

            """);
        foreach (var entity in entities)
        {
            source.Append(CultureInfo.InvariantCulture, $"\n[DataEntity(\"{entity.Name.ToLowerInvariant()}s.yaml\")]\npublic sealed partial record {entity.Name}\n{{\n");
            source.Append("    [EntityKey, Lookup]\n    public required string Id { get; init; }\n");
            foreach (var property in entity.Properties)
            {
                var type = property.Kind switch
                {
                    Kind.String => "string",
                    Kind.Boolean => "bool",
                    Kind.Int32 => "int",
                    Kind.Int64 => "long",
                    Kind.Double => "double",
                    Kind.Decimal => "decimal",
                    Kind.Date => "DateOnly",
                    Kind.Enum => "Level",
                    Kind.Record => "Part",
                    _ => entities[property.Target].Name,
                };
                var declared = property.List ? $"ImmutableArray<{type}>" : property.Nullable ? type + "?" : type;
                var required = property.List || property.Nullable ? string.Empty : "required ";
                source.Append(CultureInfo.InvariantCulture, $"\n    public {required}{declared} {property.Name} {{ get; init; }}\n");
            }

            source.Append("}\n");
        }

        return source.ToString();
    }

    private static string WriteEntries(Entity entity, List<Entity> entities, Random random)
    {
        var yaml = new StringBuilder("# Written by DatasetWriter.\n");
        foreach (var key in entity.Keys)
        {
            // Each field's value in flow form, and a list's items when it is written as a block list.
            var fields = new List<(string Name, string Value, List<string>? BlockItems)> { ("id", Quote(key, random), null) };
            foreach (var property in entity.Properties)
            {
                if ((property.Nullable || property.List) && random.Next(3) == 0)
                {
                    if (random.Next(2) == 0)
                    {
                        fields.Add((property.YamlName, "~", null));
                    }

                    continue;
                }

                if (property.List)
                {
                    var items = Enumerable.Range(0, random.Next(4)).Select(_ => Value(property, entities, random)).ToList();
                    fields.Add((property.YamlName, "[" + string.Join(", ", items) + "]", items.Count > 0 && random.Next(2) == 0 ? items : null));
                }
                else
                {
                    fields.Add((property.YamlName, Value(property, entities, random), null));
                }
            }

            if (random.Next(5) == 0)
            {
                // A flow mapping on one line.
                yaml.Append("- {").Append(string.Join(", ", fields.Select(f => f.Name + ": " + f.Value))).Append("}\n");
                continue;
            }

            var first = true;
            foreach (var (name, value, blockItems) in fields)
            {
                yaml.Append(first ? "- " : "  ").Append(name).Append(':');
                if (blockItems is null)
                {
                    yaml.Append(' ').Append(value);
                }
                else
                {
                    foreach (var item in blockItems)
                    {
                        yaml.Append("\n    - ").Append(item);
                    }
                }

                yaml.Append('\n');
                first = false;
            }
        }

        return yaml.ToString();
    }

    private static string Value(Property property, List<Entity> entities, Random random) => property.Kind switch
    {
        Kind.String => Quote(Strings[random.Next(Strings.Length)], random),
        Kind.Boolean => random.Next(2) == 0 ? "true" : "false",
        Kind.Int32 => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
        Kind.Int64 => random.NextInt64().ToString(CultureInfo.InvariantCulture),
        Kind.Double => (random.NextDouble() * 1e6 - 5e5).ToString("R", CultureInfo.InvariantCulture),
        Kind.Decimal => ((decimal)random.Next(-1_000_000, 1_000_000) / 100).ToString(CultureInfo.InvariantCulture),
        Kind.Date => Date(random),
        Kind.Enum => LevelSpellings[random.Next(LevelSpellings.Length)],
        Kind.Record => "{label: " + Quote(Strings[random.Next(Strings.Length)], random) + ", count: " + random.Next(100).ToString(CultureInfo.InvariantCulture) + ", dates: [" + Date(random) + "]}",
        _ => Quote(entities[property.Target].Keys[random.Next(entities[property.Target].Keys.Count)], random),
    };

    private static string Date(Random random) =>
        new DateOnly(1900, 1, 1).AddDays(random.Next(365 * 200)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A string as a double-quoted YAML scalar (escaped), a single-quoted one when it can be, or plain when that reads the same.</summary>
    private static string Quote(string value, Random random)
    {
        var style = random.Next(3);
        if (style == 0 && value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && !char.IsDigit(value[0]) && value is not ("true" or "null"))
        {
            return value;
        }

        if (style == 1 && value.All(c => c >= ' ' && c < '\u007F'))
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        var escaped = new StringBuilder("\"");
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\u2028' => "\\L",
                '\u0085' => "\\N",
                _ => c.ToString(),
            });
        }

        return escaped.Append('"').ToString();
    }
}
