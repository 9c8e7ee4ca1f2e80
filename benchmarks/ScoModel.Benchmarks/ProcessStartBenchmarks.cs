using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace ScoModel.Benchmarks;

/// <summary>
/// A whole fresh process per operation: <c>dotnet exec ScoModel.Benchmarks.dll --cold-probe NAME</c> started and
/// waited for (runtime start-up, assembly loading, JIT, the first query, exit), for every probe of
/// <see cref="FirstQuery.Names"/>. <c>nothing</c> only starts and exits, so (probe - nothing) is what the first query
/// adds to a process's life. The real measurement is <c>benchmarks/run.sh cold-sco</c> (hyperfine and the in-process
/// Stopwatch, medians over many launches); this class is the same thing inside BenchmarkDotNet, and CI's smoke run
/// uses it to check that every probe answers. <c>Allocated</c> is the parent's, not the child's.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ProcessStartBenchmarks
{
    private string _dotnet = "";
    private string _assembly = "";
    private string _runtimeConfig = "";

    public static IEnumerable<string> Probes => FirstQuery.Names;

    [ParamsSource(nameof(Probes))]
    public string Probe { get; set; } = "nothing";

    [GlobalSetup]
    public void Setup()
    {
        _assembly = typeof(ColdProbe).Assembly.Location;
        _runtimeConfig = new[] { _assembly, Assembly.GetEntryAssembly()?.Location }
            .Where(p => !string.IsNullOrEmpty(p))
            .Select(p => Path.ChangeExtension(p!, ".runtimeconfig.json"))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No runtimeconfig.json beside {_assembly} or the entry assembly.");

        // The muxer three folders above the shared runtime: <root>/shared/Microsoft.NETCore.App/<version>/.
        var muxer = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        _dotnet = File.Exists(muxer) ? muxer : "dotnet";
        Console.WriteLine($"// {_dotnet} exec --runtimeconfig {_runtimeConfig} {_assembly} {ColdProbe.Argument} {Probe}");
    }

    [Benchmark]
    public int FreshProcess()
    {
        var start = new ProcessStartInfo(_dotnet)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["exec", "--runtimeconfig", _runtimeConfig, _assembly, ColdProbe.Argument, Probe])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_dotnet}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? output.Result.Length
            : throw new InvalidOperationException($"The {Probe} probe exited with {process.ExitCode}: {error}");
    }

    /// <summary>One process per iteration (far above the timer's resolution); in the smoke run one process per probe.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(Smoke.IsOn ? 0 : 1)
                .WithIterationCount(Smoke.IsOn ? 1 : 10)
                .AsMutator());
    }
}
