using static ScoModel.Cli.Charts.ChartText;

namespace ScoModel.Cli.Charts;

/// <summary>Draws a <see cref="Timeline"/> as a standalone SVG image: labels on the left, a year axis, one bar per period, a legend.</summary>
internal static class TimelineSvg
{
    private const double Width = 960;
    private const double FontSize = 12;
    private const double RowHeight = 24;
    private const double BarHeight = 14;
    private const double TitleHeight = 40;
    private const double AxisHeight = 22;
    private const double LegendHeight = 36;
    private const double Margin = 16;

    public static void Write(Timeline chart, TextWriter output)
    {
        var labelWidth = Math.Clamp(chart.Rows.Select(r => TextWidth(r.Label, FontSize)).DefaultIfEmpty(0).Max() + Margin, 80, 280);
        var left = Margin + labelWidth;
        var right = Width - Margin;
        var top = TitleHeight + AxisHeight;
        var plotHeight = Math.Max(chart.Rows.Count, 1) * RowHeight;
        var height = top + plotHeight + LegendHeight + Margin;
        double X(DateOnly day) => left + ((day.DayNumber - chart.From.DayNumber) / (double)chart.Days * (right - left));

        Svg.Open(output, Width, height, chart.Title);
        output.WriteLine($"""<text class="title" x="{Number(Margin)}" y="24">{Escape(chart.Title)}</text>""");

        for (var i = 0; i < chart.Rows.Count; i += 2)
        {
            output.WriteLine($"""<rect class="stripe" x="{Number(Margin)}" y="{Number(top + (i * RowHeight))}" width="{Number(right - Margin)}" height="{Number(RowHeight)}"/>""");
        }

        foreach (var year in Axis.Years(chart.From, chart.To))
        {
            var x = X(new DateOnly(year, 1, 1));
            output.WriteLine($"""<line class="grid" x1="{Number(x)}" y1="{Number(top - 4)}" x2="{Number(x)}" y2="{Number(top + plotHeight)}"/>""");
            output.WriteLine($"""<text class="axis" x="{Number(x)}" y="{Number(top - 8)}" text-anchor="middle">{year}</text>""");
        }

        if (chart.Rows.Count == 0)
        {
            output.WriteLine($"""<text class="label" x="{Number(left)}" y="{Number(top + 16)}">No periods fall in this range.</text>""");
        }

        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var y = top + (i * RowHeight);
            output.WriteLine($"""<text class="label" x="{Number(left - 8)}" y="{Number(y + 16)}" text-anchor="end">{Escape(row.Label)}</text>""");
            foreach (var bar in row.Bars)
            {
                var x = X(bar.From);
                var width = Math.Max(X(bar.To.AddDays(1)) - x, 1.5);
                var barTop = y + ((RowHeight - BarHeight) / 2);
                output.Write($"""<rect x="{Number(x)}" y="{Number(barTop)}" width="{Number(width)}" height="{Number(BarHeight)}" fill="{chart.Categories[bar.Category].Colour}">""");
                output.WriteLine($"<title>{Escape(bar.Description)}</title></rect>");
                if (bar.Ongoing)
                {
                    // An arrowhead past the last day: the period continues beyond the chart.
                    var end = x + width;
                    output.WriteLine($"""<path d="M{Number(end)} {Number(barTop - 2)} l6 {Number((BarHeight / 2) + 2)} l-6 {Number((BarHeight / 2) + 2)} z" fill="{chart.Categories[bar.Category].Colour}"/>""");
                }
            }
        }

        var legendY = top + plotHeight + 24;
        var legendX = left;
        foreach (var category in chart.Categories)
        {
            output.WriteLine($"""<rect x="{Number(legendX)}" y="{Number(legendY - 11)}" width="14" height="14" fill="{category.Colour}"/>""");
            output.WriteLine($"""<text class="label" x="{Number(legendX + 20)}" y="{Number(legendY)}">{Escape(category.Name)}</text>""");
            legendX += 20 + TextWidth(category.Name, FontSize) + 24;
        }

        Svg.Close(output);
    }
}
