using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace ScoModel.Generators.Reading;

/// <summary>
/// Rules of YAML 1.2 that YamlDotNet does not enforce, checked on the text once it has parsed (the
/// yaml-test-suite cases each rule stands for are named beside it). Each is one linear pass over the lines.
/// </summary>
internal static class StrictChecks
{
    /// <summary>What is wrong with a tab that indents a line, wherever it is found.</summary>
    public const string TabIndentation = "a tab cannot indent YAML inside a list or mapping; indent with spaces";

    /// <summary>
    /// The first problem in <paramref name="text"/>: its offset and what is wrong. <paramref name="blockCollections"/>
    /// are the outermost block mappings and sequences, <paramref name="multiLineScalars"/> the scalars that span
    /// lines (their content is text, not structure); both as text offsets, in file order.
    /// </summary>
    public static (int Offset, string Message)? FindProblem(
        SourceText text,
        IReadOnlyList<(int Start, int End)> blockCollections,
        IReadOnlyList<(int Start, int End)> multiLineScalars)
    {
        var inPrologue = true;
        var block = 0;
        var scalar = 0;
        foreach (var line in text.Lines)
        {
            var start = line.Start;
            var end = line.End;
            if (inPrologue)
            {
                if (StartsWith(text, start, end, "---"))
                {
                    inPrologue = false;
                }
                else if (StartsWith(text, start, end, "%YAML") && DirectiveComment(text, start + 5, end) is { } comment)
                {
                    // MUS6/00: "%YAML 1.1#..." is not a version followed by a comment.
                    return (comment, "a comment needs a space before its '#'");
                }
            }

            while (block < blockCollections.Count && blockCollections[block].End <= start)
            {
                block++;
            }

            while (scalar < multiLineScalars.Count && multiLineScalars[scalar].End <= start)
            {
                scalar++;
            }

            var content = start;
            while (content < end && text[content] is ' ' or '\t')
            {
                content++;
            }

            // Outside block collections a tab may start a line of a top-level flow node (6CA3, 7A4E); and tabs
            // may stand on blank and comment lines (DK95/04).
            if (block == blockCollections.Count || blockCollections[block].Start > content || content == end || text[content] == '#')
            {
                continue;
            }

            if (text[start] == '\t' && blockCollections[block].Start < start)
            {
                // DK95/01, Y79Y/003: inside a block collection a line's indentation is spaces, even in a quoted or flow node.
                return (start, TabIndentation);
            }

            var inScalar = scalar < multiLineScalars.Count && multiLineScalars[scalar].Start < start;
            if (!inScalar && TabBeforeNestedIndicator(text, content, end) is { } tab)
            {
                // Y79Y/004, Y79Y/005: "-\t-" would indent the inner list with a tab.
                return (tab, "a tab cannot separate '-', '?' or ':' from a nested list or mapping on the same line; use spaces");
            }
        }

        return null;
    }

    /// <summary>
    /// The offset of the first tab at or after <paramref name="from"/> that stands in the indentation of a line
    /// with content; blank and comment lines may hold tabs (DK95/04).
    /// </summary>
    public static int? FindIndentingTab(SourceText text, int from)
    {
        for (var index = text.Lines.IndexOf(from); index < text.Lines.Count; index++)
        {
            var line = text.Lines[index];
            int? tab = null;
            var content = line.Start;
            for (; content < line.End && text[content] is ' ' or '\t'; content++)
            {
                tab ??= text[content] == '\t' && content >= from ? content : null;
            }

            if (tab is not null && content < line.End && text[content] != '#')
            {
                return tab;
            }
        }

        return null;
    }

    private static bool StartsWith(SourceText text, int start, int end, string prefix)
    {
        if (end - start < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (text[start + i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The offset of a '#' that follows the directive's version without a space, if there is one.</summary>
    private static int? DirectiveComment(SourceText text, int position, int end)
    {
        while (position < end && text[position] is ' ' or '\t')
        {
            position++;
        }

        for (; position < end && text[position] is not (' ' or '\t'); position++)
        {
            if (text[position] == '#')
            {
                return position;
            }
        }

        return null;
    }

    /// <summary>
    /// The offset of a tab in the separation between a block indicator at the start of a line's content and a
    /// nested block indicator after it (<c>- \t- x</c>), if there is one.
    /// </summary>
    private static int? TabBeforeNestedIndicator(SourceText text, int position, int end)
    {
        while (IsIndicator(text, position, end))
        {
            position++;
            int? tab = null;
            while (position < end && text[position] is ' ' or '\t')
            {
                tab ??= text[position] == '\t' ? position : null;
                position++;
            }

            if (tab is not null && IsIndicator(text, position, end))
            {
                return tab;
            }
        }

        return null;
    }

    /// <summary>Whether a block indicator (<c>-</c>, <c>?</c> or <c>:</c> followed by a space, a tab or the line's end) stands at <paramref name="position"/>.</summary>
    private static bool IsIndicator(SourceText text, int position, int end) =>
        position < end
        && text[position] is '-' or '?' or ':'
        && (position + 1 == end || text[position + 1] is ' ' or '\t');
}
