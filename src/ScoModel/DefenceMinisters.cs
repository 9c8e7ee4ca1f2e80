namespace ScoModel;

/// <summary>
/// Every defence-minister tenure in the data, gathered once and grouped by state, so that a query finds the
/// state among the few that had one and then scans only that state's tenures.
/// </summary>
/// <remarks>
/// Arrays and loops rather than a dictionary, tuples or LINQ: those are generic instantiations over value types,
/// JIT-compiled on the first query in a process at a cost far above the scan's. Tenures refer to the entries themselves,
/// so a query finds the state among the slots by reference; a copy of an entry is looked up by key, as the
/// generated indexes do, so that it answers like the entry.
/// </remarks>
internal static class DefenceMinisters
{
    /// <summary>Each state that had a defence minister, in order of its first tenure.</summary>
    private static readonly State[] States;

    /// <summary>Where each state's tenures start in <see cref="Tenures"/>; the next start, or the last item, is where they stop.</summary>
    private static readonly int[] Starts;

    /// <summary>The tenures, grouped by state; within a state in <see cref="Person.All"/> order, then each person's tenure order.</summary>
    private static readonly Tenure[] Tenures;

    /// <summary>The person who held each tenure in <see cref="Tenures"/>, at the same index.</summary>
    private static readonly Person[] Holders;

    static DefenceMinisters()
    {
        var capacity = 0;
        foreach (var person in Person.All)
        {
            capacity += person.Tenures.Length;
        }

        // Each tenure's state slot, the slots' states, and how many tenures each slot has.
        var tenures = new Tenure[capacity];
        var holders = new Person[capacity];
        var slots = new int[capacity];
        var states = new State[capacity];
        var starts = new int[capacity + 1];
        var count = 0;
        var slotCount = 0;
        foreach (var person in Person.All)
        {
            foreach (var tenure in person.Tenures)
            {
                if (tenure.Role != Role.DefenceMinister)
                {
                    continue;
                }

                var slot = SlotOf(states, slotCount, tenure.State);
                if (slot < 0)
                {
                    slot = slotCount++;
                    states[slot] = tenure.State;
                }

                tenures[count] = tenure;
                holders[count] = person;
                slots[count] = slot;
                starts[slot + 1]++;
                count++;
            }
        }

        for (var slot = 0; slot < slotCount; slot++)
        {
            starts[slot + 1] += starts[slot];
        }

        // A stable placement by slot keeps each state's tenures in the order gathered.
        States = new State[slotCount];
        Array.Copy(states, States, slotCount);
        Starts = new int[slotCount + 1];
        Array.Copy(starts, Starts, slotCount + 1);
        Tenures = new Tenure[count];
        Holders = new Person[count];
        for (var i = 0; i < count; i++)
        {
            var at = starts[slots[i]]++;
            Tenures[at] = tenures[i];
            Holders[at] = holders[i];
        }
    }

    public static Person? Of(State state, DateOnly date)
    {
        // The entry itself, as callers nearly always pass, is found by reference; only a copy, or a state without a
        // minister, is looked up by key, which builds the key index (about 1 ms on a first query).
        var slot = SlotOf(States, States.Length, state);
        if (slot < 0)
        {
            if (!State.TryGet(state.Id, out var entry) || ReferenceEquals(entry, state))
            {
                return null;
            }

            slot = SlotOf(States, States.Length, entry);
            if (slot < 0)
            {
                return null;
            }
        }

        for (var i = Starts[slot]; i < Starts[slot + 1]; i++)
        {
            if (Tenures[i].Covers(date))
            {
                return Holders[i];
            }
        }

        return null;
    }

    /// <summary>The position of <paramref name="entry"/> among the first <paramref name="count"/> states, by reference, or -1.</summary>
    private static int SlotOf(State[] states, int count, State entry)
    {
        for (var slot = 0; slot < count; slot++)
        {
            if (ReferenceEquals(states[slot], entry))
            {
                return slot;
            }
        }

        return -1;
    }
}
