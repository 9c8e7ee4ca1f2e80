using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace ScoModel.Cli;

/// <summary>
/// The <c>sco</c> command line: parses arguments, runs a command against the ScoModel dataset, and writes
/// tables or JSON to <c>stdout</c>. Bad input (an unknown id, option, command or status; a malformed or
/// impossible date) is one line on <c>stderr</c> and exit code 2.
/// </summary>
/// <example>
/// <code>
/// var output = new StringWriter();
/// var exitCode = CliApp.Run(["states", "--as-of", "2016-06-01", "--json"], output, TextWriter.Null);
/// </code>
/// </example>
public static class CliApp
{
    /// <summary>The exit code of a successful command.</summary>
    public const int Success = 0;

    /// <summary>The exit code of an unexpected failure (a bug): one line on stderr, no stack trace.</summary>
    public const int InternalError = 1;

    /// <summary>The exit code of bad input: an unknown id, option, command or status, or a bad date.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Runs the command that <paramref name="args"/> describe, rendering rich output only when
    /// <paramref name="stdout"/> is the process's console, a terminal, and <c>NO_COLOR</c> is not set.
    /// </summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results (tables, JSON, help) go.</param>
    /// <param name="stderr">Where the one-line error message goes.</param>
    /// <returns><see cref="Success"/>, <see cref="UsageError"/> or <see cref="InternalError"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, OutputMode.Auto);

    /// <summary>Runs the command that <paramref name="args"/> describe, rendering as <paramref name="mode"/> says.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdout">Where results (tables, JSON, help) go.</param>
    /// <param name="stderr">Where the one-line error message goes.</param>
    /// <param name="mode">Rich (colours, borders) or plain (tab-separated) output, or decide from the environment.</param>
    /// <returns><see cref="Success"/>, <see cref="UsageError"/> or <see cref="InternalError"/>.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, OutputMode mode)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            var isProcessConsole = ReferenceEquals(stdout, Console.Out);
            var rich = mode switch
            {
                OutputMode.Rich => true,
                OutputMode.Plain => false,
                _ => isProcessConsole && !Console.IsOutputRedirected && !WantsNoColour(),
            };
            var context = new CliContext(new Screen(stdout, rich, isProcessConsole));
            var root = CreateRootCommand(context);
            var result = root.Parse(args);
            if (result.Errors.Count > 0 && result.Action is ParseErrorAction)
            {
                stderr.WriteLine(DescribeParseError(result));
                return UsageError;
            }

            return result.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            stderr.WriteLine(OneLine(e.Message));
            return UsageError;
        }
        catch (Exception e)
        {
            stderr.WriteLine(OneLine($"sco: internal error: {e.GetType().Name}: {e.Message}"));
            return InternalError;
        }
    }

    private static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand("Query the ScoModel dataset of SCO defence and security cooperation: states, bodies, people, meetings, exercises, initiatives, proposals, bilaterals, statements, themes and sources.")
        {
            ShowCommand.Create(context),
            AboutCommand.Create(context),
            ExportCommand.Create(context),
            TimelineCommand.Create(context),
            GraphCommand.Create(context),
            CoverageCommand.Create(context),
        };
        // The list commands come first in help, in the kinds' order.
        for (var i = 0; i < EntityViews.All.Length; i++)
        {
            root.Subcommands.Insert(i, EntityViews.All[i].CreateCommand(context));
        }

        root.Options.Add(context.JsonOption);
        return root;
    }

    /// <summary>
    /// One line for System.CommandLine's parse errors, in the CLI's own words, with a suggestion for a
    /// mistyped command or option.
    /// </summary>
    private static string DescribeParseError(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var path = CommandPath(result.CommandResult);
        if (result.UnmatchedTokens.Count > 0)
        {
            var token = result.UnmatchedTokens[0];
            if (token.StartsWith('-'))
            {
                var options = OptionNames(result.CommandResult);
                var guess = Suggestions.Closest(token, options);
                return $"unknown option '{token}' for '{path}'" + (guess is null ? $"; run '{path} --help' for its options" : $"; did you mean '{guess}'?");
            }

            if (command is RootCommand)
            {
                var guess = Suggestions.Closest(token, command.Subcommands.Select(c => c.Name));
                return $"unknown command '{token}'" + (guess is null ? "; run 'sco --help' for the commands" : $"; did you mean '{guess}'?");
            }

            return $"unexpected argument '{token}' for '{path}'; run '{path} --help' for its usage";
        }

        var error = result.Errors[0];
        return error.SymbolResult switch
        {
            OptionResult option => $"option '{option.Option.Name}' of '{path}' needs a value ({option.Option.HelpName ?? "VALUE"}); run '{path} --help' for its usage",
            ArgumentResult argument => $"'{path}' needs its {argument.Argument.Name.ToUpperInvariant()} argument; run '{path} --help' for its usage",
            _ when command is RootCommand => "no command given; run 'sco --help' for the commands",
            _ => $"{path}: {OneLine(error.Message)}",
        };
    }

    private static IEnumerable<string> OptionNames(CommandResult commandResult)
    {
        for (SymbolResult? current = commandResult; current is CommandResult c; current = c.Parent)
        {
            foreach (var option in c.Command.Options)
            {
                if (ReferenceEquals(c, commandResult) || option.Recursive)
                {
                    yield return option.Name;
                    foreach (var alias in option.Aliases)
                    {
                        yield return alias;
                    }
                }
            }
        }
    }

    private static string CommandPath(CommandResult commandResult)
    {
        var names = new List<string>();
        for (SymbolResult? current = commandResult; current is CommandResult c; current = c.Parent)
        {
            names.Add(c.Command is RootCommand ? "sco" : c.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static bool WantsNoColour() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        || string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
