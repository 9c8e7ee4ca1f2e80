using System.CommandLine;
using System.Text;

namespace ScoModel.Cli.Commands;

/// <summary>
/// The <c>--format</c> and <c>--out</c> options of the commands that draw (<c>timeline</c>, <c>graph</c>): the format is the
/// one given, or the one <c>--out</c>'s extension names, or the command's default; the result goes to the file or stdout.
/// </summary>
internal sealed class ChartOutput
{
    private readonly IReadOnlyList<(string Format, string Extension)> _formats;
    private readonly string _fallback;

    public ChartOutput(IReadOnlyList<(string Format, string Extension)> formats, string fallback)
    {
        _formats = formats;
        _fallback = fallback;
        Format = new Option<string?>("--format")
        {
            Description = $"The output format: {string.Join(", ", formats.Select(f => f.Format).Distinct())} (default: from --out's extension, else {fallback})",
            HelpName = "FORMAT",
        };
        Out = new Option<string?>("--out")
        {
            Description = "Write to this file (created or replaced) instead of stdout",
            HelpName = "FILE",
        };
    }

    public Option<string?> Format { get; }

    public Option<string?> Out { get; }

    public string ChosenFormat(ParseResult result)
    {
        if (result.GetValue(Format) is { } text)
        {
            return Inputs.Choice(text, Format.Name, "format", [.. _formats.Select(f => f.Format).Distinct()]);
        }

        var extension = result.GetValue(Out) is { } path ? Path.GetExtension(path) : string.Empty;
        return _formats.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase)).Format ?? _fallback;
    }

    /// <summary>Writes with <paramref name="write"/> to <c>--out</c>'s file (then names it on stdout) or to stdout.</summary>
    public void Write(ParseResult result, CliContext context, Action<TextWriter> write)
    {
        if (result.GetValue(Out) is not { } path)
        {
            context.Screen.Text(write);
            return;
        }

        OutputFiles.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            write(writer);
            return 0;
        });
        context.Screen.Text(output => output.WriteLine($"Wrote {Path.GetFullPath(path)}"));
    }

    /// <summary>Rejects <c>--json</c>, which the drawing commands do not write, with the commands that do.</summary>
    public static void RefuseJson(ParseResult result, CliContext context, string command)
    {
        if (context.WantsJson(result))
        {
            throw new UsageException($"sco {command} draws pictures and does not write JSON; use --format, or 'sco export --format json' for the data");
        }
    }
}
