using System.Globalization;
using static ScoModel.Cli.Charts.ChartText;

namespace ScoModel.Cli.Charts;

/// <summary>
/// Draws a <see cref="Graph"/> as an adjacency matrix a person can read: a state's name on each row and column, and in
/// each cell the number of things the two share, darker for more. Unlike a node layout, no two labels overlap.
/// </summary>
internal static class GraphMatrixSvg
{
    private const double Cell = 28;
    private const double FontSize = 12;
    private const double Margin = 16;
    private const double TitleHeight = 40;
    private const string Empty = "#f4f4f4";
    private const string Diagonal = "#ddd";

    public static void Write(Graph graph, TextWriter output)
    {
        var labelWidth = graph.Nodes.Select(n => TextWidth(n.Label, FontSize)).DefaultIfEmpty(60).Max() + 8;
        var count = graph.Nodes.Count;
        var left = Margin + labelWidth;
        // Column labels are turned 45 degrees, so they need about 0.71 of their length above the grid.
        var top = TitleHeight + (labelWidth * 0.71) + 8;
        var heaviest = graph.Edges.Select(e => e.Weight).DefaultIfEmpty(1).Max();
        var key = $"Each cell: the number of {graph.Relation.Many} both states took part in (darker is more; at most {heaviest}).";
        var width = new[] { left + (count * Cell) + (labelWidth * 0.71) + Margin, TextWidth(graph.Title, 16) + (2 * Margin), TextWidth(key, 11) + (2 * Margin) }.Max();
        var height = top + (count * Cell) + 48;
        var weights = new int[count, count];
        var evidence = new IReadOnlyList<string>?[count, count];
        foreach (var edge in graph.Edges)
        {
            weights[edge.Source, edge.Target] = weights[edge.Target, edge.Source] = edge.Weight;
            evidence[edge.Source, edge.Target] = evidence[edge.Target, edge.Source] = edge.Evidence;
        }

        Svg.Open(output, width, height, graph.Title);
        output.WriteLine($"""<text class="title" x="{Number(Margin)}" y="24">{Escape(graph.Title)}</text>""");
        if (count == 0)
        {
            output.WriteLine($"""<text class="label" x="{Number(Margin)}" y="{Number(TitleHeight + 16)}">No two states share any {Escape(graph.Relation.Many)} in this range.</text>""");
        }

        for (var i = 0; i < count; i++)
        {
            var label = Escape(graph.Nodes[i].Label);
            var y = top + (i * Cell);
            var x = left + (i * Cell);
            output.WriteLine($"""<text class="label" x="{Number(left - 6)}" y="{Number(y + (Cell / 2) + 4)}" text-anchor="end">{label}</text>""");
            output.WriteLine($"""<text class="label" transform="translate({Number(x + (Cell / 2) + 4)} {Number(top - 6)}) rotate(-45)">{label}</text>""");
        }

        for (var row = 0; row < count; row++)
        {
            for (var column = 0; column < count; column++)
            {
                var x = left + (column * Cell);
                var y = top + (row * Cell);
                var weight = weights[row, column];
                var fill = row == column ? Diagonal : weight == 0 ? Empty : Shade(weight / (double)heaviest);
                output.Write($"""<rect class="cell" x="{Number(x)}" y="{Number(y)}" width="{Number(Cell)}" height="{Number(Cell)}" fill="{fill}">""");
                if (evidence[row, column] is { } keys)
                {
                    output.Write($"<title>{Escape($"{graph.Nodes[row].Label} and {graph.Nodes[column].Label}: {weight} {(weight == 1 ? graph.Relation.One : graph.Relation.Many)} ({string.Join(", ", keys)})")}</title>");
                }

                output.WriteLine("</rect>");
                if (weight > 0)
                {
                    var ink = weight / (double)heaviest > 0.55 ? "#fff" : "#222";
                    output.WriteLine($"""<text x="{Number(x + (Cell / 2))}" y="{Number(y + (Cell / 2) + 4)}" text-anchor="middle" style="fill:{ink}">{weight}</text>""");
                }
            }
        }

        output.WriteLine($"""<text class="axis" x="{Number(Margin)}" y="{Number(height - 16)}">{Escape(key)}</text>""");
        Svg.Close(output);
    }

    /// <summary>A blue from pale (few) to the palette's deep blue (the most), so that the scale reads without a legend.</summary>
    private static string Shade(double share)
    {
        var t = 0.15 + (0.85 * Math.Clamp(share, 0, 1));
        static int Mix(int pale, int deep, double t) => (int)Math.Round(pale + ((deep - pale) * t));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(0xde, 0x00, t):x2}{Mix(0xeb, 0x48, t):x2}{Mix(0xf7, 0x8a, t):x2}");
    }
}
