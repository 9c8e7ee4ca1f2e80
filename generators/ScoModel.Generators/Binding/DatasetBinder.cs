using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>
/// Binds every data file to the schema, across all files at once: keys must be unique,
/// references must resolve, generated names must not collide. It works in two passes:
/// the first collects each entity's key and accessor name, the second binds values.
/// </summary>
internal sealed class DatasetBinder
{
    /// <summary>The most diagnostics reported for one file; past it (or <see cref="MaxDiagnostics"/>) one SCO013 says how many more there were.</summary>
    public const int MaxDiagnosticsPerFile = 100;

    /// <summary>The most diagnostics reported for the whole dataset: the compiler's time grows faster than their number.</summary>
    public const int MaxDiagnostics = 1_000;

    private readonly List<DiagnosticInfo> _diagnostics = [];
    private readonly HashSet<DiagnosticInfo> _reported = [];
    private readonly Dictionary<string, int> _reportedPerFile = new(StringComparer.Ordinal);
    private int _unreported;
    private string? _firstCappedFile;
    private readonly Dictionary<string, RecordSchema> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityKeys> _keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missingFiles = new(StringComparer.Ordinal);

    /// <summary>The entity types read from more than one file, whose messages name a file by its path rather than its name.</summary>
    private readonly HashSet<string> _entryFilesByType = new(StringComparer.Ordinal);
    private readonly ImmutableArray<DataFile> _files;
    private readonly CancellationToken _cancellationToken;

    private DatasetBinder(ImmutableArray<DataFile> files, CancellationToken cancellationToken)
    {
        _files = files;
        _cancellationToken = cancellationToken;
    }

    public static BoundDataset Bind(ImmutableArray<SchemaResult> schemas, ImmutableArray<DataFile> files, CancellationToken cancellationToken)
    {
        // Inputs arrive in no promised order; sorting makes the output the same whatever the order.
        var sortedFiles = files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var binder = new DatasetBinder(sortedFiles, cancellationToken);
        return binder.BindAll(schemas);
    }

    private BoundDataset BindAll(ImmutableArray<SchemaResult> schemas)
    {
        foreach (var file in _files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                Report(diagnostic);
            }
        }

