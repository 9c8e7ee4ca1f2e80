using Microsoft.CodeAnalysis.Text;
using ScoModel.Generators.Common;

namespace ScoModel.Generators.Reading;

/// <summary>A stretch of a data file: character offsets and 0-based line/column positions.</summary>
internal readonly record struct SourceRange(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public LocationInfo In(string filePath) =>
        new(
            filePath,
            TextSpan.FromBounds(Start, End < Start ? Start : End),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

    /// <summary>The 1-based line, as editors show it.</summary>
    public int Line => StartLine + 1;
}
