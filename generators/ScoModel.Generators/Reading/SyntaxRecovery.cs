using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;

namespace ScoModel.Generators.Reading;

/// <summary>
/// Reads a data file, and when it has a YAML syntax error (SCO001) still reads the entries around it, so that the
/// entity type keeps the members of every entry that can be known and user code sees the one YAML error rather than
/// a cascade of CS0117. The entry around the error is the one whose first line (a line starting at column 0 with
/// <c>- </c> in a list of entries, or with its key in a mapping of entries by key) is the last at or before the
/// error's line; it is blanked out, spaces for every character but line breaks, so that every other entry keeps its
/// offsets, lines and columns, and the text is read again. Only the first error is reported: what blanking out shows
/// next may be a consequence of it. When a text still does not read after a few entries are blanked, the entries
/// before the first error are kept; when even that does not read, the file has no entries, as before.
/// </summary>
internal static class SyntaxRecovery
{
    /// <summary>How many broken entries are blanked out before the reader settles for the entries before the first.</summary>
    private const int MaxAttempts = 8;

    public static DataFile Read(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var file = YamlReader.Read(path, text, cancellationToken);
        if (text is null || file.Root is not null || FirstSyntaxError(file) is not { } error)
        {
            return file;
        }

        var content = text.ToString();
        var starts = EntryStarts(text, content);
        var blank = new char[content.Length];
        content.CopyTo(0, blank, 0, content.Length);
        var firstBroken = -1;
        var line = error.LineSpan.Start.Line;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var entry = EntryAt(starts, line);
            if (entry < 0)
            {
                break;
            }

            firstBroken = firstBroken < 0 ? entry : System.Math.Min(firstBroken, entry);
            BlankOut(blank, starts[entry].Offset, starts[entry].IsMarker || entry + 1 >= starts.Count ? blank.Length : starts[entry + 1].Offset);
            var recovered = YamlReader.Read(path, SourceText.From(new string(blank)), cancellationToken);
            if (recovered.Root is not null)
            {
                return file with { Root = recovered.Root };
            }

            if (FirstSyntaxError(recovered) is not { } next)
            {
                return file;
            }

            line = next.LineSpan.Start.Line;
        }

        if (firstBroken < 0)
        {
            return file;
        }

        // The entries before the first broken one, which the reader read whole before it met the error.
        var prefix = content.ToCharArray();
        BlankOut(prefix, starts[firstBroken].Offset, prefix.Length);
        var before = YamlReader.Read(path, SourceText.From(new string(prefix)), cancellationToken);
        return before.Root is not null ? file with { Root = before.Root } : file;
    }

    private static LocationInfo? FirstSyntaxError(DataFile file)
    {
        foreach (var diagnostic in file.Diagnostics)
        {
            if (diagnostic.Descriptor.Id == DiagnosticDescriptors.YamlSyntaxError.Id)
            {
                return diagnostic.Location;
            }
        }

        return null;
    }

    /// <summary>
    /// The lines that start an entry of the document's top level: <c>- </c>, or a key, at column 0; and the document
    /// markers after the first entry (<c>---</c>, <c>...</c>), where the one document a data file may hold ends, so
    /// that what follows one is never read into it. Lines are the text's own, as diagnostics number them.
    /// </summary>
    private static List<(int Line, int Offset, bool IsMarker)> EntryStarts(SourceText text, string content)
    {
        var starts = new List<(int, int, bool)>();
        foreach (var line in text.Lines)
        {
            if (StartsEntry(content, line.Start, line.End))
            {
                starts.Add((line.LineNumber, line.Start, false));
            }
            else if (starts.Count > 0 && IsDocumentMarker(content, line.Start))
            {
                starts.Add((line.LineNumber, line.Start, true));
            }
        }

        return starts;
    }

    private static bool StartsEntry(string content, int offset, int end)
    {
        if (offset < content.Length && content[offset] == '\uFEFF')
        {
            offset++;
        }

        if (offset >= end)
        {
            return false;
        }

        var first = content[offset];
        if (first is ' ' or '\t' or '#')
        {
            return false;
        }

        // A document marker ("---", "...") or a directive ("%YAML") is not an entry; "- " or a lone "-" is.
        return !IsDocumentMarker(content, offset) && first != '%';
    }

    private static bool IsDocumentMarker(string content, int offset) =>
        string.CompareOrdinal(content, offset, "---", 0, 3) == 0 || string.CompareOrdinal(content, offset, "...", 0, 3) == 0;

    /// <summary>The entry whose first line is the last at or before <paramref name="line"/>, or -1.</summary>
    private static int EntryAt(List<(int Line, int Offset, bool IsMarker)> starts, int line)
    {
        var found = -1;
        for (var i = 0; i < starts.Count && starts[i].Line <= line; i++)
        {
            found = i;
        }

        return found;
    }

    /// <summary>Spaces for every character but the line breaks <see cref="SourceText"/> counts, so that lines stay as they were.</summary>
    private static void BlankOut(char[] text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is not ('\r' or '\n' or '\u0085' or '\u2028' or '\u2029'))
            {
                text[i] = ' ';
            }
        }
    }
}
