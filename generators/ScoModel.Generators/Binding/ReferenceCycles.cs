using System;
using System.Collections.Generic;
using System.Linq;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Kinds;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>
/// Cycles of references, refused because an entry is made after the entries it refers to: between entity types, and
/// between the entries of a type that refers to itself.
/// </summary>
internal static class ReferenceCycles
{
    /// <summary>
    /// A cycle of references between entity types is refused: the rule predates entries made on first use, and stays
    /// until entry-level cycles are checked across types (within one type they are, by CheckEntries).
    /// </summary>
    public static void CheckTypes(List<RecordSchema> entities, BindingScope scope)
    {
        // A type may refer to itself (a language's parent language): CheckEntries checks its entries.
        var edges = entities.ToDictionary(
            e => e.FullName,
            e => ReferencedEntities(e, scope.Records, new HashSet<string>(StringComparer.Ordinal)).Where(t => t != e.FullName).ToList(),
            StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            Visit(entity.FullName, []);
        }

        void Visit(string type, List<string> path)
        {
            if (state.TryGetValue(type, out var mark))
            {
                if (mark == 1)
                {
                    var cycle = path.Skip(path.IndexOf(type)).Concat([type]).Select(ShortName);
                    var schema = scope.Records[path[path.Count - 1]];
                    scope.Diagnostics.Report(DiagnosticDescriptors.EntityTypeCycle, schema.Location, $"{string.Join(" -> ", cycle)} is a cycle of references between entity types; entries are initialised type by type, so remove one of these references (refer by key in a string property instead)");
                }

                return;
            }

            state[type] = 1;
            path.Add(type);
            foreach (var next in edges.TryGetValue(type, out var targets) ? targets : [])
            {
                Visit(next, path);
            }

            path.RemoveAt(path.Count - 1);
            state[type] = 2;
        }
    }

    /// <summary>
    /// For a type whose entries refer to entries of the same type, reports a cycle among them at the entry that closes it:
    /// an entry is made from its row with the entries it refers to already made, so a cycle could never finish.
    /// </summary>
    /// <param name="keys">Where each entry's key is written, where a cycle is reported.</param>
    public static void CheckEntries(RecordSchema entity, List<BoundEntry> entries, List<(SourceRange Range, string Path)> keys, BindingScope scope)
    {
        // Most types cannot refer to themselves at all: then there is no value to walk.
        if (!ReferencedEntities(entity, scope.Records, new HashSet<string>(StringComparer.Ordinal)).Contains(entity.FullName))
        {
            return;
        }

        var refersTo = entries.Select(e => SelfReferences(e.Value, entity.FullName).Where(i => i >= 0 && i < entries.Count).Distinct().ToList()).ToList();
        var state = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            Visit(i);
        }

        void Visit(int entry)
        {
            if (state[entry] != 0)
            {
                return;
            }

            // An explicit stack: a long chain of parents must not overflow the generator's.
            var stack = new Stack<(int Entry, int Next)>();
            stack.Push((entry, 0));
            state[entry] = 1;
            while (stack.Count > 0)
            {
                var (current, next) = stack.Pop();
                if (next < refersTo[current].Count)
                {
                    stack.Push((current, next + 1));
                    var target = refersTo[current][next];
                    if (state[target] == 1)
                    {
                        scope.Diagnostics.Report(target == current ? DiagnosticDescriptors.EntryRefersToItself : DiagnosticDescriptors.EntryCycle, keys[current].Range.In(keys[current].Path), target == current
                            ? $"{entity.Name} '{entries[current].Key}' refers to itself; a generated entry cannot hold a reference to itself, so leave the field out (or make the property a string holding the key)"
                            : $"{entity.Name} '{entries[current].Key}' and {entity.Name} '{entries[target].Key}' refer to each other, directly or through other entries; an entry is made after the entries it refers to, so one of them must not refer back");
                    }
                    else if (state[target] == 0)
                    {
                        state[target] = 1;
                        stack.Push((target, 0));
                    }

                    continue;
                }

                state[current] = 2;
            }
        }
    }

    private static IEnumerable<string> ReferencedEntities(RecordSchema record, Dictionary<string, RecordSchema> records, HashSet<string> visited)
    {
        if (!visited.Add(record.FullName))
        {
            yield break;
        }

        foreach (var property in record.Properties)
        {
            if (property.Type.Kind == ValueKinds.Entity)
            {
                yield return property.Type.TypeName;
            }
            else if (property.Type.Kind == ValueKinds.Record && records.TryGetValue(property.Type.TypeName, out var nested))
            {
                foreach (var type in ReferencedEntities(nested, records, visited))
                {
                    yield return type;
                }
            }
        }
    }

    /// <summary>The positions of the entries of <paramref name="typeName"/> that a value refers to, nested records and lists included.</summary>
    private static IEnumerable<int> SelfReferences(BoundValue value, string typeName)
    {
        switch (value)
        {
            case BoundReference reference when reference.TypeName == typeName:
                yield return reference.Index;
                break;
            case BoundList list:
                foreach (var accessor in list.Items.SelectMany(item => SelfReferences(item, typeName)))
                {
                    yield return accessor;
                }

                break;
            case BoundDictionary dictionary:
                foreach (var accessor in dictionary.Pairs.SelectMany(pair => SelfReferences(pair.Value, typeName)))
                {
                    yield return accessor;
                }

                break;
            case BoundRecord record:
                foreach (var accessor in record.Fields.SelectMany(field => SelfReferences(field.Value, typeName)))
                {
                    yield return accessor;
                }

                break;
        }
    }

    private static string ShortName(string fullName)
    {
        var name = fullName.Replace("global::", string.Empty);
        return name.Substring(name.LastIndexOf('.') + 1);
    }
}
