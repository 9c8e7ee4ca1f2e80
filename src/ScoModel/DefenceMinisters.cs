namespace ScoModel;

/// <summary>
/// Every defence-minister tenure in the data, gathered once into two parallel arrays, so that a query scans
/// those few (a couple of dozen) and not every person's every tenure.
/// </summary>
/// <remarks>
/// Arrays and a loop rather than a dictionary, tuples or LINQ: those are generic instantiations over value types,
/// JIT-compiled on the first query in a process at a cost far above the scan's.
/// </remarks>
internal static class DefenceMinisters
{
    /// <summary>The tenures, in <see cref="Person.All"/> order and then each person's tenure order.</summary>
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

        var tenures = new Tenure[capacity];
        var holders = new Person[capacity];
        var count = 0;
        foreach (var person in Person.All)
        {
            foreach (var tenure in person.Tenures)
            {
                if (tenure.Role == Role.DefenceMinister)
                {
                    tenures[count] = tenure;
                    holders[count] = person;
                    count++;
                }
            }
        }

        Tenures = new Tenure[count];
        Holders = new Person[count];
        Array.Copy(tenures, Tenures, count);
        Array.Copy(holders, Holders, count);
    }

    public static Person? Of(State state, DateOnly date)
    {
        // The entry with the state's key, so that a copy of an entry answers like the entry and a tenure's state
        // (always an entry) can be compared by reference.
        if (!State.TryGet(state.Id, out var entry))
        {
            return null;
        }

        for (var i = 0; i < Tenures.Length; i++)
        {
            var tenure = Tenures[i];
            if (ReferenceEquals(tenure.State, entry) && tenure.Covers(date))
            {
                return Holders[i];
            }
        }

        return null;
    }
}
