namespace ScoModel.Cli.Charts;

/// <summary>
/// A chart of periods over time, independent of how it is drawn: one row per subject (a state, a minister),
/// each with bars from a start day to an end day, coloured by category (a status, a role).
/// </summary>
/// <param name="Title">What the chart shows, for example <c>SCO status of each state, 2001-06-15 to 2026-09-01</c>.</param>
/// <param name="From">The first day drawn.</param>
/// <param name="To">The last day drawn (inclusive).</param>
/// <param name="Categories">The categories bars can have, in legend order.</param>
/// <param name="Rows">The rows, top to bottom.</param>
internal sealed record Timeline(string Title, DateOnly From, DateOnly To, IReadOnlyList<ChartCategory> Categories, IReadOnlyList<TimelineRow> Rows)
{
    /// <summary>The number of days drawn, at least one.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
}

/// <summary>One subject of a <see cref="Timeline"/>.</summary>
/// <param name="Label">The row's label, for example <c>India</c>.</param>
/// <param name="Bars">The periods, clipped to the chart's range, in time order.</param>
internal sealed record TimelineRow(string Label, IReadOnlyList<TimelineBar> Bars);

/// <summary>One period of a <see cref="TimelineRow"/>, clipped to the chart's range.</summary>
/// <param name="From">The first day of the bar.</param>
/// <param name="To">The last day of the bar (inclusive).</param>
/// <param name="Category">The index of the bar's category in <see cref="Timeline.Categories"/>.</param>
/// <param name="Ongoing">Whether the period has no end in the data, so the bar runs on past the chart.</param>
/// <param name="Description">What the bar stands for, in words, for a tooltip: <c>member from 2017-06-09</c>.</param>
internal sealed record TimelineBar(DateOnly From, DateOnly To, int Category, bool Ongoing, string Description);

/// <summary>A category of bars or cells: its name in the legend, its colour in pictures and its glyph in text.</summary>
/// <param name="Name">The legend's name, for example <c>dialogue-partner</c>.</param>
/// <param name="Colour">The fill colour, as CSS hex.</param>
/// <param name="Glyph">The character that draws it in a terminal.</param>
internal sealed record ChartCategory(string Name, string Colour, char Glyph);
