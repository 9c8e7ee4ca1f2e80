using System.Text;
using System.Xml;

namespace ScoModel.Cli.Export;

/// <summary>
/// The summaries of the ScoModel library's XML documentation, embedded into the tool at build time
/// (see the <c>EmbedModelDocumentation</c> target), so the data dictionary says what the model's docs say.
/// Read with <see cref="XmlReader"/>: no reflection, safe under Native AOT.
/// </summary>
internal static class ModelDocs
{
    public const string ResourceName = "ScoModel.xml";

    private static readonly Lazy<Dictionary<string, string>> Summaries = new(Load);

    /// <summary>The summary of a documented member (<c>P:ScoModel.State.Name</c>, <c>T:ScoModel.State</c>) as plain text.</summary>
    public static string? Summary(string docId) => Summaries.Value.GetValueOrDefault(docId);

    private static Dictionary<string, string> Load()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(ModelDocs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { IgnoreComments = true, DtdProcessing = DtdProcessing.Prohibit });
        while (reader.ReadToFollowing("member"))
        {
            var name = reader.GetAttribute("name");
            using var member = reader.ReadSubtree();
            if (name is not null && member.ReadToDescendant("summary"))
            {
                result[name] = PlainText(member);
            }
        }

        return result;
    }

    /// <summary>The text of a summary: <c>&lt;c&gt;x&lt;/c&gt;</c> as x, a <c>see cref</c> as the member's short name, a <c>see langword</c> as the word.</summary>
    private static string PlainText(XmlReader summary)
    {
        var text = new StringBuilder();
        var depth = summary.Depth;
        while (summary.Read() && summary.Depth > depth)
        {
            if (summary.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(summary.Value);
            }
            else if (summary.NodeType is XmlNodeType.Element && summary.Name is "see" or "paramref" or "typeparamref")
            {
                var target = summary.GetAttribute("cref") ?? summary.GetAttribute("langword") ?? summary.GetAttribute("name") ?? string.Empty;
                text.Append(target[(target.LastIndexOfAny([':', '.']) + 1)..]);
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
