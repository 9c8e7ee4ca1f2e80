namespace ScoModel.Cli.Infrastructure;

/// <summary>
/// Bad input from the user: an unknown id, a malformed date, an unknown status. <see cref="CliApp"/>
/// prints the message as one line on stderr and exits with code 2.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
