using System.Diagnostics;

namespace ScoModel.Tests.Cli;

/// <summary>The built <c>sco</c> tool, run as its own process with stdout redirected.</summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task The_built_tool_runs_as_a_process_with_plain_output_and_exit_codes()
    {
        // The test project references the CLI project, so sco.dll and its runtimeconfig sit next to the tests.
        var tool = Path.Combine(AppContext.BaseDirectory, "sco.dll");
        Assert.True(File.Exists(tool), $"{tool} was not built next to the tests");

        var success = await RunAsync(tool, "states", "--as-of", "2016-06-01", "--status", "member");

        Assert.Equal(0, success.ExitCode);
        Assert.Equal(string.Empty, success.Stderr);
        var lines = success.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id\tName\tISO2\tRegion\tStatus\tSince", lines[0].TrimEnd('\r'));
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], lines.Skip(1).Select(l => l.Split('\t')[0]).Order());
        Assert.DoesNotContain('\u001b', success.Stdout);
        Assert.DoesNotContain('│', success.Stdout);

        // The tool's runtimeconfig turns reflection-based JSON off: this only works through the generated context.
        var json = await RunAsync(tool, "show", "IND", "--json");

        Assert.Equal(0, json.ExitCode);
        using (var document = System.Text.Json.JsonDocument.Parse(json.Stdout))
        {
            Assert.Equal("state", document.RootElement.GetProperty("entity").GetString());
            Assert.Equal("IND", document.RootElement.GetProperty("id").GetString());
        }

        var failure = await RunAsync(tool, "exercises", "--participant", "Indai");

        Assert.Equal(2, failure.ExitCode);
        Assert.Equal(string.Empty, failure.Stdout);
        Assert.Equal("unknown state 'Indai'; did you mean 'India' (IND)?", failure.Stderr.TrimEnd('\r', '\n'));
    }

    private static async Task<CliRun> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }
}
