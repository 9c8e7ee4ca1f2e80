using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.Renderer;

namespace ScoModel.Generators.Tests;

/// <summary>
/// Snapshot testing in the convention of Verify.SourceGenerators (which this machine cannot restore):
/// the expected text of each generated file lives beside the test as
/// <c>Snapshots/&lt;TestClass&gt;.&lt;TestMethod&gt;.&lt;HintName without .g.cs&gt;.verified.cs</c>.
/// On a mismatch the actual text is written as <c>*.received.cs</c> (git-ignored) and the test fails
/// with a unified diff. With <c>SCO_ACCEPT_SNAPSHOTS=1</c> the verified files are rewritten instead;
/// review the change in git before committing it.
/// </summary>
internal static class Snapshot
{
    private const string AcceptVariable = "SCO_ACCEPT_SNAPSHOTS";

    private static bool Accept => Environment.GetEnvironmentVariable(AcceptVariable) == "1";

    /// <summary>Verifies generated files, each against its own snapshot; reports every mismatch at once.</summary>
    public static void Verify(
        IEnumerable<GeneratedFile> files,
        [CallerMemberName] string testName = "",
        [CallerFilePath] string sourceFile = "")
    {
        var failures = new StringBuilder();
        var count = 0;
        foreach (var file in files)
        {
            count++;
            var failure = Compare(file.Source, SnapshotPath(sourceFile, testName, Stem(file.HintName)));
            if (failure is not null)
            {
                failures.Append(failure).Append('\n');
            }
        }

        Assert.True(count > 0, "There was nothing to verify");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>Verifies one text against <c>Snapshots/&lt;TestClass&gt;.&lt;TestMethod&gt;.&lt;name&gt;.verified.cs</c>.</summary>
    public static void Verify(
        string actual,
        string name,
        [CallerMemberName] string testName = "",
        [CallerFilePath] string sourceFile = "")
    {
        var failure = Compare(actual, SnapshotPath(sourceFile, testName, name));
        Assert.True(failure is null, failure);
    }

    /// <summary>The hint name without its extension: <c>Country.g.cs</c> gives <c>Country</c>.</summary>
    private static string Stem(string hintName) =>
        hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName[..^".g.cs".Length]
        : hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName[..^".cs".Length]
        : hintName;

    private static string SnapshotPath(string sourceFile, string testName, string name)
    {
        // The test class is named after its file, one class per file. The folder is found from the
        // repository root, not from the caller's path: CI builds map source paths to /_/.
        var directory = Path.Combine(RepositoryRoot(), "tests", "ScoModel.Generators.Tests", "Snapshots");
        var testClass = Path.GetFileNameWithoutExtension(sourceFile);
        return Path.Combine(directory, $"{testClass}.{testName}.{name}.verified.cs");
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ScoModel.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Null when the texts match; otherwise what to tell the reader.</summary>
    private static string? Compare(string actual, string verifiedPath)
    {
        actual = TestHelpers.Normalize(actual);
        var receivedPath = verifiedPath[..^".verified.cs".Length] + ".received.cs";
        var expected = File.Exists(verifiedPath) ? TestHelpers.Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return null;
        }

        if (Accept)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(receivedPath);
            return null;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (expected is null)
        {
            return $"No snapshot {Path.GetFileName(verifiedPath)} yet; the output is in {Path.GetFileName(receivedPath)}. "
                + $"Review it, then rename it or run with {AcceptVariable}=1.";
        }

        var diff = UnidiffRenderer.GenerateUnidiff(expected, actual, Path.GetFileName(verifiedPath), Path.GetFileName(receivedPath), false, false, 3);
        return $"The output differs from {Path.GetFileName(verifiedPath)} (written to {Path.GetFileName(receivedPath)}; "
            + $"run with {AcceptVariable}=1 to accept it):\n{diff}";
    }
}
