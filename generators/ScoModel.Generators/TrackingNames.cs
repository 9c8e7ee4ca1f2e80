namespace ScoModel.Generators;

/// <summary>Names of the pipeline steps, so tests can check which ones ran again.</summary>
internal static class TrackingNames
{
    public const string Schemas = nameof(Schemas);
    public const string DataFiles = nameof(DataFiles);
    public const string Dataset = nameof(Dataset);
    public const string Entities = nameof(Entities);
    public const string JsonSchemaRequested = nameof(JsonSchemaRequested);
    public const string JsonSchemas = nameof(JsonSchemas);
    public const string Catalogs = nameof(Catalogs);
    public const string CatalogMembers = nameof(CatalogMembers);
    public const string YamlNames = nameof(YamlNames);
}
