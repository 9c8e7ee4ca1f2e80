using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ScoModel.Generators.Common;
using ScoModel.Generators.Kinds;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>
/// Binds every data file to the schema, across all files at once: keys must be unique, references must resolve,
/// generated names must not collide. It works in two passes, each step in a file of its own: the first finds each
/// entity's entries (<see cref="DataFileEntries"/>) and collects their keys and accessor names (<see cref="EntityKeys"/>),
/// the second binds values (<see cref="EntryBinder"/>, <see cref="ValueBinder"/>); then come the checks for cycles
/// (<see cref="ReferenceCycles"/>) and the reverse indexes (<see cref="Indexes"/>). The steps share a <see cref="BindingScope"/>.
/// </summary>
internal static class DatasetBinder
{
    public static BoundDataset Bind(ImmutableArray<SchemaResult> schemas, ImmutableArray<DataFile> files, CancellationToken cancellationToken)
    {
        var scope = new BindingScope(cancellationToken);

        // Inputs arrive in no promised order; sorting makes the output the same whatever the order.
        var sortedFiles = files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var file in sortedFiles)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                scope.Diagnostics.Report(diagnostic);
            }
        }

        var entities = new List<RecordSchema>();
        foreach (var result in schemas.OrderBy(s => s.Entity?.FullName ?? string.Empty, StringComparer.Ordinal))
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                scope.Diagnostics.Report(diagnostic);
            }

            foreach (var nested in result.NestedRecords)
            {
                scope.Records[nested.FullName] = nested;
            }

            if (result.Entity is not null)
            {
                scope.Records[result.Entity.FullName] = result.Entity;
                entities.Add(result.Entity);
            }
        }

        ReferenceCycles.CheckTypes(entities, scope);

        var entries = new Dictionary<string, List<(YamlMapping Mapping, DataFile File)>>(StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            var found = DataFileEntries.Collect(entities[i], sortedFiles, scope, out var severalFiles);
            var entity = entities[i] = EntityKeys.WithAccessorsDecided(entities[i], found.Count, scope);
            scope.Records[entity.FullName] = entity;
            entries[entity.FullName] = found;
            scope.Keys[entity.FullName] = EntityKeys.Collect(entity, found, severalFiles, scope);
        }

        var sets = new List<EntitySet>();
        var boundByType = new Dictionary<string, List<BoundEntry>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var bound = EntryBinder.Bind(entity, entries[entity.FullName], scope);
            boundByType[entity.FullName] = bound.Entries;
            var dataFilePath = entries[entity.FullName].Count > 0 ? entries[entity.FullName][0].File.Path : null;
            ReferenceCycles.CheckEntries(entity, bound.Entries, bound.Keys, scope);
            sets.Add(new EntitySet(WithoutLocations(entity), entity.Entity!.DataFile, bound.Entries.ToEquatableArray(), bound.Lookups.ToEquatableArray(), EquatableArray<ReverseIndex>.Empty)
            {
                DataFilePath = dataFilePath,
                Records = NestedRecords(entity, scope.Records).Select(WithoutLocations).ToEquatableArray(),
            });
        }

        for (var i = 0; i < sets.Count; i++)
        {
            sets[i] = sets[i] with
            {
                ReverseIndexes = Indexes.Reverse(sets[i], boundByType).ToEquatableArray(),
                ValueIndexes = Indexes.OverValues(sets[i]).ToEquatableArray(),
            };
        }

        return new BoundDataset(sets.ToEquatableArray(), scope.Diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The schema as the emitter needs it: without source locations, so that an edit that only moves
    /// lines of a .cs file leaves the emitted model equal and the output cached.
    /// </summary>
    private static RecordSchema WithoutLocations(RecordSchema schema) =>
        schema with
        {
            Location = null,
            Entity = schema.Entity is { } entity ? entity with { AttributeLocation = null } : null,
            Properties = schema.Properties.Select(p => p with { Location = null }).ToEquatableArray(),
        };

    /// <summary>The record types (not entities) an entity's values hold, nested ones included, each once.</summary>
    private static List<RecordSchema> NestedRecords(RecordSchema entity, Dictionary<string, RecordSchema> records)
    {
        var found = new List<RecordSchema>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { entity.FullName };
        var pending = new Stack<RecordSchema>();
        pending.Push(entity);
        while (pending.Count > 0)
        {
            foreach (var property in pending.Pop().Properties)
            {
                if (property.Type.Kind == ValueKinds.Record && records.TryGetValue(property.Type.TypeName, out var nested) && seen.Add(nested.FullName))
                {
                    found.Add(nested);
                    pending.Push(nested);
                }
            }
        }

        return found;
    }
}
