namespace ScoModel.Cli.Charts;

/// <summary>The years a time axis labels: every year, or every 2nd, 5th, 10th... so that at most a dozen labels fit.</summary>
internal static class Axis
{
    private const int MostLabels = 12;

    /// <summary>The years whose 1 January falls in the range and on the chosen step.</summary>
    public static IEnumerable<int> Years(DateOnly from, DateOnly to)
    {
        var firstYear = from.Month == 1 && from.Day == 1 ? from.Year : from.Year + 1;
        var span = to.Year - firstYear + 1;
        var step = 1;
        foreach (var candidate in (int[])[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000])
        {
            step = candidate;
            if (span / candidate < MostLabels)
            {
                break;
            }
        }

        for (var year = ((firstYear + step - 1) / step) * step; year <= to.Year; year += step)
        {
            yield return year;
        }
    }
}
