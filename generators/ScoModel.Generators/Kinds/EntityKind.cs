using Microsoft.CodeAnalysis;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>References to <c>[DataEntity]</c> types: the entry's key in YAML, its position in the type's <c>All</c> in a row.</summary>
internal sealed class EntityKind : ValueKind
{
    public override string Name => "[DataEntity] references";

    public override bool IsIndexable => true;

    public override PropertyType? Recognise(ITypeSymbol type, ITypeContext context) =>
        type is INamedTypeSymbol named && context.IsDataEntity(named) ? TypeOf(type) : null;

    protected override BoundValue BindScalar(YamlScalar scalar, IValueSite site)
    {
        var type = site.Type;
        if (site.TryResolve(type.TypeName, scalar.Value, out var index, out var suggestion))
        {
            return new BoundReference(type.TypeName, index);
        }

        if (site.IsMissing(type.TypeName))
        {
            return BoundInvalid.Instance;
        }

        var hint = suggestion is not null ? $"; did you mean '{suggestion}'?" : $"; add it to the {type.ShortName} data file or correct the key";
        site.Report(DiagnosticDescriptors.UnknownReference, scalar, site.Names.Record, site.Names.Field, type.ShortName, scalar.Value, hint);
        return BoundInvalid.Instance;
    }

    public override void Write(IRowSink row, PropertyType type, BoundValue value) =>
        row.Number(((BoundReference)value).Index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string Read(PropertyType type, IReadNames names) => $"{names.Table(type.TypeName)}[row.Int32()]";
}

/// <summary>A reference to an entity: its type and its position in that type's <c>All</c>.</summary>
internal sealed record BoundReference(string TypeName, int Index) : BoundValue;
