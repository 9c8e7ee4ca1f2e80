using Microsoft.CodeAnalysis;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>Text: <c>string</c>, written length-prefixed in its row.</summary>
internal sealed class StringKind : ValueKind
{
    public override string Name => "string";

    public override string Description => "string";

    public override bool IsText => true;

    public override bool IsIndexable => true;

    public override PropertyType? Recognise(ITypeSymbol type, ITypeContext context) =>
        type.SpecialType == SpecialType.System_String ? TypeOf(type) : null;

    protected override BoundValue BindScalar(YamlScalar scalar, IValueSite site)
    {
        site.CheckText(scalar);
        return new BoundString(scalar.Value);
    }

    public override void Write(IRowSink row, PropertyType type, BoundValue value) => row.Text(((BoundString)value).Value);

    public override string Read(PropertyType type, IReadNames names) => "row.String()";
}

internal sealed record BoundString(string Value) : BoundValue;
