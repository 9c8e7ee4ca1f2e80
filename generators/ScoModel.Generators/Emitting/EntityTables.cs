using System.IO;

namespace ScoModel.Generators.Emitting;

/// <summary>
/// The code generated tables are read with (Runtime/EntityTables.cs, embedded in the generator as it is), which the
/// generator adds once to every compilation that uses it.
/// </summary>
internal static class EntityTables
{
    public const string HintName = "ScoModel.Generators.EntityTables.g.cs";

    public static readonly string Source = Read();

    private static string Read()
    {
        using var stream = typeof(EntityTables).Assembly.GetManifestResourceStream("ScoModel.Generators.EntityTables.cs")
            ?? throw new InvalidDataException("The generator was built without its embedded EntityTables.cs.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
