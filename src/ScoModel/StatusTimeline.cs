using System.Runtime.InteropServices;

namespace ScoModel;

/// <summary>
/// Who held which status, precomputed for each stretch of days between two status changes in the data,
/// so that a date query is a binary search and returns a shared list.
/// </summary>
/// <remarks>
/// Plain loops over arrays only: in a fresh process every generic instantiation over a value type
/// (<c>SortedSet&lt;int&gt;</c>, <c>Array.BinarySearch&lt;int&gt;</c>, <c>Enum.GetValues&lt;T&gt;</c>), lambda and LINQ
/// operator is JIT-compiled on the first query, and those cost more than the tables themselves.
/// </remarks>
internal static class StatusTimeline
{
    /// <summary>The days on which any status changes, ascending, as day numbers.</summary>
    private static readonly int[] Boundaries = CollectBoundaries();

    public static IReadOnlyList<State> On(DateOnly date, ScoStatus status)
    {
        var stretch = StretchOf(date);
        if (stretch < 0)
        {
            return [];
        }

        var byStatus = ByStatus.Lists[stretch];
        return (uint)status < (uint)byStatus.Length ? byStatus[(int)status] : [];
    }

    public static IReadOnlyList<State> NonMembersOn(DateOnly date)
    {
        var stretch = StretchOf(date);
        return stretch < 0 ? [] : NonMembers.Lists[stretch];
    }

    /// <summary>The index of the last boundary on or before <paramref name="date"/>, or -1 before the first.</summary>
    private static int StretchOf(DateOnly date) => CountAtOrBefore(Boundaries, Boundaries.Length, date.DayNumber) - 1;

    /// <summary>How many of the first <paramref name="count"/> days (ascending) are on or before <paramref name="day"/>: a binary search.</summary>
    private static int CountAtOrBefore(int[] days, int count, int day)
    {
        var low = 0;
        var high = count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (days[middle] <= day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static int[] CollectBoundaries()
    {
        var capacity = 0;
        foreach (var state in State.All)
        {
            capacity += 2 * state.Statuses.Length;
        }

        // Insertion into a sorted prefix, skipping repeats: the data has a few dozen distinct days.
        var days = new int[capacity];
        var count = 0;
        foreach (var state in State.All)
        {
            foreach (var period in state.Statuses)
            {
                Insert(days, ref count, period.From.DayNumber);
                if (period.To is { } to)
                {
                    Insert(days, ref count, to.DayNumber);
                }
            }
        }

        var boundaries = new int[count];
        Array.Copy(days, boundaries, count);
        return boundaries;
    }

    private static void Insert(int[] days, ref int count, int day)
    {
        var at = CountAtOrBefore(days, count, day);
        if (at > 0 && days[at - 1] == day)
        {
            return;
        }

        Array.Copy(days, at, days, at + 1, count - at);
        days[at] = day;
        count++;
    }

    /// <summary>
    /// Each state's status during a stretch as a one-bit mask (0 for none), in <see cref="State.All"/> order,
    /// so that one pass over the states serves every status (<see cref="ScoStatus"/> has four members; a mask holds 32).
    /// </summary>
    private static uint[] StatusBitsDuring(int stretch)
    {
        var day = DateOnly.FromDayNumber(Boundaries[stretch]);
        var states = State.All;
        var bits = new uint[states.Length];
        for (var i = 0; i < bits.Length; i++)
        {
            bits[i] = states[i].StatusOn(day) is { } status ? 1u << (int)status : 0u;
        }

        return bits;
    }

    /// <summary>The states whose status bit is in <paramref name="wanted"/>, in <see cref="State.All"/> order, as a read-only list.</summary>
    private static IReadOnlyList<State> StatesWithBits(uint[] bits, uint wanted)
    {
        var all = State.All;
        var count = 0;
        foreach (var bit in bits)
        {
            if ((bit & wanted) != 0)
            {
                count++;
            }
        }

        var states = new State[count];
        count = 0;
        for (var i = 0; i < bits.Length; i++)
        {
            if ((bits[i] & wanted) != 0)
            {
                states[count++] = all[i];
            }
        }

        // Wrapped, not copied: nothing else holds the array, and callers cannot change an ImmutableArray.
        return ImmutableCollectionsMarshal.AsImmutableArray(states);
    }

    // Each table is its own class so that its static initialiser runs on the first query that needs it.
    private static class ByStatus
    {
        /// <summary>For the stretch starting at each boundary, the states holding each status, indexed by status.</summary>
        public static readonly IReadOnlyList<State>[][] Lists = Build();

        private static IReadOnlyList<State>[][] Build()
        {
            // Sized by the statuses the data uses, not by reflecting over the enum: a status no one held has no list.
            var statusCount = 0;
            foreach (var state in State.All)
            {
                foreach (var period in state.Statuses)
                {
                    statusCount = Math.Max(statusCount, (int)period.Status + 1);
                }
            }

            var lists = new IReadOnlyList<State>[Boundaries.Length][];
            for (var stretch = 0; stretch < lists.Length; stretch++)
            {
                var bits = StatusBitsDuring(stretch);
                var byStatus = new IReadOnlyList<State>[statusCount];
                for (var status = 0; status < statusCount; status++)
                {
                    byStatus[status] = StatesWithBits(bits, 1u << status);
                }

                lists[stretch] = byStatus;
            }

            return lists;
        }
    }

    private static class NonMembers
    {
        /// <summary>For the stretch starting at each boundary, the states holding any status short of membership.</summary>
        public static readonly IReadOnlyList<State>[] Lists = Build();

        private static IReadOnlyList<State>[] Build()
        {
            var lists = new IReadOnlyList<State>[Boundaries.Length];
            for (var stretch = 0; stretch < lists.Length; stretch++)
            {
                lists[stretch] = StatesWithBits(StatusBitsDuring(stretch), ~(1u << (int)ScoStatus.Member));
            }

            return lists;
        }
    }
}
