using Microsoft.CodeAnalysis;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary><c>bool</c>: <c>true</c> or <c>false</c> in YAML (any case YAML allows), <c>t</c> or <c>f</c> in a row.</summary>
internal sealed class BooleanKind : ValueKind
{
    public override string Name => "bool";

    public override string Description => "boolean (true or false)";

    public override bool RefusesQuotedText => true;

    public override string JsonType => "boolean";

    public override bool AgreesWithTag(string tag) => tag == "bool";

    public override PropertyType? Recognise(ITypeSymbol type, ITypeContext context) =>
        type.SpecialType == SpecialType.System_Boolean ? TypeOf(type) : null;

    protected override BoundValue BindScalar(YamlScalar scalar, IValueSite site) => scalar.Value switch
    {
        "true" or "True" or "TRUE" => new BoundBoolean(true),
        "false" or "False" or "FALSE" => new BoundBoolean(false),
        _ => site.Invalid(scalar, "; write true or false"),
    };

    public override void Write(IRowSink row, PropertyType type, BoundValue value) => row.Raw(((BoundBoolean)value).Value ? "t" : "f");

    public override string Read(PropertyType type, IReadNames names) => "row.Boolean()";
}

internal sealed record BoundBoolean(bool Value) : BoundValue;
