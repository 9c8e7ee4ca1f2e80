using System.Text.Json;
using ScoModel.Cli;

namespace ScoModel.Tests.Cli;

/// <summary>What one in-process run of the CLI produced.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines of stdout, without the final empty one.</summary>
    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs <see cref="CliApp"/> in process against the real dataset, capturing its output.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args) => Run(OutputMode.Auto, args);

    public static CliRun Run(OutputMode mode, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, mode);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs a command that must succeed and returns its output split into tab-separated cells, header first.</summary>
    public static string[][] Table(params string[] args)
    {
        var run = Succeed(args);
        return run.Lines.Select(l => l.Split('\t')).ToArray();
    }

    /// <summary>Runs a command with <c>--json</c> that must succeed and returns the parsed document.</summary>
    public static JsonElement Json(params string[] args)
    {
        var run = Succeed([.. args, "--json"]);
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }

    /// <summary>The <c>id</c> of every object in a JSON array, in order.</summary>
    public static string[] Ids(JsonElement array)
    {
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        return array.EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
    }

    public static string[] Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static CliRun Succeed(params string[] args)
    {
        var run = Run(args);
        Assert.True(run.ExitCode == 0, $"sco {string.Join(' ', args)} exited with {run.ExitCode}: {run.Stderr}");
        Assert.Equal(string.Empty, run.Stderr);
        return run;
    }
}
