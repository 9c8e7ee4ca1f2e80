namespace ScoModel;

/// <summary>Every state's defence-minister tenures, gathered once so that a query scans only that state's few.</summary>
internal static class DefenceMinisters
{
    private static readonly (Tenure Tenure, Person Person)[][] ByState = Build();

    public static Person? Of(State state, DateOnly date)
    {
        var index = State.EntryIndexOf(state);
        if (index < 0)
        {
            return null;
        }

        foreach (var (tenure, person) in ByState[index])
        {
            if (tenure.Covers(date))
            {
                return person;
            }
        }

        return null;
    }

    private static (Tenure, Person)[][] Build()
    {
        var byState = State.All.Select(_ => new List<(Tenure, Person)>()).ToArray();
        foreach (var person in Person.All)
        {
            foreach (var tenure in person.Tenures)
            {
                var index = State.EntryIndexOf(tenure.State);
                if (tenure.Role == Role.DefenceMinister && index >= 0)
                {
                    byState[index].Add((tenure, person));
                }
            }
        }

        return [.. byState.Select(list => list.ToArray())];
    }
}
