namespace ScoModel.Tests;

/// <summary>The checkout the tests run from, for the files that tests keep in step with the code (PublicAPI.txt, docs).</summary>
public static class Repository
{
    /// <summary>The folder holding ScoModel.sln, above the test binaries.</summary>
    public static string Root { get; } = Find();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "ScoModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ScoModel.sln not found above " + AppContext.BaseDirectory);
    }
}
