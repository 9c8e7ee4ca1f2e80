using System.Globalization;
using System.Text;

namespace ScoModel.Cli.Charts;

/// <summary>
/// Draws a <see cref="Timeline"/> as lines of text for a terminal: a label, then one character per stretch of days,
/// the glyph of the period covering the stretch's middle day; a year axis and a legend underneath.
/// </summary>
internal static class TimelineText
{
    private const int LongestLabel = 24;
    private const int NarrowestPlot = 20;

    public static void Write(Timeline chart, TextWriter output, int width)
    {
        var labelWidth = Math.Min(chart.Rows.Select(r => r.Label.Length).DefaultIfEmpty(0).Max(), LongestLabel);
        var columns = Math.Max(width - labelWidth - 3, NarrowestPlot);
        int Column(DateOnly day) => (int)((long)(day.DayNumber - chart.From.DayNumber) * columns / chart.Days);

        output.WriteLine(chart.Title);
        if (chart.Rows.Count == 0)
        {
            output.WriteLine("No periods fall in this range.");
            return;
        }

        var cells = new char[columns];
        foreach (var row in chart.Rows)
        {
            Array.Fill(cells, ' ');
            foreach (var bar in row.Bars)
            {
                // A bar takes every column whose middle day it covers, and at least one column so a short period shows.
                var first = Column(bar.From);
                var last = Math.Max(first, Column(bar.To.AddDays(1)) - 1);
                for (var c = first; c <= Math.Min(last, columns - 1); c++)
                {
                    cells[c] = chart.Categories[bar.Category].Glyph;
                }
            }

            output.WriteLine($"{Fit(row.Label, labelWidth)} │{new string(cells).TrimEnd()}");
        }

        var ticks = new StringBuilder(new string(' ', columns + 8));
        var marks = new StringBuilder(new string('─', columns));
        foreach (var year in Axis.Years(chart.From, chart.To))
        {
            var column = Column(new DateOnly(year, 1, 1));
            var label = year.ToString(CultureInfo.InvariantCulture);
            if (column + label.Length <= ticks.Length && ticks[Math.Max(column - 1, 0)] == ' ')
            {
                ticks.Remove(column, label.Length).Insert(column, label);
                marks[Math.Min(column, columns - 1)] = '┬';
            }
        }

        output.WriteLine($"{new string(' ', labelWidth)} └{marks}");
        output.WriteLine($"{new string(' ', labelWidth)}  {ticks.ToString().TrimEnd()}");
        output.WriteLine(string.Join("   ", chart.Categories.Select(c => $"{c.Glyph} {c.Name}")));
    }

    private static string Fit(string label, int width) =>
        label.Length <= width ? label.PadRight(width) : label[..(width - 1)] + "…";
}
