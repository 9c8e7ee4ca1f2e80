using System.Collections.Immutable;

namespace ScoModel;

/// <summary>
/// Who held which status, precomputed for each stretch of days between two status changes in the data,
/// so that a date query is a binary search and returns a shared list.
/// </summary>
internal static class StatusTimeline
{
    private static readonly int StatusCount = Enum.GetValues<ScoStatus>().Length;

    /// <summary>The days on which any status changes, ascending, as day numbers.</summary>
    private static readonly int[] Boundaries;

    /// <summary>For the stretch starting at each boundary, the states holding each status, indexed by status.</summary>
    private static readonly IReadOnlyList<State>[][] ByStretch;

    /// <summary>For the stretch starting at each boundary, the states holding any status short of membership.</summary>
    private static readonly IReadOnlyList<State>[] NonMembersByStretch;

    static StatusTimeline()
    {
        var days = new SortedSet<int>();
        foreach (var state in State.All)
        {
            foreach (var period in state.Statuses)
            {
                days.Add(period.From.DayNumber);
                if (period.To is { } to)
                {
                    days.Add(to.DayNumber);
                }
            }
        }

        Boundaries = [.. days];
        ByStretch = new IReadOnlyList<State>[Boundaries.Length][];
        NonMembersByStretch = new IReadOnlyList<State>[Boundaries.Length];
        for (var i = 0; i < Boundaries.Length; i++)
        {
            var day = DateOnly.FromDayNumber(Boundaries[i]);
            var byStatus = new IReadOnlyList<State>[StatusCount];
            for (var status = 0; status < StatusCount; status++)
            {
                byStatus[status] = State.All.Where(s => s.StatusOn(day) == (ScoStatus)status).ToImmutableArray();
            }

            ByStretch[i] = byStatus;
            NonMembersByStretch[i] = State.All.Where(s => s.StatusOn(day) is { } status && status != ScoStatus.Member).ToImmutableArray();
        }
    }

    public static IReadOnlyList<State> On(DateOnly date, ScoStatus status)
    {
        var stretch = StretchOf(date);
        return stretch < 0 || (uint)status >= (uint)StatusCount ? [] : ByStretch[stretch][(int)status];
    }

    public static IReadOnlyList<State> NonMembersOn(DateOnly date)
    {
        var stretch = StretchOf(date);
        return stretch < 0 ? [] : NonMembersByStretch[stretch];
    }

    /// <summary>The index of the last boundary on or before <paramref name="date"/>, or -1 before the first.</summary>
    private static int StretchOf(DateOnly date)
    {
        var index = Array.BinarySearch(Boundaries, date.DayNumber);
        return index >= 0 ? index : ~index - 1;
    }
}
