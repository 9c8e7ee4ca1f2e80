using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ScoModel.Generators.Common;

/// <summary>
/// Where something is, as plain data: a <see cref="Location"/> holds on to syntax trees,
/// so pipeline models keep this and make the Location only when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    /// <summary>A location covering the whole first line of a file, for problems with the file as a whole.</summary>
    public static LocationInfo FileStart(string filePath) =>
        new(filePath, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
}
