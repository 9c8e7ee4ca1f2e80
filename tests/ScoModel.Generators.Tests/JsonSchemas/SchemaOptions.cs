using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ScoModel.Generators.JsonSchema;

namespace ScoModel.Generators.Tests.JsonSchemas;

/// <summary>The MSBuild properties the compiler would pass to the generator, here only <c>ScoModelJsonSchemaDirectory</c>.</summary>
internal sealed class SchemaOptions(IReadOnlyDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
{
    /// <summary>As a project that sets <c>&lt;ScoModelJsonSchemaDirectory&gt;schemas&lt;/ScoModelJsonSchemaDirectory&gt;</c>.</summary>
    public static SchemaOptions Requested { get; } =
        new(new Dictionary<string, string> { [JsonSchemaOutput.DirectoryOption] = "schemas" });

    /// <summary>As the SDK passes a property declared compiler-visible but not set: present and empty.</summary>
    public static SchemaOptions NotRequested { get; } =
        new(new Dictionary<string, string> { [JsonSchemaOutput.DirectoryOption] = string.Empty });

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
