namespace ScoModel.Benchmarks;

/// <summary>
/// CI's smoke run (<c>--job dry --inProcess</c>) sets <c>SCO_BENCH_SMOKE=1</c> to drop the most expensive
/// parameters, so that every class completes in a few minutes on two cores. Real measurements leave it unset.
/// </summary>
internal static class Smoke
{
    public const string Variable = "SCO_BENCH_SMOKE";

    public static bool IsOn =>
        Environment.GetEnvironmentVariable(Variable) is { } value &&
        (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
