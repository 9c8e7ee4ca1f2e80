using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace ScoModel.Benchmarks;

/// <summary>
/// The first query a process answers, in process: each launch is a new process (LaunchCount), and its one
/// measured iteration is the first call of the benchmark method in that process (RunStrategy.ColdStart: no pilot,
/// no warm-up, no JIT pre-run). So each measurement includes loading the assemblies the method touches (ScoModel or
/// YamlDotNet), JIT-compiling what runs, static constructors, and for YAML reading the files (from the OS cache).
/// It does not include starting the runtime (see <see cref="ProcessStartBenchmarks"/> for that).
/// Baseline: parsing every data/*.yaml with YamlDotNet's RepresentationModel.
/// </summary>
/// <remarks>
/// The cold-start settings are a job <i>mutator</i>, applied to whatever job the command line asks for (short, dry,
/// default), so that <c>--job short</c> does not add a warm throughput run, and <c>--inProcess</c> still applies.
/// BenchmarkDotNet's MemoryDiagnoser collects allocations in an extra iteration after the measured one, that is on the
/// second call in the process, when the generated tables already exist; so the first call's allocations are also
/// written to the log by <see cref="AfterFirstCall"/> ("// first call: allocated N B; JIT compiled N methods in N ms"),
/// with the JIT's own count and time for this thread (System.Runtime.JitInfo), which says how much of the first call is
/// compiling code rather than running it.
/// Under <c>--inProcess</c> every launch runs in the host process, so only the very first call is cold and the
/// figures mean nothing (smoke test only).
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ColdStartBenchmarks
{
    public const int Launches = 10;
    private long _allocatedBefore;
    private TimeSpan _jitTimeBefore;
    private long _jitMethodsBefore;
    private bool _reported;

    [IterationSetup]
    public void BeforeFirstCall()
    {
        _jitMethodsBefore = JitInfo.GetCompiledMethodCount(currentThread: true);
        _jitTimeBefore = JitInfo.GetCompilationTime(currentThread: true);
        _allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Writes what the first call cost besides time: bytes allocated, and methods JIT-compiled on this thread and how long that took.</summary>
    [IterationCleanup]
    public void AfterFirstCall()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread() - _allocatedBefore;
        var jitTime = JitInfo.GetCompilationTime(currentThread: true) - _jitTimeBefore;
        var jitMethods = JitInfo.GetCompiledMethodCount(currentThread: true) - _jitMethodsBefore;
        if (!_reported)
        {
            _reported = true;
            Console.WriteLine($"// first call: allocated {allocated:N0} B; JIT compiled {jitMethods:N0} methods in {jitTime.TotalMilliseconds:N1} ms");
        }
    }

    [Benchmark(Baseline = true, Description = "YAML at run time: YamlStream load of data/*.yaml + count")]
    public int Yaml_RepresentationModel() => FirstQuery.YamlRepresentationModel();

    [Benchmark(Description = "YAML at run time: Deserializer into DTOs + count")]
    public int Yaml_Deserializer() => FirstQuery.YamlDeserializer();

    [Benchmark(Description = "Generated: Sco.MembersOn(date).Count")]
    public int Generated_MembersOn() => FirstQuery.Generated();

    [Benchmark(Description = "Generated: State.All.Length")]
    public int Generated_StateAll() => FirstQuery.GeneratedStateAll();

    [Benchmark(Description = "Generated: State.Find(\"india\")")]
    public int Generated_Find() => FirstQuery.GeneratedFind();

    [Benchmark(Description = "Generated + FrozenDictionary of all names built at start-up")]
    public int Generated_FrozenDictionary() => FirstQuery.FrozenDictionaryOverGenerated();

    /// <summary>Each of <see cref="Launches"/> processes measures one call, its first: no pilot, no warm-up, no JIT pre-run.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default
                .WithStrategy(RunStrategy.ColdStart)
                .WithLaunchCount(Launches)
                .WithWarmupCount(0)
                .WithIterationCount(1)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .AsMutator());
    }
}

/// <summary>
/// A whole fresh process, end to end: <c>dotnet exec ScoModel.Benchmarks.dll --cold-probe NAME</c> started and
/// waited for. Each operation is one process: runtime start-up, assembly loading, JIT, the first query, exit.
/// <c>nothing</c> only starts and exits, so (case - nothing) is what the first query adds to a process's life.
/// Baseline: parsing the YAML at run time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ProcessStartBenchmarks
{
    private string _dotnet = "";
    private string _assembly = "";
    private string _runtimeConfig = "";

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
        Console.WriteLine($"// {_dotnet} exec --runtimeconfig {_runtimeConfig} {_assembly} {ColdProbe.Argument} NAME");
    }

    [Benchmark(Baseline = true, Description = "process: YAML at run time (YamlStream)")]
    public int Process_Yaml() => Run(ColdProbe.Yaml);

    [Benchmark(Description = "process: generated Sco.MembersOn")]
    public int Process_Generated() => Run(ColdProbe.Generated);

    [Benchmark(Description = "process: nothing (runtime start and exit)")]
    public int Process_Nothing() => Run(ColdProbe.Nothing);

    private int Run(string probe)
    {
        var start = new ProcessStartInfo(_dotnet)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["exec", "--runtimeconfig", _runtimeConfig, _assembly, ColdProbe.Argument, probe])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_dotnet}.");
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? 0
            : throw new InvalidOperationException($"The {probe} probe exited with {process.ExitCode}: {error}");
    }

    /// <summary>One process per iteration (a process is far above the timer's resolution), one warm-up, ten measured.</summary>
    private sealed class Config : ManualConfig
    {
        public Config() =>
            AddJob(Job.Default
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(1)
                .WithIterationCount(10)
                .AsMutator());
    }
}
