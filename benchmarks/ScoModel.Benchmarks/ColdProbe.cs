namespace ScoModel.Benchmarks;

/// <summary>
/// <c>ScoModel.Benchmarks --cold-probe NAME</c>: answer one first query and exit, with no console output and no
/// BenchmarkDotNet loaded. The exit code says whether the answer was plausible (0) or not (3).
/// </summary>
internal static class ColdProbe
{
    public const string Argument = "--cold-probe";

    public const string Nothing = "nothing";
    public const string Generated = "generated";
    public const string Yaml = "yaml";

    public static int Run(string probe)
    {
        var members = probe switch
        {
            Nothing => 1,
            Generated => FirstQuery.Generated(),
            Yaml => FirstQuery.YamlRepresentationModel(),
            _ => -1,
        };
        return members > 0 ? 0 : 3;
    }
}
