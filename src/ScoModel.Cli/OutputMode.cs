namespace ScoModel.Cli;

/// <summary>How <see cref="CliApp"/> renders tables and entity details (JSON is always plain).</summary>
public enum OutputMode
{
    /// <summary>
    /// Rich output (colours, table borders) only when writing to the process's own console, it is a
    /// terminal and <c>NO_COLOR</c> is not set; plain output otherwise.
    /// </summary>
    Auto,

    /// <summary>Tab-separated text without colours or borders, for pipes, files, grep and cut.</summary>
    Plain,

    /// <summary>Tables with borders and colours, whatever the writer is.</summary>
    Rich,
}