        var entities = new List<RecordSchema>();
        foreach (var result in schemas.OrderBy(s => s.Entity?.FullName ?? string.Empty, StringComparer.Ordinal))
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                Report(diagnostic);
            }

            foreach (var nested in result.NestedRecords)
            {
                _records[nested.FullName] = nested;
            }

            if (result.Entity is not null)
            {
                _records[result.Entity.FullName] = result.Entity;
                entities.Add(result.Entity);
            }
        }

        CheckForReferenceCycles(entities);

        var entries = new Dictionary<string, List<(YamlMapping Mapping, DataFile File)>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            entries[entity.FullName] = CollectEntries(entity);
            _keys[entity.FullName] = CollectKeys(entity, entries[entity.FullName]);
        }

        var sets = new List<EntitySet>();
        var boundByType = new Dictionary<string, List<BoundEntry>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var bound = BindEntries(entity, entries[entity.FullName]);
            boundByType[entity.FullName] = bound.Entries;
            var dataFilePath = entries[entity.FullName].Count > 0 ? entries[entity.FullName][0].File.Path : null;
            CheckSelfReferenceCycles(entity, bound.Entries, bound.KeyLocations);
            sets.Add(new EntitySet(WithoutLocations(entity), entity.Entity!.DataFile, bound.Entries.ToEquatableArray(), bound.Lookups.ToEquatableArray(), EquatableArray<ReverseIndex>.Empty)
            {
                DataFilePath = dataFilePath,
                Records = NestedRecords(entity).Select(WithoutLocations).ToEquatableArray(),
            });
        }

        for (var i = 0; i < sets.Count; i++)
        {
            sets[i] = sets[i] with
            {
                ReverseIndexes = BuildReverseIndexes(sets[i], boundByType).ToEquatableArray(),
                ValueIndexes = BuildValueIndexes(sets[i]).ToEquatableArray(),
            };
        }

        if (_unreported > 0)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.TooManyDiagnostics,
                _firstCappedFile is { } file ? LocationInfo.FileStart(file) : null,
                _unreported.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                MaxDiagnosticsPerFile.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MaxDiagnostics.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new BoundDataset(sets.ToEquatableArray(), _diagnostics.ToEquatableArray());
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

    private void Report(DiagnosticInfo diagnostic)
    {
        // Several entity declarations can reach the same nested record and report the same problem.
        if (!_reported.Add(diagnostic))
        {
            return;
        }

        var file = diagnostic.Location?.FilePath ?? string.Empty;
        _reportedPerFile.TryGetValue(file, out var inFile);
        if (inFile >= MaxDiagnosticsPerFile || _diagnostics.Count >= MaxDiagnostics)
        {
            // Past the first hundred the rest rarely help, and each one costs the build time.
            _unreported++;
            _firstCappedFile ??= diagnostic.Location?.FilePath;
            return;
        }

        _reportedPerFile[file] = inFile + 1;
        _diagnostics.Add(diagnostic);
    }

    private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        Report(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>
    /// A cycle of references between entity types is refused: the rule predates entries made on first use, and stays
    /// until entry-level cycles are checked across types (within one type they are, by CheckSelfReferenceCycles).
    /// </summary>
    private void CheckForReferenceCycles(List<RecordSchema> entities)
    {
        // A type may refer to itself (a language's parent language): CheckSelfReferenceCycles checks its entries.
        var edges = entities.ToDictionary(
            e => e.FullName,
            e => ReferencedEntities(e, new HashSet<string>(StringComparer.Ordinal)).Where(t => t != e.FullName).ToList(),
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
                    var schema = _records[path[path.Count - 1]];
                    Report(DiagnosticDescriptors.EntityTypeCycle, schema.Location, $"{string.Join(" -> ", cycle)} is a cycle of references between entity types; entries are initialised type by type, so remove one of these references (refer by key in a string property instead)");
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

    private IEnumerable<string> ReferencedEntities(RecordSchema record, HashSet<string> visited)
    {
        if (!visited.Add(record.FullName))
        {
            yield break;
        }

        foreach (var property in record.Properties)
        {
            if (property.Type.Kind == ValueKind.Entity)
            {
                yield return property.Type.TypeName;
            }
            else if (property.Type.Kind == ValueKind.Record && _records.TryGetValue(property.Type.TypeName, out var nested))
            {
                foreach (var type in ReferencedEntities(nested, visited))
                {
                    yield return type;
                }
            }
        }
    }

    /// <summary>The record types (not entities) an entity's values hold, nested ones included, each once.</summary>
    private List<RecordSchema> NestedRecords(RecordSchema entity)
    {
        var found = new List<RecordSchema>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { entity.FullName };
        var pending = new Stack<RecordSchema>();
        pending.Push(entity);
        while (pending.Count > 0)
        {
            foreach (var property in pending.Pop().Properties)
            {
                if (property.Type.Kind == ValueKind.Record && _records.TryGetValue(property.Type.TypeName, out var nested) && seen.Add(nested.FullName))
                {
                    found.Add(nested);
                    pending.Push(nested);
                }
            }
        }

        return found;
    }

    private static string ShortName(string fullName)
    {
        var name = fullName.Replace("global::", string.Empty);
        return name.Substring(name.LastIndexOf('.') + 1);
    }

    /// <summary>The entry mappings of an entity's data files, in file then document order.</summary>
    private List<(YamlMapping Mapping, DataFile File)> CollectEntries(RecordSchema entity)
    {
        var result = new List<(YamlMapping, DataFile)>();
        var pattern = DataFilePattern.Parse(entity.Entity!.DataFile);
        var files = _files.Where(f => pattern.Matches(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (files.Count > 1)
        {
            _entryFilesByType.Add(entity.FullName);
        }

        var matched = files.Count > 0;
        foreach (var file in files)
        {
            if (file.Root is null && file.Diagnostics.Count > 0)
            {
                // The file could not be read (SCO001, SCO011 or SCO029 says why): do not also report every reference to its entries.
                _missingFiles.Add(entity.FullName);
            }

            switch (file.Root)
            {
                case null:
                case YamlScalar { IsNull: true }:
                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        if (item is YamlMapping mapping)
                        {
                            result.Add((mapping, file));
                        }
                        else if (item is YamlScalar { IsNull: false } scalar && entity.OnlyTheKeyIsRequired)
                        {
                            // A list of plain values, for a record whose only required field is its key: "- C#".
                            result.Add((KeyedEntry(entity, scalar, null, scalar.Range), file));
                        }
                        else
                        {
                            Report(DiagnosticDescriptors.InvalidValue, item.Range.In(file.Path), Describe(item), "entry", entity.Name, $"; each entry is a mapping that starts with '{KeyYamlName(entity)}: ...'");
                        }
                    }

                    break;
                case YamlMapping byKey:
                    // A mapping of entries by their keys ("C#:" then its fields): the key fills the key field.
                    foreach (var pair in byKey.Pairs)
                    {
                        switch (pair.Value)
                        {
                            case YamlMapping fields:
                                result.Add((KeyedEntry(entity, pair.Key, fields, fields.Range), file));
                                break;
                            case YamlScalar { IsNull: true } when entity.OnlyTheKeyIsRequired:
                                result.Add((KeyedEntry(entity, pair.Key, null, pair.Key.Range), file));
                                break;
                            default:
                                Report(DiagnosticDescriptors.InvalidValue, pair.Value.Range.In(file.Path), Describe(pair.Value), "entry", entity.Name, $"; in a file of entries by key, each key ('{Describe(pair.Key)}:') is followed by the entry's fields");
                                break;
                        }
                    }

                    break;
                default:
                    Report(DiagnosticDescriptors.InvalidValue, file.Root.Range.In(file.Path), Describe(file.Root), "data file", entity.Name, $"; a data file is a list of entries, each starting with '- {KeyYamlName(entity)}: ...', or a mapping of entries by their keys");
                    break;
            }
        }

        if (!matched)
        {
            Report(DiagnosticDescriptors.DataFileMissing, entity.Entity.AttributeLocation, entity.Name, entity.Entity.DataFile);
            _missingFiles.Add(entity.FullName);
        }

        return result;
    }

    private static string KeyYamlName(RecordSchema entity) => KeyPropertyOf(entity).YamlName;

    /// <summary>
    /// An entry written by its key alone or as a key with its fields: the fields with the key field first, placed
    /// where the key is written, so that every later rule (a duplicate key, a key given twice) reads it as any entry.
    /// </summary>
    private static YamlMapping KeyedEntry(RecordSchema entity, YamlScalar key, YamlMapping? fields, SourceRange range)
    {
        var keyField = new YamlPair(new YamlScalar(KeyYamlName(entity), IsPlain: true, key.Range), key);
        return new YamlMapping(new[] { keyField }.Concat(fields?.Pairs ?? Enumerable.Empty<YamlPair>()).ToEquatableArray(), range);
    }

    private static PropertySchema KeyPropertyOf(RecordSchema entity) => entity.Properties.First(p => p.Name == entity.Entity!.KeyProperty);

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.Value.Length > 40 ? scalar.Value.Substring(0, 40) + "..." : scalar.Value,
        YamlSequence => "a list",
        _ => "a mapping",
    };

    /// <summary>Pass one: every entry's key and accessor name, so that references can be resolved in pass two.</summary>
    private EntityKeys CollectKeys(RecordSchema entity, List<(YamlMapping Mapping, DataFile File)> entries)
    {
        var keys = new EntityKeys();
        var keyProperty = KeyPropertyOf(entity);
        var accessorProperty = entity.Properties.First(p => p.Name == entity.Entity!.AccessorFrom);
        // The members the record already has (its own, its base types', object's) and the ones the emitter adds.
        var reserved = new HashSet<string>(EntitySchema.GeneratedMembers, StringComparer.Ordinal) { entity.Name };
        reserved.UnionWith(entity.Entity!.MemberNames);
        foreach (var property in entity.Properties)
        {
            reserved.Add(property.Name);
            if (property.Rules.ReverseIndex is { } method)
            {
                reserved.Add(method);
            }
        }

        var accessors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (mapping, file) in entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (FindScalar(mapping, keyProperty.YamlName) is not { IsNull: false } keyNode)
            {
                continue; // Pass two reports the missing or malformed key.
            }

            var key = keyNode.Value;
            if (key.Trim().Length == 0)
            {
                // Lookups sample a key's first, middle and last characters, and an accessor is made from it.
                Report(DiagnosticDescriptors.InvalidValue, keyNode.Range.In(file.Path), key, "key", $"{entity.Name}.{keyProperty.Name}", "; a key cannot be empty or blank, give the entry one");
                continue;
            }

            var where = $"{(_entryFilesByType.Contains(entity.FullName) ? file.Path.Replace('\\', '/') : file.FileName)} line {keyNode.Range.Line}";
            if (keys.ByKey.TryGetValue(key, out var first))
            {
                // An entry repeated through an alias is reported where the alias is, and the anchored original stays.
                var repeated = mapping.IsAlias ? mapping.Range : keyNode.Range;
                Report(DiagnosticDescriptors.DuplicateKey, repeated.In(file.Path), entity.Name, key, first.Where, keyProperty.YamlName);
                keys.Duplicates.Add((file.Path, mapping.Range.Start));
                continue;
            }

            if (!entity.Entity.Accessors)
            {
                // No public accessors: the entry is a field named by its position, which no key can make collide.
                var field = "Entry" + keys.ByKey.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                keys.ByKey[key] = new EntityKey(reserved.Contains(field) ? field + "_" : field, where, keys.ByKey.Count);
                continue;
            }

            var accessorSource = FindScalar(mapping, accessorProperty.YamlName) is { IsNull: false } accessorNode ? accessorNode : keyNode;
            var accessor = Naming.Shorten(Naming.ToIdentifier(accessorSource.Value));
            var accessorLocation = accessorSource.Range.In(file.Path);
            if (accessor.Length == 0)
            {
                Report(DiagnosticDescriptors.NoIdentifierCharacters, accessorLocation, $"{entity.Name} '{key}': '{accessorSource.Value}' has no ASCII letter or digit to make a C# name from; change the {accessorProperty.YamlName}");
                accessor = "Entry" + keyNode.Range.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (reserved.Contains(accessor))
            {
                Report(DiagnosticDescriptors.AccessorCollision, accessorLocation, $"{entity.Name} '{key}' would get the accessor {entity.Name}.{accessor}, which {entity.Name} already has as a member; change the {accessorProperty.YamlName}");
                accessor += "Entry";
            }
            else if (accessors.TryGetValue(accessor, out var other))
            {
                Report(DiagnosticDescriptors.AccessorCollision, accessorLocation, $"{entity.Name} '{key}' and {entity.Name} '{other}' would both get the accessor {entity.Name}.{accessor}; make their {accessorProperty.YamlName} values differ by more than punctuation, case or accents");
                accessor += "_" + keyNode.Range.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            accessors[accessor] = key;
            keys.ByKey[key] = new EntityKey(accessor, where, keys.ByKey.Count);
        }

        return keys;
    }

    private static YamlScalar? FindScalar(YamlMapping mapping, string yamlName)
    {
        foreach (var pair in mapping.Pairs)
        {
            if (pair.Key.Value == yamlName)
            {
                return pair.Value as YamlScalar;
            }
        }

        return null;
    }

    /// <summary>Pass two: bind every entry's values and gather the identifiers <c>Find</c> accepts.</summary>
    private (List<BoundEntry> Entries, List<LookupName> Lookups, List<LocationInfo> KeyLocations) BindEntries(RecordSchema entity, List<(YamlMapping Mapping, DataFile File)> entries)
    {
        var keyLocations = new List<LocationInfo>();
        var keys = _keys[entity.FullName];
        var keyProperty = KeyPropertyOf(entity);
        var bound = new List<BoundEntry>();
        var lookups = new List<LookupName>();
        var lookupOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (mapping, file) in entries)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var keyNode = FindScalar(mapping, keyProperty.YamlName);
            var entryName = keyNode is { IsNull: false } ? $" '{keyNode.Value}'" : string.Empty;
            var values = new ValueBinder(this, file, entity.Name + entryName);
            var record = values.BindRecord(_records[entity.FullName], mapping);
            if (keyNode is not { IsNull: false } || keys.Duplicates.Contains((file.Path, mapping.Range.Start)) || !keys.ByKey.TryGetValue(keyNode.Value, out var key))
            {
                continue;
            }

            var entryLocation = (mapping.Pairs.Count > 0 ? mapping.Pairs[0].Key.Range : mapping.Range).In(file.Path);
            foreach (var property in entity.Properties)
            {
                if (property.Rules.Recommended && !HasValue(record, property.Name))
                {
                    Report(DiagnosticDescriptors.RecommendedFieldMissing, entryLocation, entity.Name, keyNode.Value, property.YamlName);
                }
            }

            foreach (var (identifier, location) in LookupIdentifiers(entity, mapping, file))
            {
                if (lookupOwners.TryGetValue(identifier, out var owner))
                {
                    if (owner != keyNode.Value)
                    {
                        Report(DiagnosticDescriptors.LookupCollision, location, $"{entity.Name} '{keyNode.Value}' and {entity.Name} '{owner}' both answer to '{identifier}' in {entity.Name}.Find (identifiers are compared ignoring case); make them distinct");
                    }

                    continue;
                }

                lookupOwners[identifier] = keyNode.Value;
                lookups.Add(new LookupName(identifier, key.Index));
            }

            // Pass one numbered the keys in this same order, so the entry's position is the one references were bound to.
            System.Diagnostics.Debug.Assert(bound.Count == key.Index, "entries and keys are numbered alike");
            bound.Add(new BoundEntry(key.Index, keyNode.Value, key.Accessor, $"{file.FileName}:{keyNode.Range.Line}", record));
            keyLocations.Add(keyNode.Range.In(file.Path));
        }

        return (bound, lookups, keyLocations);
    }

    /// <summary>
    /// For a type whose entries refer to entries of the same type, reports a cycle among them at the entry that closes it:
    /// an entry is made from its row with the entries it refers to already made, so a cycle could never finish.
    /// </summary>
    private void CheckSelfReferenceCycles(RecordSchema entity, List<BoundEntry> entries, List<LocationInfo> keyLocations)
    {
        // Most types cannot refer to themselves at all: then there is no value to walk.
        if (!ReferencedEntities(entity, new HashSet<string>(StringComparer.Ordinal)).Contains(entity.FullName))
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
                        Report(target == current ? DiagnosticDescriptors.EntryRefersToItself : DiagnosticDescriptors.EntryCycle, keyLocations[current], target == current
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
            case BoundRecord record:
                foreach (var accessor in record.Fields.SelectMany(field => SelfReferences(field.Value, typeName)))
                {
                    yield return accessor;
                }

                break;
        }
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
                    _ => true,
                };
            }
        }

        return false;
    }

    /// <summary>The key and every [Lookup] string of an entry, each with where it stands.</summary>
    private static IEnumerable<(string Identifier, LocationInfo Location)> LookupIdentifiers(RecordSchema entity, YamlMapping mapping, DataFile file)
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
                yield return (scalar.Value, scalar.Range.In(file.Path));
            }
            else if (pair.Value is YamlSequence sequence)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } itemScalar && itemScalar.Value.Trim().Length > 0)
                    {
                        yield return (itemScalar.Value, itemScalar.Range.In(file.Path));
                    }
                }
            }
        }
    }

    private IEnumerable<ReverseIndex> BuildReverseIndexes(EntitySet set, Dictionary<string, List<BoundEntry>> boundByType)
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

    private static IEnumerable<ValueIndex> BuildValueIndexes(EntitySet set)
    {
        foreach (var property in set.Schema.Properties)
        {
            if (property.Rules.ReverseIndex is not { } method || property.Type.Kind is not (ValueKind.String or ValueKind.Enum))
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
                property.Type.Kind == ValueKind.Enum,
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

    /// <summary>Whether an entity type's data file is missing (SCO008) or unreadable (SCO001, SCO011, SCO029), so references to it are not reported again one by one.</summary>
    internal bool IsMissing(string typeName) => _missingFiles.Contains(typeName);

    /// <summary>Resolves a reference to an entity by key, for the value binder.</summary>
    internal bool TryResolve(string typeName, string key, out EntityKey entityKey, out string? suggestion)
    {
        suggestion = null;
        entityKey = default;
        if (!_keys.TryGetValue(typeName, out var keys))
        {
            return false;
        }

        if (keys.ByKey.TryGetValue(key, out entityKey))
        {
            return true;
        }

        // A suggestion compares the key with every key of the type: only worth it while diagnostics are still
        // reported, or a file of broken references would cost time quadratic in its size.
        if (_diagnostics.Count < MaxDiagnostics && _unreported == 0)
        {
            suggestion = Naming.Closest(key, keys.ByKey.Keys);
        }

        return false;
    }

    internal RecordSchema? RecordSchemaOf(string typeName) => _records.TryGetValue(typeName, out var schema) ? schema : null;

    internal void ReportFromValue(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        Report(descriptor, location, arguments);

    internal CancellationToken CancellationToken => _cancellationToken;

    /// <summary>The keys of one entity type, from pass one.</summary>
    private sealed class EntityKeys
    {
        public Dictionary<string, EntityKey> ByKey { get; } = new(StringComparer.Ordinal);

        /// <summary>The entries (file and offset) whose key repeats an earlier one.</summary>
        public HashSet<(string Path, int Start)> Duplicates { get; } = [];
    }
}

/// <summary>An entity's key as pass one found it: its accessor, where it is defined and its position in the type's <c>All</c>.</summary>
internal readonly record struct EntityKey(string Accessor, string Where, int Index);
