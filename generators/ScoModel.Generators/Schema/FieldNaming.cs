using ScoModel.Generators.Common;

namespace ScoModel.Generators.Schema;

/// <summary>
/// How a data file spells field names: the generator's side of the <c>FieldNaming</c> enum in
/// <see cref="SchemaAttributes.Source"/> (same members, same order, so the attribute's value converts directly).
/// </summary>
internal enum FieldNaming
{
    CamelCase,
    SnakeCase,
    KebabCase,
    PascalCase,
}

internal static class FieldNamingExtensions
{
    /// <summary>The field name of a property under this policy: <c>OfficialName</c> is <c>officialName</c>, <c>official_name</c>, <c>official-name</c> or itself.</summary>
    public static string Apply(this FieldNaming naming, string propertyName) => naming switch
    {
        FieldNaming.SnakeCase => Naming.ToKebabCase(propertyName).Replace('-', '_'),
        FieldNaming.KebabCase => Naming.ToKebabCase(propertyName),
        FieldNaming.PascalCase => propertyName,
        _ => SchemaReader.ToYamlName(propertyName),
    };
}
