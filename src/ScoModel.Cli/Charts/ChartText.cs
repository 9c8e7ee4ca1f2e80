using System.Globalization;
using System.Text;

namespace ScoModel.Cli.Charts;

/// <summary>Text escaping and number formatting shared by the SVG, HTML, GraphML and DOT writers.</summary>
internal static class ChartText
{
    /// <summary>Escapes text for XML and HTML content and for attribute values in double quotes.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A day as the data files write it: <c>2017-06-09</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A coordinate with at most one decimal, in the invariant culture, as SVG wants it.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>
    /// A label's width in pixels at <paramref name="fontSize"/> in a sans-serif face, estimated (no font is at hand):
    /// generous enough that a layout leaves room for it.
    /// </summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.6;
}
