using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// YAML tags, checked against the schema before a value binds: a tag of YAML's own (<c>!!str</c>, <c>!!int</c>,
/// <c>!!float</c>, <c>!!bool</c>, <c>!!null</c>, <c>!!timestamp</c>, <c>!!map</c>, <c>!!seq</c>) is honoured where it
/// agrees with the property's type (each kind says which agree, <see cref="ValueKind.AgreesWithTag"/>) and is SCO032
/// where it does not (<c>!!str 42</c> for an <c>int</c>); any other tag (<c>!!binary</c>, <c>!!set</c>, <c>!foo</c>) is
/// SCO033. Neither is ever ignored.
/// </summary>
internal static class YamlTags
{
    private const string CorePrefix = "tag:yaml.org,2002:";

    /// <summary>Null when <paramref name="node"/> has no tag or one that agrees with <paramref name="type"/>; else reports where the tag stands.</summary>
    public static BoundInvalid? Check(YamlNode node, PropertyType type, IValueSite site)
    {
        if (node.Tag is not { } tag || node.IsAlias)
        {
            // An alias repeats its anchor's node, whose tag is checked where the anchor is written.
            return null;
        }

        var core = CoreName(node, tag);
        var (record, field) = site.Names;
        if (core is null || Says(core) is not { } says)
        {
            site.Report(DiagnosticDescriptors.UnsupportedTag, node, record, field, Shown(tag), type.Describe());
            return BoundInvalid.Instance;
        }

        var agrees = core switch
        {
            "null" => node is YamlScalar { IsNull: true } || node is YamlScalar { Value.Length: 0 },
            "seq" => type.IsList,
            "map" when type.IsDictionary => true,
            _ => type.IsSingle && type.Kind.AgreesWithTag(core),
        };
        if (agrees)
        {
            return null;
        }

        var hint = node is YamlScalar { IsPlain: false } ? "remove the tag and the quotes" : "remove the tag";
        site.Report(DiagnosticDescriptors.TagDisagrees, node, record, field, Shown(tag), says, type.Describe(), hint);
        return BoundInvalid.Instance;
    }

    /// <summary>Whether a quoted scalar's tag says what it is, so that it is not read as text for being quoted (<c>!!int "42"</c>).</summary>
    public static bool SaysItsType(YamlScalar scalar) => scalar.Tag is { } tag && CoreName(scalar, tag) is not (null or "str");

    /// <summary>The name of one of YAML's own tags (<c>int</c>), <c>str</c> for the non-specific <c>!</c> on a scalar, or null for any other tag.</summary>
    private static string? CoreName(YamlNode node, string tag)
    {
        if (tag == "!")
        {
            // "!" asks for the node's kind without resolving a scalar's plain text: a scalar is then a string.
            return node is YamlScalar ? "str" : node is YamlSequence ? "seq" : "map";
        }

        return tag.StartsWith(CorePrefix, System.StringComparison.Ordinal) ? tag.Substring(CorePrefix.Length) : null;
    }

    /// <summary>What a value with one of YAML's tags is, as messages say it; null for the tags the generator does not read.</summary>
    private static string? Says(string core) => core switch
    {
        "str" => "a string",
        "int" => "a whole number",
        "float" => "a number",
        "bool" => "a boolean",
        "null" => "null",
        "timestamp" => "a date",
        "map" => "a mapping",
        "seq" => "a list",
        _ => null,
    };

    /// <summary>The tag as it is usually written: <c>!!int</c> for YAML's own.</summary>
    private static string Shown(string tag) =>
        tag.StartsWith(CorePrefix, System.StringComparison.Ordinal) ? "!!" + tag.Substring(CorePrefix.Length) : tag;
}
