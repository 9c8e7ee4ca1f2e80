using System.Collections.Immutable;

namespace ScoModel.Cli.Export;

/// <summary>Every table <c>sco export</c> writes: those of each entity kind's <see cref="EntityView"/>, in the kinds' order.</summary>
internal static class ExportTables
{
    public static ImmutableArray<ExportTable> All { get; } = [.. EntityViews.All.SelectMany(v => v.ExportTables)];
}
