using System.Diagnostics;
using System.Globalization;

namespace ScoModel.Benchmarks;

/// <summary>
/// <c>ScoModel.Benchmarks --cold-probe NAME</c>: answer one first query (<see cref="FirstQuery"/>) in this fresh process
/// and exit, with no BenchmarkDotNet loaded. A Stopwatch around that one call (assembly loading, JIT, static
/// constructors and the query; not runtime start-up) is written to stdout as "ms jit-methods allocated-bytes", the
/// JIT's count of methods it compiled on this thread during the call and the bytes the call allocated.
/// The exit code says whether the answer was plausible (0), not (3) or the name unknown (2).
/// <c>benchmarks/run.sh cold-sco</c> launches every probe many times and takes medians; hyperfine times whole processes.
/// </summary>
internal static class ColdProbe
{
    public const string Argument = "--cold-probe";

    public static int Run(string probe)
    {
        if (!FirstQuery.Names.Contains(probe))
        {
            Console.Error.WriteLine($"unknown probe {probe}; known: {string.Join(' ', FirstQuery.Names)}");
            return 2;
        }

        var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        var answer = FirstQuery.Run(probe);
        stopwatch.Stop();
        var jit = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalMilliseconds:F3} {jit} {allocated}"));
        return answer > 0 ? 0 : 3;
    }
}
