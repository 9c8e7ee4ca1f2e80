namespace ScoModel.Cli.Charts;

/// <summary>Builds the <see cref="Graph"/>s of <c>sco graph</c> from the dataset.</summary>
internal static class Graphs
{
    /// <summary>Who exercised with whom: states that took part in the same exercise, over the exercises that overlap the period.</summary>
    public static Graph Exercises(DateOnly? from, DateOnly? to, IReadOnlyCollection<State> states) =>
        Build(
            "exercises",
            "States that took part in the same exercises",
            ("exercise", "exercises"),
            Exercise.All.Where(e => Overlaps(e.Start ?? new DateOnly(e.Year, 1, 1), e.End ?? new DateOnly(e.Year, 12, 31), from, to))
                .Select(e => (e.Id, (IEnumerable<State>)e.Participants)),
            from,
            to,
            states);

    /// <summary>Who met whom: states whose people met in a bilateral meeting, over the meetings dated in the period.</summary>
    public static Graph Bilaterals(DateOnly? from, DateOnly? to, IReadOnlyCollection<State> states) =>
        Build(
            "bilaterals",
            "States whose people met in bilateral meetings",
            ("bilateral", "bilaterals"),
            Bilateral.All.Where(b => (b.Date ?? b.Meeting?.Start) is { } day ? Overlaps(day, day, from, to) : from is null && to is null)
                .Select(b => (b.Id, (IEnumerable<State>)b.States)),
            from,
            to,
            states);

    private static Graph Build(
        string name,
        string title,
        (string One, string Many) relation,
        IEnumerable<(string Id, IEnumerable<State> States)> events,
        DateOnly? from,
        DateOnly? to,
        IReadOnlyCollection<State> only)
    {
        var wanted = only.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var shared = new Dictionary<(string, string), List<string>>();
        foreach (var (id, states) in events)
        {
            var keys = states.Select(s => s.Id).Where(k => wanted.Count == 0 || wanted.Contains(k)).Distinct().Order(StringComparer.Ordinal).ToArray();
            for (var i = 0; i < keys.Length; i++)
            {
                for (var j = i + 1; j < keys.Length; j++)
                {
                    var pair = (keys[i], keys[j]);
                    if (!shared.TryGetValue(pair, out var list))
                    {
                        shared[pair] = list = [];
                    }

                    list.Add(id);
                }
            }
        }

        // The most connected states first, so that a matrix's dense corner is its top left.
        var strength = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((a, b), list) in shared)
        {
            strength[a] = strength.GetValueOrDefault(a) + list.Count;
            strength[b] = strength.GetValueOrDefault(b) + list.Count;
        }

        var nodes = State.All
            .Where(s => strength.ContainsKey(s.Id) || wanted.Contains(s.Id))
            .OrderByDescending(s => strength.GetValueOrDefault(s.Id))
            .ThenBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => new GraphNode(s.Id, s.Name))
            .ToArray();
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var edges = shared
            .Select(pair => (A: index[pair.Key.Item1], B: index[pair.Key.Item2], pair.Value))
            .Select(e => new GraphEdge(Math.Min(e.A, e.B), Math.Max(e.A, e.B), e.Value))
            .OrderBy(e => e.Source)
            .ThenBy(e => e.Target)
            .ToArray();
        var period = (from, to) switch
        {
            (null, null) => string.Empty,
            ({ } f, null) => $", from {ChartText.Day(f)}",
            (null, { } t) => $", until {ChartText.Day(t)}",
            ({ } f, { } t) => $", {ChartText.Day(f)} to {ChartText.Day(t)}",
        };
        return new Graph(name, title + period, relation, nodes, edges);
    }

    private static bool Overlaps(DateOnly start, DateOnly end, DateOnly? from, DateOnly? to) =>
        (from is not { } f || end >= f) && (to is not { } t || start <= t);
}
