using static ScoModel.Cli.Charts.ChartText;

namespace ScoModel.Cli.Charts;

/// <summary>
/// A self-contained HTML page around one SVG picture: no script, no style sheet or font fetched from anywhere, so the
/// file can be mailed or opened offline. The picture's facts follow as a list, for readers who cannot see it.
/// </summary>
internal static class HtmlPage
{
    public static void Write(TextWriter output, string title, Action<TextWriter> writeSvg, IEnumerable<string> facts)
    {
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine("""<html lang="en">""");
        output.WriteLine("<head>");
        output.WriteLine("""<meta charset="utf-8">""");
        output.WriteLine("""<meta name="viewport" content="width=device-width, initial-scale=1">""");
        output.WriteLine($"<title>{Escape(title)}</title>");
        output.WriteLine("<style>body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;margin:24px;color:#222;background:#fff}svg{max-width:100%;height:auto}figure{margin:0}details{margin-top:16px}li{margin:2px 0}</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        output.WriteLine("<figure>");
        writeSvg(output);
        output.WriteLine($"<figcaption>ScoModel dataset as of {Day(Sco.AsOf)}; every fact cites its sources (sco show ID).</figcaption>");
        output.WriteLine("</figure>");
        output.WriteLine("<details>");
        output.WriteLine("<summary>The data in this picture</summary>");
        output.WriteLine("<ul>");
        foreach (var fact in facts)
        {
            output.WriteLine($"<li>{Escape(fact)}</li>");
        }

        output.WriteLine("</ul>");
        output.WriteLine("</details>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }
}
