using System.Linq;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Kinds;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>Everything the emitter needs for one entity type: its schema, entries, lookups and reverse indexes.</summary>
internal sealed record EntitySet(
    RecordSchema Schema,
    string DataFile,
    EquatableArray<BoundEntry> Entries,
    EquatableArray<LookupName> Lookups,
    EquatableArray<ReverseIndex> ReverseIndexes)
{
    /// <summary>The path of the first data file read for the type, where problems with the type's whole output are reported.</summary>
    public string? DataFilePath { get; init; }

    /// <summary>The record types the entity's properties hold, nested ones included, whose values the emitter reads from its rows.</summary>
    public EquatableArray<RecordSchema> Records { get; init; } = EquatableArray<RecordSchema>.Empty;

    /// <summary>The reverse indexes over string and enum values.</summary>
    public EquatableArray<ValueIndex> ValueIndexes { get; init; } = EquatableArray<ValueIndex>.Empty;

    /// <summary>
    /// The type's generated members with no entries, for a type whose entries cannot be emitted (SCO030 says why):
    /// code that names only <c>All</c>, <c>TryGet</c> or <c>Find</c> still compiles.
    /// </summary>
    public EntitySet WithoutEntries() =>
        this with
        {
            Entries = EquatableArray<BoundEntry>.Empty,
            Lookups = EquatableArray<LookupName>.Empty,
            ReverseIndexes = ReverseIndexes
                .Select(i => i with { EntriesByTarget = i.EntriesByTarget.Select(_ => EquatableArray<int>.Empty).ToEquatableArray() })
                .ToEquatableArray(),
            ValueIndexes = ValueIndexes.Select(i => i with { Values = EquatableArray<IndexedValue>.Empty }).ToEquatableArray(),
        };
}

/// <summary>One entry of a data file, bound to its record type.</summary>
/// <param name="Index">Its position in the generated <c>All</c>.</param>
/// <param name="AccessorName">The name of its generated static property.</param>
/// <param name="Origin">Where it came from, for the comment above its accessor: <c>states.yaml:12</c>.</param>
internal sealed record BoundEntry(int Index, string Key, string AccessorName, string Origin, BoundRecord Value);

/// <summary>An identifier <c>Find</c> accepts and the position of the entry it finds.</summary>
internal sealed record LookupName(string Identifier, int EntryIndex);

/// <summary>
/// A generated reverse index: for each entry of the target type, in its order, the positions of the
/// entries of this type whose <paramref name="PropertyName"/> refers to it.
/// </summary>
internal sealed record ReverseIndex(
    string MethodName,
    string PropertyName,
    string TargetTypeName,
    EquatableArray<EquatableArray<int>> EntriesByTarget);

/// <summary>
/// A generated index over a string or enum property (or a list of them): for each value some entry has, in order of
/// first appearance, the entries that have it, so that <c>Language.WithExtension(".h")</c> returns every language using it.
/// </summary>
/// <param name="IsEnum">Whether the values are enum members (written <c>Type.Member</c>) rather than strings.</param>
internal sealed record ValueIndex(string MethodName, string PropertyName, string ValueTypeName, bool IsEnum, EquatableArray<IndexedValue> Values);

/// <summary>One value of a <see cref="ValueIndex"/> and the positions of the entries that have it, in file order.</summary>
internal sealed record IndexedValue(string Value, EquatableArray<int> Entries);

/// <summary>The result of binding the whole dataset.</summary>
internal sealed record BoundDataset(EquatableArray<EntitySet> Entities, EquatableArray<DiagnosticInfo> Diagnostics);
