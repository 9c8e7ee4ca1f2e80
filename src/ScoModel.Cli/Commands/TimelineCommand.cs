using System.CommandLine;

namespace ScoModel.Cli.Commands;

/// <summary>
/// <c>sco timeline</c>: every state's status periods (or, with <c>--ministers</c>, one state's defence ministers) as a chart
/// over time: text for a terminal, SVG, or a self-contained HTML page.
/// </summary>
internal static class TimelineCommand
{
    private const int DefaultWidth = 100;

    private static readonly (string Format, string Extension)[] Formats = [("text", ".txt"), ("svg", ".svg"), ("html", ".html"), ("html", ".htm")];

    public static Command Create(CliContext context)
    {
        var from = CommonOptions.From("The first day drawn (yyyy-MM-dd, or a year for its 1 January); default: the first status in the data");
        var to = CommonOptions.To("The last day drawn (yyyy-MM-dd, or a year for its 31 December); default: the dataset's as-of date");
        var status = new Option<string[]>("--status")
        {
            Description = "Only these statuses (repeat, or separate with commas): member, observer, dialogue-partner, partner",
            HelpName = "STATUS",
        };
        var state = new Option<string[]>("--state")
        {
            Description = "Only these states (ISO code, name or alias; repeat, or separate with commas)",
            HelpName = "STATE",
        };
        var ministers = new Option<string?>("--ministers")
        {
            Description = "Chart this state's defence ministers' tenures instead of the statuses",
            HelpName = "STATE",
        };
        var width = new Option<string?>("--width")
        {
            Description = $"The width of a text chart in characters (default: the terminal's, else {DefaultWidth})",
            HelpName = "N",
        };
        var output = new ChartOutput(Formats, "text");
        var command = new Command("timeline", "Chart each state's SCO status over time, or a state's defence ministers (text, SVG or HTML)")
        {
            from, to, status, state, ministers, width, output.Format, output.Out,
        };
        command.SetAction(result =>
        {
            ChartOutput.RefuseJson(result, context, "timeline");
            var format = output.ChosenFormat(result);
            var first = result.DayValue(from, endOfYear: false);
            var last = result.DayValue(to, endOfYear: true);
            var statuses = Inputs.Split(result.GetValue(status)).Select(s => Inputs.Status(s, status.Name)).Distinct().ToArray();
            var states = Inputs.Split(result.GetValue(state)).Select(Inputs.State).DistinctBy(s => s.Id).ToArray();
            var columns = result.GetValue(width) is { } text ? Inputs.Width(text, width.Name) : TerminalWidth();
            Timeline chart;
            if (result.GetValue(ministers) is { } ministersOf)
            {
                if (statuses.Length > 0 || states.Length > 0)
                {
                    throw new UsageException("--status and --state chart statuses; --ministers charts one state's ministers: give one or the other");
                }

                chart = Timelines.Ministers(Inputs.State(ministersOf), first, last);
            }
            else
            {
                chart = Timelines.Statuses(first, last, statuses, states);
            }

            output.Write(result, context, writer =>
            {
                switch (format)
                {
                    case "svg":
                        TimelineSvg.Write(chart, writer);
                        break;
                    case "html":
                        HtmlPage.Write(writer, chart.Title, svg => TimelineSvg.Write(chart, svg), chart.Rows.SelectMany(r => r.Bars).Select(b => b.Description));
                        break;
                    default:
                        TimelineText.Write(chart, writer, columns);
                        break;
                }
            });
            return 0;
        });
        return command;
    }


    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected || Console.WindowWidth <= 0 ? DefaultWidth : Console.WindowWidth;
        }
        catch (IOException)
        {
            return DefaultWidth;
        }
    }
}
