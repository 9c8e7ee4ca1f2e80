using System;
using System.Collections.Generic;
using System.Globalization;
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
    /// <returns>The entries, the identifiers <c>Find</c> accepts, and where each entry's key is written (for a cycle among them).</returns>
    public static (List<BoundEntry> Entries, List<LookupName> Lookups, List<(SourceRange Range, string Path)> Keys) Bind(RecordSchema entity, List<(YamlMapping Mapping, DataFile File)> entries, BindingScope scope)
    {
        var keys = scope.Keys[entity.FullName];
        var schema = scope.Records[entity.FullName];
        var bound = new List<BoundEntry>(entries.Count);
        var keyRanges = new List<(SourceRange Range, string Path)>(entries.Count);
        // Room for the key and each [Lookup] value of every entry (a list of them may give more).
        var identifierCount = entries.Count * entity.Properties.Count(p => p.Rules.Lookup || p.Name == entity.Entity!.KeyProperty);
        var lookups = new List<LookupName>(identifierCount);
        var lookupOwners = new Dictionary<string, string>(identifierCount, StringComparer.OrdinalIgnoreCase);
        var identifiers = new List<(YamlScalar Identifier, PropertySchema Property)>();
        var values = new ValueBinder(scope, entity.Name, entity.Entity!.QuotedScalars);
        for (var i = 0; i < entries.Count; i++)
        {
            scope.CancellationToken.ThrowIfCancellationRequested();
            var (mapping, file) = entries[i];
            var (keyNode, entityKey) = keys.OfEntries[i];
            var record = values.BindEntry(schema, mapping, file, keyNode?.Value);
            if (keyNode is null || entityKey is not { } key)
            {
                continue;
            }

            foreach (var property in entity.Properties)
            {
                if (property.Rules.Recommended && !HasValue(record, property.Name))
                {
                    var entryStart = mapping.Pairs.Count > 0 ? mapping.Pairs[0].Key.Range : mapping.Range;
                    scope.Diagnostics.Report(DiagnosticDescriptors.RecommendedFieldMissing, entryStart.In(file.Path), entity.Name, keyNode.Value, property.YamlName);
                }
            }

            LookupIdentifiers(entity, mapping, identifiers);
            foreach (var (identifier, property) in identifiers)
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
            var origin = file.FileName + ":" + keyNode.Range.Line.ToString(CultureInfo.InvariantCulture);
            bound.Add(new BoundEntry(key.Index, keyNode.Value, key.Accessor, origin, record));
            keyRanges.Add((keyNode.Range, file.Path));
        }

        return (bound, lookups, keyRanges);
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

    /// <summary>The key and every [Lookup] string of an entry, each with its property, into <paramref name="found"/> (a list reused from entry to entry).</summary>
    private static void LookupIdentifiers(RecordSchema entity, YamlMapping mapping, List<(YamlScalar Identifier, PropertySchema Property)> found)
    {
        found.Clear();
        foreach (var pair in mapping.Pairs)
        {
            var property = entity.FindProperty(pair.Key.Value);
            if (property is null || !(property.Rules.Lookup || property.Name == entity.Entity!.KeyProperty))
            {
                continue;
            }

            if (pair.Value is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
            {
                found.Add((scalar, property));
            }
            else if (pair.Value is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } itemScalar && itemScalar.Value.Trim().Length > 0)
                    {
                        found.Add((itemScalar, property));
                    }
                }
            }
        }
    }
}
