using System.Collections.Immutable;
using System.Linq;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// Every kind of value a property may hold, in one list that the stages consult: the schema reader asks each in turn
/// whether it holds a property's type, the binder and the emitter ask the property's kind. A new kind is a file that
/// derives from <see cref="ValueKind"/> and a line in <see cref="All"/>.
/// </summary>
internal static class ValueKinds
{
    public static readonly StringKind String = new();
    public static readonly BooleanKind Boolean = new();
    public static readonly DateKind Date = new();
    public static readonly EnumKind Enum = new();
    public static readonly RecordKind Record = new();
    public static readonly EntityKind Entity = new();

    /// <summary>
    /// Every kind, in the order SCO014 and the README list them. Each recognises types no other does, so the order
    /// decides nothing else.
    /// </summary>
    public static readonly ImmutableArray<ValueKind> All =
    [
        String,
        Boolean,
        NumberKind.Int32,
        NumberKind.Int64,
        NumberKind.Double,
        NumberKind.Decimal,
        Date,
        Enum,
        Record,
        Entity,
    ];

    /// <summary>What a data file can hold, for SCO014: every kind, <see cref="NullableForm"/>, <see cref="ListForm"/> and <see cref="DictionaryForm"/>.</summary>
    public static string Supported { get; } =
        $"supported types are {string.Join(", ", All.Select(k => k.Name))}, their nullable forms, and ImmutableArray<T> and ImmutableDictionary<string, T> of those";
}
