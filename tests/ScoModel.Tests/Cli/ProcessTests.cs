using System.Xml.Linq;

namespace ScoModel.Tests.Cli;

/// <summary>
/// The built <c>sco</c> tool run as its own process with stdout redirected: the JIT build beside the tests (<c>sco.dll</c>),
/// and the Native AOT binary that <c>SCO_NATIVE_TOOL</c> names (CI publishes it with
/// <c>dotnet publish src/ScoModel.Cli -c Release -r linux-x64</c>), so that trimming and AOT are checked on every command kind.
/// </summary>
public sealed class ProcessTests
{
    public static TheoryData<string> Builds => new("jit", "native");

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Lists_tables_with_plain_output(string build)
    {
        var success = await RunAsync(build, "states", "--as-of", "2016-06-01", "--status", "member");

        Assert.Equal(0, success.ExitCode);
        Assert.Equal(string.Empty, success.Stderr);
        var lines = success.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Id\tName\tISO2\tRegion\tStatus\tSince", lines[0].TrimEnd('\r'));
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], lines.Skip(1).Select(l => l.Split('\t')[0]).Order());
        Assert.DoesNotContain('\u001b', success.Stdout);
        Assert.DoesNotContain('│', success.Stdout);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Writes_json_through_the_generated_context(string build)
    {
        // The tool turns reflection-based JSON off (and AOT removes it): this only works through the generated context
        // (the relations) and JSON nodes (the record, which its descriptor builds).
        var json = await RunAsync(build, "show", "IND", "--json");

        Assert.Equal(0, json.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.Equal("state", document.RootElement.GetProperty("entity").GetString());
        Assert.Equal("IND", document.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Draws_timelines_and_graphs_and_exports_tables(string build)
    {
        using var folder = new TempFolder();

        var timeline = await RunAsync(build, "timeline", "--out", folder.File("timeline.html"));
        var graph = await RunAsync(build, "graph", "bilaterals", "--format", "graphml");
        var export = await RunAsync(build, "export", "--format", "ndjson", "--kind", "states", "--out", folder.Path);

        Assert.Equal((0, string.Empty), (timeline.ExitCode, timeline.Stderr));
        Assert.Contains("<title>India: member from 2017-06-09</title>", File.ReadAllText(folder.File("timeline.html")), StringComparison.Ordinal);
        Assert.Equal((0, string.Empty), (graph.ExitCode, graph.Stderr));
        Assert.NotEmpty(XDocument.Parse(graph.Stdout).Descendants(XName.Get("edge", "http://graphml.graphdrawing.org/xmlns")));
        Assert.Equal((0, string.Empty), (export.ExitCode, export.Stderr));
        Assert.Equal(State.All.Length, File.ReadAllLines(folder.File("states.ndjson")).Length);
        Assert.Contains("\"description\"", File.ReadAllText(folder.File("data-dictionary.ndjson")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task Bad_input_is_one_line_and_exit_code_2(string build)
    {
        var unknown = await RunAsync(build, "exercises", "--participant", "Indai");
        var badDate = await RunAsync(build, "timeline", "--from", "2017-02-30");
        var unwritable = await RunAsync(build, "graph", "exercises", "--out", "/proc/no-such-folder/graph.dot");

        Assert.Equal((2, string.Empty, "unknown state 'Indai'; did you mean 'India' (IND)?"), (unknown.ExitCode, unknown.Stdout, unknown.Stderr.TrimEnd('\r', '\n')));
        Assert.Equal((2, string.Empty, "invalid date '2017-02-30' for --from: there is no such day"), (badDate.ExitCode, badDate.Stdout, badDate.Stderr.TrimEnd('\r', '\n')));
        Assert.Equal(2, unwritable.ExitCode);
        Assert.StartsWith("cannot write '/proc/no-such-folder/graph.dot' for --out:", unwritable.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', unwritable.Stderr.TrimEnd('\r', '\n'));
    }

    private static Task<CliRun> RunAsync(string build, params string[] args) =>
        ChildProcess.RunAsync(Tool(build, out var toolArguments), toolArguments.Concat(args));

    /// <summary>The program to start for a build, and the arguments that come before the command's own.</summary>
    private static string Tool(string build, out string[] arguments)
    {
        if (build == "native")
        {
            var native = Environment.GetEnvironmentVariable("SCO_NATIVE_TOOL");
            if (string.IsNullOrEmpty(native))
            {
                Assert.Skip("SCO_NATIVE_TOOL is not set: publish with 'dotnet publish src/ScoModel.Cli -c Release -r linux-x64' and point it at the sco binary");
            }

            Assert.True(File.Exists(native), $"SCO_NATIVE_TOOL names {native}, which does not exist");
            Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(native)!, "sco.dll")), "the native build has a sco.dll beside it");
            arguments = [];
            return native;
        }

        // The test project references the CLI project, so sco.dll and its runtimeconfig sit next to the tests.
        var dll = Path.Combine(AppContext.BaseDirectory, "sco.dll");
        Assert.True(File.Exists(dll), $"{dll} was not built next to the tests");
        arguments = [dll];
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
