using ScoModel.Generators.Common;

namespace ScoModel.Generators.Kinds;

/// <summary>A YAML value converted to what its C# property holds. Each kind's file declares the values it binds.</summary>
internal abstract record BoundValue;

internal sealed record BoundList(PropertyType Type, EquatableArray<BoundValue> Items) : BoundValue;

/// <summary>A record value: its type and the properties given, in schema order.</summary>
internal sealed record BoundRecord(string TypeName, EquatableArray<BoundField> Fields) : BoundValue;

internal sealed record BoundField(string PropertyName, BoundValue Value);

internal sealed record BoundNull : BoundValue
{
    public static readonly BoundNull Instance = new();
}

/// <summary>A value that failed to bind; a diagnostic says why. Its row says it has no value, so the rest still reads.</summary>
internal sealed record BoundInvalid : BoundValue
{
    public static readonly BoundInvalid Instance = new();
}
