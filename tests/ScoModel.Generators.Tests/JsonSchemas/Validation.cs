using System.Text;
using System.Text.Json;
using Json.Schema;
using SchemaDocument = Json.Schema.JsonSchema;

namespace ScoModel.Generators.Tests.JsonSchemas;

/// <summary>Checks YAML against a JSON Schema with JsonSchema.Net, a validator written apart from the generator.</summary>
internal static class Validation
{
    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    public static SchemaDocument Load(string json) => SchemaDocument.FromText(json);

    public static EvaluationResults Evaluate(SchemaDocument schema, string yaml) => schema.Evaluate(YamlJson.Parse(yaml), Options);

    /// <summary>The validator's complaints, one a line: where in the data, which schema keyword, and what it says.</summary>
    public static string Describe(EvaluationResults results)
    {
        var text = new StringBuilder();
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            foreach (var (keyword, message) in detail.Errors ?? new Dictionary<string, string>())
            {
                text.Append(detail.InstanceLocation).Append(" (").Append(detail.EvaluationPath).Append(", ").Append(keyword).Append("): ").Append(message).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Checks a schema itself against the draft 2020-12 meta-schema.</summary>
    public static EvaluationResults EvaluateAsSchema(string json) =>
        MetaSchemas.Draft202012.Evaluate(JsonDocument.Parse(json).RootElement, Options);
}
