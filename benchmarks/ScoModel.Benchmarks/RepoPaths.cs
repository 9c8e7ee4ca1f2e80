namespace ScoModel.Benchmarks;

/// <summary>Where the repository and its data files are, seen from a running benchmark.</summary>
internal static class RepoPaths
{
    /// <summary>The folder that holds ScoModel.sln, found by walking up from the running assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The data files: the copy under the output folder (data/), which the benchmark project copies there,
    /// or else the repository's data/ folder.
    /// </summary>
    public static string DataDirectory
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "data");
            return Directory.Exists(beside) && Directory.EnumerateFiles(beside, "*.yaml").Any()
                ? beside
                : Path.Combine(Root, "data");
        }
    }

    /// <summary>Every data/*.yaml file, sorted by name so that runs read them in the same order.</summary>
    public static string[] DataFiles()
    {
        var files = Directory.GetFiles(DataDirectory, "*.yaml");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder containing ScoModel.sln above {AppContext.BaseDirectory}.");
    }
}
