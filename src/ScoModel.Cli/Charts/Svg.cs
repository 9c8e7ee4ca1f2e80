using static ScoModel.Cli.Charts.ChartText;

namespace ScoModel.Cli.Charts;

/// <summary>The frame every SVG picture of <c>sco</c> shares: the root element, an accessible title, the styles and a white page.</summary>
internal static class Svg
{
    public static void Open(TextWriter output, double width, double height, string title)
    {
        output.WriteLine($"""<svg xmlns="http://www.w3.org/2000/svg" width="{Number(width)}" height="{Number(height)}" viewBox="0 0 {Number(width)} {Number(height)}" role="img" aria-label="{Escape(title)}">""");
        output.WriteLine($"<title>{Escape(title)}</title>");
        output.WriteLine("<style>text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:12px;fill:#222}.title{font-size:16px;font-weight:bold}.axis{fill:#555;font-size:11px}.grid{stroke:#ccc;stroke-width:1}.stripe{fill:#f4f4f4}.cell{stroke:#fff;stroke-width:1}</style>");
        output.WriteLine($"""<rect width="{Number(width)}" height="{Number(height)}" fill="#fff"/>""");
    }

    public static void Close(TextWriter output) => output.WriteLine("</svg>");
}
