namespace ScoModel.Cli.Infrastructure;

/// <summary>Opens the files and folders that <c>--out</c> names, turning every I/O failure into a one-line <see cref="UsageException"/>.</summary>
internal static class OutputFiles
{
    /// <summary>Creates (or replaces) <paramref name="path"/>, creating its folder if needed.</summary>
    public static FileStream Create(string path, string option = "--out")
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new UsageException($"cannot write '{path}' for {option}: it is a folder");
            }

            if (Path.GetDirectoryName(full) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            return new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{path}' for {option}: {e.Message}");
        }
    }

    /// <summary>Makes sure <paramref name="path"/> is a folder one can write files into, creating it if needed.</summary>
    public static string Folder(string path, string option = "--out")
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                throw new UsageException($"cannot write into '{path}' for {option}: it is a file, not a folder");
            }

            Directory.CreateDirectory(full);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write into '{path}' for {option}: {e.Message}");
        }
    }

    /// <summary>Writes one file with <paramref name="write"/> and returns its result, reporting a failure to write as bad input.</summary>
    public static T Write<T>(string path, Func<Stream, T> write, string option = "--out")
    {
        using var stream = Create(path, option);
        try
        {
            return write(stream);
        }
        catch (IOException e)
        {
            throw new UsageException($"cannot write '{path}' for {option}: {e.Message}");
        }
    }
}
