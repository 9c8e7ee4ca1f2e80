using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;

namespace ScoModel.Generators.Reading;

/// <summary>
/// One YAML data file as read: its path, its document (null when it could not be read), and the
/// problems found while reading. Compared by value, so an edit that leaves the document the same
/// (a comment, say) does not make the later stages run again.
/// </summary>
internal sealed record DataFile(string Path, YamlNode? Root, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The file name alone, which generated code and messages show (absolute paths differ between machines).</summary>
    public string FileName => System.IO.Path.GetFileName(Path);
}
