using ScoModel.Generators.Common;

namespace ScoModel.Generators.Reading;

/// <summary>A node of a YAML document, with where it stands in its file.</summary>
internal abstract record YamlNode(SourceRange Range)
{
    /// <summary>
    /// Whether the node repeats an anchored one through an alias (<c>*name</c>). Its range is then the
    /// alias's, while the nodes inside it keep the anchor's, so that problems with the repetition
    /// itself are reported where it is written.
    /// </summary>
    public bool IsAlias { get; init; }

    /// <summary>
    /// The node's tag as the parser resolved it (<c>!!int</c> is <c>tag:yaml.org,2002:int</c>, <c>!foo</c> stays
    /// <c>!foo</c>, a lone <c>!</c> is <c>!</c>), or null when the node has none.
    /// </summary>
    public string? Tag { get; init; }
}

/// <summary>A scalar: <c>IND</c>, <c>"Kyrgyz Republic"</c>, <c>2017-06-09</c>.</summary>
/// <param name="IsPlain">Whether it was written without quotes (only plain scalars can be null).</param>
internal sealed record YamlScalar(string Value, bool IsPlain, SourceRange Range) : YamlNode(Range)
{
    /// <summary>Whether YAML reads this scalar as null: <c>~</c>, <c>null</c>, or nothing at all.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

/// <summary>A mapping of scalar keys to values, in file order.</summary>
internal sealed record YamlMapping(EquatableArray<YamlPair> Pairs, SourceRange Range) : YamlNode(Range);

/// <summary>A sequence of nodes, in file order.</summary>
internal sealed record YamlSequence(EquatableArray<YamlNode> Items, SourceRange Range) : YamlNode(Range);

/// <summary>One key and its value in a mapping.</summary>
internal sealed record YamlPair(YamlScalar Key, YamlNode Value);
