using System.Net;
using System.Text.RegularExpressions;

namespace ScoModel.Tests.Cli;

/// <summary>
/// The pictures as a person sees them: headless Chromium (Debian's chromium package) renders each SVG and HTML output to a
/// PNG, which must not be blank and must show the palette's colours; and reports which labels it laid out on the page.
/// Skipped where Chromium is not installed, unless <c>SCO_REQUIRE_BROWSER=1</c> (CI) makes that a failure.
/// </summary>
public sealed partial class BrowserTests
{
    private const string MemberBlue = "#0072b2";
    private const string Ink = "#222222";

    /// <summary>Appended to a page: lists the text of every SVG label that the browser laid out with a size, on the page.</summary>
    private const string LayoutProbe = """
        <script>
        const seen = [];
        for (const t of document.querySelectorAll('svg text')) {
          const box = t.getBoundingClientRect();
          if (box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0) seen.push(t.textContent);
        }
        const report = document.createElement('pre');
        report.id = 'rendered';
        report.textContent = seen.join('\n');
        document.body.appendChild(report);
        </script>
        """;

    [Fact]
    public async Task The_timeline_svg_renders_bars_and_labels()
    {
        using var folder = new TempFolder();
        var svg = folder.File("timeline.svg");
        CliRunner.Succeed("timeline", "--out", svg);

        var png = await ScreenshotAsync(svg, folder, 960, 800);

        AssertNotBlank(png);
        Assert.True(png.Count(MemberBlue, 6) > 2_000, "no member bars in the timeline's picture");
        Assert.True(png.Count("#e69f00", 6) > 500, "no observer bars in the timeline's picture");
        var labels = await LaidOutLabelsAsync(File.ReadAllText(svg), folder);
        Assert.Contains("India", labels);
        Assert.Contains("United Arab Emirates", labels);
        Assert.Contains("2015", labels);
        Assert.Contains("dialogue-partner", labels);
    }

    [Fact]
    public async Task The_timeline_html_page_renders_offline()
    {
        using var folder = new TempFolder();
        var html = folder.File("ministers.html");
        CliRunner.Succeed("timeline", "--ministers", "IND", "--out", html);

        var png = await ScreenshotAsync(html, folder, 1000, 600);

        AssertNotBlank(png);
        Assert.True(png.Count(MemberBlue, 6) > 1_000, "no tenure bars in the page's picture");
        var labels = await LaidOutLabelsAsync(File.ReadAllText(html), folder);
        Assert.Contains("Rajnath Singh", labels);
        Assert.Contains("defence-minister", labels);
    }

    [Fact]
    public async Task The_graph_matrix_renders_cells_and_state_names()
    {
        using var folder = new TempFolder();
        var svg = folder.File("exercises.svg");
        CliRunner.Succeed("graph", "exercises", "--out", svg);

        var png = await ScreenshotAsync(svg, folder, 700, 600);

        AssertNotBlank(png);
        var labels = await LaidOutLabelsAsync(File.ReadAllText(svg), folder);
        Assert.Equal(2, labels.Count(l => l == "Kazakhstan"));
        Assert.Contains("15", labels);
    }

    private static void AssertNotBlank(Png png)
    {
        var white = png.Count("#ffffff", 2);
        var total = png.Width * png.Height;
        Assert.True(total - white > total / 50, $"only {total - white} of {total} pixels are not white");
        Assert.True(png.Count(Ink, 40) > 200, "no text-coloured pixels: the labels were not drawn");
    }

    private static async Task<Png> ScreenshotAsync(string file, TempFolder folder, int width, int height)
    {
        var png = folder.File(Path.GetFileName(file) + ".png");
        await ChromiumAsync(folder, $"--window-size={width},{height}", $"--screenshot={png}", new Uri(file).AbsoluteUri);
        Assert.True(File.Exists(png), $"Chromium wrote no screenshot of {file}");
        return Png.Read(png);
    }

    /// <summary>The labels Chromium laid out with a size, from the page's DOM after the probe ran.</summary>
    private static async Task<string[]> LaidOutLabelsAsync(string markup, TempFolder folder)
    {
        var page = folder.File("probe.html");
        var body = markup.Contains("</body>", StringComparison.Ordinal) ? markup : $"<!DOCTYPE html><html><body>{markup}</body></html>";
        File.WriteAllText(page, body.Replace("</body>", LayoutProbe + "</body>", StringComparison.Ordinal));
        var dom = await ChromiumAsync(folder, "--dump-dom", "--virtual-time-budget=2000", new Uri(page).AbsoluteUri);
        var report = Rendered().Match(dom);
        Assert.True(report.Success, "the layout probe did not run");
        return WebUtility.HtmlDecode(report.Groups[1].Value).Split('\n');
    }

    private static async Task<string> ChromiumAsync(TempFolder folder, params string[] args)
    {
        var chromium = Environment.GetEnvironmentVariable("SCO_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            Assert.False(Environment.GetEnvironmentVariable("SCO_REQUIRE_BROWSER") == "1", $"Chromium is required (SCO_REQUIRE_BROWSER=1) but {chromium} does not exist");
            Assert.Skip($"Chromium is not installed at {chromium} (apt-get install chromium, or set SCO_CHROMIUM)");
        }

        var run = await ChildProcess.RunAsync(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={folder.File("profile")}", .. args]);
        Assert.True(run.ExitCode == 0, $"chromium exited with {run.ExitCode}: {run.Stderr}");
        return run.Stdout;
    }

    [GeneratedRegex("<pre id=\"rendered\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex Rendered();
}
