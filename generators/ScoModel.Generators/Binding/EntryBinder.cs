using System;
using System.Collections.Generic;
using System.Linq;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Kinds;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>Pass two of binding an entity type's entries, after <see cref="EntityKeys"/> has numbered them.</summary>
internal static class EntryBinder
{
    /// <summary>
    /// Pass two: binds every entry's values, warns of its recommended fields left out, and gathers the identifiers
    /// <c>Find</c> accepts, each answering to one entry.
    /// </summary>
    public static (List<BoundEntry> Entries, List<LookupName> Lookups, List<LocationInfo> KeyLocations) Bind(RecordSchema entity, List<(YamlMapping Mapping, DataFile File)> entries, BindingScope scope)
    {
        var keyLocations = new List<LocationInfo>();
        var keys = scope.Keys[entity.FullName];
        var keyProperty = DataFileEntries.KeyPropertyOf(entity);
        var bound = new List<BoundEntry>();
        var lookups = new List<LookupName>();
        var lookupOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mapping, file) in entries)
        {
            scope.CancellationToken.ThrowIfCancellationRequested();
            var keyNode = DataFileEntries.FindScalar(mapping, keyProperty.YamlName);
            var entryName = keyNode is { IsNull: false } ? $" '{keyNode.Value}'" : string.Empty;
            var values = new ValueBinder(scope, file, entity.Name + entryName, entity.Entity!.QuotedScalars);
            var record = values.BindRecord(scope.Records[entity.FullName], mapping);
            if (keyNode is not { IsNull: false } || keys.Duplicates.Contains((file.Path, mapping.Range.Start)) || !keys.ByKey.TryGetValue(keyNode.Value, out var key))
            {
                continue;
            }

            var entryLocation = (mapping.Pairs.Count > 0 ? mapping.Pairs[0].Key.Range : mapping.Range).In(file.Path);
            foreach (var property in entity.Properties)
            {
                if (property.Rules.Recommended && !HasValue(record, property.Name))
                {
                    scope.Diagnostics.Report(DiagnosticDescriptors.RecommendedFieldMissing, entryLocation, entity.Name, keyNode.Value, property.YamlName);
                }
            }

            foreach (var (identifier, property) in LookupIdentifiers(entity, mapping))
            {
                if (lookupOwners.TryGetValue(identifier.Value, out var owner))
                {
                    if (owner != keyNode.Value)
                    {
                        scope.Diagnostics.Report(DiagnosticDescriptors.LookupCollision, identifier.Range.In(file.Path), $"{entity.Name} '{keyNode.Value}' and {entity.Name} '{owner}' both answer to '{identifier.Value}' in {entity.Name}.Find (identifiers are compared ignoring case); make them distinct{ManyValuedHint(entity, property)}");
                    }

                    continue;
                }

                lookupOwners[identifier.Value] = keyNode.Value;
                lookups.Add(new LookupName(identifier.Value, key.Index));
            }

            // Pass one numbered the keys in this same order, so the entry's position is the one references were bound to.
            System.Diagnostics.Debug.Assert(bound.Count == key.Index, "entries and keys are numbered alike");
            bound.Add(new BoundEntry(key.Index, keyNode.Value, key.Accessor, $"{file.FileName}:{keyNode.Range.Line}", record));
            keyLocations.Add(keyNode.Range.In(file.Path));
        }

        return (bound, lookups, keyLocations);
    }

    private static bool HasValue(BoundRecord record, string propertyName)
    {
        foreach (var field in record.Fields)
        {
            if (field.PropertyName == propertyName)
            {
                return field.Value switch
                {
                    BoundNull => false,
                    BoundList list => list.Items.Count > 0,
                    BoundDictionary dictionary => dictionary.Pairs.Count > 0,
                    _ => true,
                };
            }
        }

        return false;
    }

    /// <summary>
    /// For a [Lookup] property (not the key) whose value several entries share: the many-valued lookup to use instead,
    /// a reverse index over its values (<c>Language.WithExtension(".h")</c> returns every language with it).
    /// </summary>
    private static string ManyValuedHint(RecordSchema entity, PropertySchema property) =>
        property.Name == entity.Entity!.KeyProperty
            ? string.Empty
            : $", or, for a value several entries share, replace [Lookup] on {entity.Name}.{property.Name} with [ReverseIndex(\"With{property.Name}\")], which returns every entry that has it";

    /// <summary>The key and every [Lookup] string of an entry, each with its property.</summary>
    private static IEnumerable<(YamlScalar Identifier, PropertySchema Property)> LookupIdentifiers(RecordSchema entity, YamlMapping mapping)
    {
        foreach (var pair in mapping.Pairs)
        {
            var property = entity.FindProperty(pair.Key.Value);
            if (property is null || !(property.Rules.Lookup || property.Name == entity.Entity!.KeyProperty))
            {
                continue;
            }

            if (pair.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
            {
                yield return (scalar, property);
            }
            else if (pair.Value is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } itemScalar && itemScalar.Value.Trim().Length > 0)
                    {
                        yield return (itemScalar, property);
                    }
                }
            }
        }
    }
}
