using System;
using System.Collections.Generic;
using System.Linq;
using ScoModel.Generators.Common;
using ScoModel.Generators.Kinds;

namespace ScoModel.Generators.Binding;

/// <summary>The generated reverse indexes: over references to entities, and over string and enum values.</summary>
internal static class Indexes
{
    public static IEnumerable<ReverseIndex> Reverse(EntitySet set, Dictionary<string, List<BoundEntry>> boundByType)
    {
        foreach (var property in set.Schema.Properties)
        {
            if (property.Rules.ReverseIndex is not { } method || !boundByType.TryGetValue(property.Type.TypeName, out var targets))
            {
                continue;
            }

            var buckets = targets.Select(_ => new List<int>()).ToArray();
            foreach (var entry in set.Entries)
            {
                foreach (var position in ReferencesIn(entry.Value, property.Name))
                {
                    // Entries are visited in order, so a reference the entry repeats can only be the bucket's last.
                    if (position >= 0 && position < buckets.Length && (buckets[position].Count == 0 || buckets[position][buckets[position].Count - 1] != entry.Index))
                    {
                        buckets[position].Add(entry.Index);
                    }
                }
            }

            yield return new ReverseIndex(
                method,
                property.Name,
                property.Type.TypeName,
                buckets.Select(b => b.ToEquatableArray()).ToEquatableArray());
        }
    }

    public static IEnumerable<ValueIndex> OverValues(EntitySet set)
    {
        foreach (var property in set.Schema.Properties)
        {
            if (property.Rules.ReverseIndex is not { } method || property.Type.Kind is not (StringKind or EnumKind))
            {
                continue;
            }

            var byValue = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var entry in set.Entries)
            {
                foreach (var value in ValuesIn(entry.Value, property.Name))
                {
                    if (!byValue.TryGetValue(value, out var entries))
                    {
                        byValue[value] = entries = [];
                        order.Add(value);
                    }

                    // Entries are visited in order, so a value the entry repeats can only be the list's last.
                    if (entries.Count == 0 || entries[entries.Count - 1] != entry.Index)
                    {
                        entries.Add(entry.Index);
                    }
                }
            }

            yield return new ValueIndex(
                method,
                property.Name,
                property.Type.TypeName,
                property.Type.Kind == ValueKinds.Enum,
                order.Select(v => new IndexedValue(v, byValue[v].ToEquatableArray())).ToEquatableArray());
        }
    }

    /// <summary>The string values, or enum member names, an entry gives a property: one, or each of a list's.</summary>
    private static IEnumerable<string> ValuesIn(BoundRecord record, string propertyName)
    {
        foreach (var field in record.Fields.Where(f => f.PropertyName == propertyName))
        {
            var values = field.Value is BoundList list ? list.Items : new EquatableArray<BoundValue>([field.Value]);
            foreach (var value in values)
            {
                switch (value)
                {
                    case BoundString text:
                        yield return text.Value;
                        break;
                    case BoundEnum member:
                        yield return member.Member;
                        break;
                }
            }
        }
    }

    /// <summary>The positions of the entries a property of an entry refers to.</summary>
    private static IEnumerable<int> ReferencesIn(BoundRecord record, string propertyName)
    {
        foreach (var field in record.Fields)
        {
            if (field.PropertyName != propertyName)
            {
                continue;
            }

            switch (field.Value)
            {
                case BoundReference reference:
                    yield return reference.Index;
                    break;
                case BoundList list:
                    foreach (var item in list.Items)
                    {
                        if (item is BoundReference itemReference)
                        {
                            yield return itemReference.Index;
                        }
                    }

                    break;
            }
        }
    }
}
