namespace ScoModel.Cli.Charts;

/// <summary>Builds the <see cref="Timeline"/> charts of <c>sco timeline</c> from the dataset.</summary>
internal static class Timelines
{
    /// <summary>The four statuses in the Okabe-Ito palette, which readers with a colour-vision deficiency can tell apart.</summary>
    private static readonly ChartCategory[] StatusCategories =
    [
        new(Spellings.Of(ScoStatus.Member), "#0072b2", '█'),
        new(Spellings.Of(ScoStatus.Observer), "#e69f00", '▓'),
        new(Spellings.Of(ScoStatus.DialoguePartner), "#009e73", '▒'),
        new(Spellings.Of(ScoStatus.Partner), "#cc79a7", '░'),
    ];

    private static readonly ChartCategory[] MinisterCategories = [new("defence-minister", "#0072b2", '█')];

    /// <summary>
    /// Each state's status periods between <paramref name="from"/> and <paramref name="to"/> (by default the first
    /// status in the data and the dataset's as-of date), only of <paramref name="statuses"/> when some are given, and
    /// only for <paramref name="states"/> when some are given (those rows are kept even when empty).
    /// </summary>
    public static Timeline Statuses(DateOnly? from, DateOnly? to, IReadOnlyCollection<ScoStatus> statuses, IReadOnlyCollection<State> states)
    {
        var periods = State.All.SelectMany(s => s.Statuses).ToArray();
        var (first, last) = Range(from, to, periods.Length == 0 ? Sco.AsOf : periods.Min(p => p.From));
        var rows = new List<(TimelineRow Row, DateOnly Start)>();
        foreach (var state in states.Count > 0 ? states : State.All)
        {
            var bars = new List<TimelineBar>();
            foreach (var period in state.Statuses.OrderBy(p => p.From))
            {
                if (statuses.Count > 0 && !statuses.Contains(period.Status))
                {
                    continue;
                }

                var label = Spellings.Of(period.Status);
                var words = period.To is { } end ? $"{label} from {ChartText.Day(period.From)} until {ChartText.Day(end)}" : $"{label} from {ChartText.Day(period.From)}";
                if (Clip(period.From, period.To, first, last, (int)period.Status, $"{state.Name}: {words}") is { } bar)
                {
                    bars.Add(bar);
                }
            }

            if (bars.Count > 0 || states.Count > 0)
            {
                rows.Add((new TimelineRow(state.Name, bars), bars.Count > 0 ? bars[0].From : DateOnly.MaxValue));
            }
        }

        var which = statuses.Count > 0 ? string.Join(", ", statuses.Order().Select(Spellings.Of<ScoStatus>)) : "SCO status";
        return new Timeline(
            $"{Capitalise(which)} of each state, {ChartText.Day(first)} to {ChartText.Day(last)}",
            first,
            last,
            StatusCategories,
            [.. rows.OrderBy(r => r.Start).ThenBy(r => r.Row.Label, StringComparer.Ordinal).Select(r => r.Row)]);
    }

    /// <summary>
    /// The defence ministers of <paramref name="state"/> in the data, one row each, between <paramref name="from"/> and
    /// <paramref name="to"/> (by default the first tenure and the dataset's as-of date).
    /// </summary>
    public static Timeline Ministers(State state, DateOnly? from, DateOnly? to)
    {
        var tenures = Person.All
            .SelectMany(p => p.Tenures.Where(t => t.Role == Role.DefenceMinister && t.State.Id == state.Id).Select(t => (Person: p, Tenure: t)))
            .OrderBy(x => x.Tenure.From)
            .ToArray();
        var (first, last) = Range(from, to, tenures.Length == 0 ? Sco.AsOf : tenures[0].Tenure.From);
        var rows = new List<TimelineRow>();
        foreach (var group in tenures.GroupBy(x => x.Person.Id))
        {
            var person = group.First().Person;
            var bars = new List<TimelineBar>();
            foreach (var (_, tenure) in group)
            {
                var title = tenure.Title ?? "Defence minister";
                var words = tenure.To is { } end ? $"{title}, {ChartText.Day(tenure.From)} until {ChartText.Day(end)}" : $"{title} from {ChartText.Day(tenure.From)}";
                if (Clip(tenure.From, tenure.To, first, last, 0, $"{person.Name}: {words}") is { } bar)
                {
                    bars.Add(bar);
                }
            }

            if (bars.Count > 0)
            {
                rows.Add(new TimelineRow(person.Name, bars));
            }
        }

        return new Timeline($"Defence ministers of {state.Name}, {ChartText.Day(first)} to {ChartText.Day(last)}", first, last, MinisterCategories, rows);
    }

    private static (DateOnly First, DateOnly Last) Range(DateOnly? from, DateOnly? to, DateOnly earliest)
    {
        var last = to ?? (from is { } f && f > Sco.AsOf ? f : Sco.AsOf);
        var first = from ?? (earliest <= last ? earliest : last);
        Inputs.Forwards(first, last);

        return (first, last);
    }

    /// <summary>The part of a period that falls in the chart (the period excludes its end day), or <see langword="null"/>.</summary>
    private static TimelineBar? Clip(DateOnly start, DateOnly? end, DateOnly first, DateOnly last, int category, string description)
    {
        var lastDay = end is { } e ? e.AddDays(-1) : DateOnly.MaxValue;
        var from = start > first ? start : first;
        var to = lastDay < last ? lastDay : last;
        return from > to ? null : new TimelineBar(from, to, category, lastDay > last, description);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
