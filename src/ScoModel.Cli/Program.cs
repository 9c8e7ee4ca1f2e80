namespace ScoModel.Cli;

/// <summary>The process entry point of the <c>sco</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
