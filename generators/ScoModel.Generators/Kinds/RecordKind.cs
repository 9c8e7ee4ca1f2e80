using System.Linq;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// Nested records (and classes) with a parameterless constructor: a mapping of their fields in YAML, their fields in
/// turn in a row, read back by a reader method of their own.
/// </summary>
internal sealed class RecordKind : ValueKind
{
    public override string Name => "records with a parameterless constructor";

    public override string JsonType => "object";

    public override PropertyType? Recognise(ITypeSymbol type, ITypeContext context)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsGenericType: false } named
            || context.IsDataEntity(named)
            || !named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
        {
            return null;
        }

        context.ReadRecord(named);
        return TypeOf(type);
    }

    public override bool AgreesWithTag(string tag) => tag == "map";

    public override BoundValue Bind(YamlNode node, IValueSite site) =>
        node is YamlMapping mapping && site.BindRecord(mapping) is { } record
            ? record
            : site.Invalid(node, "; write a mapping of its fields, one 'name: value' per line");

    public override void Write(IRowSink row, PropertyType type, BoundValue value) => row.Record((BoundRecord)value);

    public override string Read(PropertyType type, IReadNames names) => $"{names.RecordReader(type.TypeName)}(ref row)";
}
