using System.Runtime.CompilerServices;
using BenchmarkDotNet.Running;

namespace ScoModel.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release -- --filter '*' --job short</c>.
/// With <c>--cold-probe NAME</c> it instead answers one first query and exits; <see cref="ProcessStartBenchmarks"/>
/// starts it that way to time a whole fresh process.
/// </summary>
public static class Program
{
    /// <returns>0, or 1 if a benchmark failed (threw, or did not produce a result) so that a smoke run in CI fails too.</returns>
    public static int Main(string[] args)
    {
        if (args is [ColdProbe.Argument, var probe])
        {
            return ColdProbe.Run(probe);
        }

        return RunBenchmarks(args);
    }

    // Kept out of Main so that a cold probe never loads or JIT-compiles anything of BenchmarkDotNet.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int RunBenchmarks(string[] args)
    {
        var failures = 0;
        foreach (var summary in BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args))
        {
            var failed = summary.Reports.Where(r => !r.Success).Select(r => r.BenchmarkCase.DisplayInfo).ToList();
            failed.AddRange(summary.BenchmarksCases.Where(c => summary.Reports.All(r => r.BenchmarkCase != c)).Select(c => c.DisplayInfo));
            if (summary.HasCriticalValidationErrors)
            {
                failed.Add($"{summary.Title}: critical validation errors");
            }

            foreach (var name in failed.Distinct())
            {
                Console.Error.WriteLine($"FAILED: {name}");
            }

            failures += failed.Count;
        }

        return failures == 0 ? 0 : 1;
    }
}
