namespace ScoModel;

public sealed partial record State
{
    /// <summary>
    /// The status the state held on <paramref name="date"/>, or <see langword="null"/> if it held none.
    /// A period includes its start date and excludes its end date.
    /// </summary>
    /// <param name="date">The day to ask about.</param>
    /// <returns>The status, or <see langword="null"/>.</returns>
    public ScoStatus? StatusOn(DateOnly date)
    {
        foreach (var period in Statuses)
        {
            if (period.Covers(date))
            {
                return period.Status;
            }
        }

        return null;
    }

    /// <summary>The status the state holds on the dataset's as-of date, or <see langword="null"/>.</summary>
    public ScoStatus? CurrentStatus => StatusOn(Sco.AsOf);
}

public sealed partial record StatusPeriod
{
    /// <summary>Whether <paramref name="date"/> falls in the period: on or after <see cref="From"/> and before <see cref="To"/>.</summary>
    /// <param name="date">The day to ask about.</param>
    /// <returns>Whether the period covers the day.</returns>
    public bool Covers(DateOnly date) => date >= From && (To is not { } to || date < to);
}

public sealed partial record Tenure
{
    /// <summary>Whether <paramref name="date"/> falls in the tenure: on or after <see cref="From"/> and before <see cref="To"/>.</summary>
    /// <param name="date">The day to ask about.</param>
    /// <returns>Whether the tenure covers the day.</returns>
    public bool Covers(DateOnly date) => date >= From && (To is not { } to || date < to);
}
