using System;
using System.Collections.Generic;
using System.Linq;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>
/// The keys of one entity type, from pass one, and the accessor each entry gets: made from the key or the
/// <c>AccessorFrom</c> value, and kept clear of the type's members and of each other.
/// </summary>
internal sealed class EntityKeys
{
    public Dictionary<string, EntityKey> ByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>The entries (file and offset) whose key repeats an earlier one.</summary>
    public HashSet<(string Path, int Start)> Duplicates { get; } = [];

    /// <summary>
    /// The entity with <c>Accessors</c> decided: as <c>[DataEntity]</c> says, or, where it does not, for types of up to
    /// <see cref="EntitySchema.AccessorsByDefaultUpTo"/> entries (SCO034 says when a larger type gets none).
    /// </summary>
    public static RecordSchema WithAccessorsDecided(RecordSchema entity, int entries, BindingScope scope)
    {
        var declared = entity.Entity!;
        if (declared.Accessors is not null)
        {
            return entity;
        }

        var accessors = entries <= EntitySchema.AccessorsByDefaultUpTo;
        if (!accessors)
        {
            scope.Diagnostics.Report(
                DiagnosticDescriptors.AccessorsLeftOutBySize,
                declared.AttributeLocation,
                entity.Name,
                entries.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                EntitySchema.AccessorsByDefaultUpTo.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        return entity with { Entity = declared with { Accessors = accessors } };
    }

    /// <summary>Pass one: every entry's key and accessor name, so that references can be resolved in pass two.</summary>
    public static EntityKeys Collect(RecordSchema entity, List<(YamlMapping Mapping, DataFile File)> entries, bool severalFiles, BindingScope scope)
    {
        var keys = new EntityKeys();
        var keyProperty = DataFileEntries.KeyPropertyOf(entity);
        var accessorProperty = entity.Properties.First(p => p.Name == entity.Entity!.AccessorFrom);
        // The members the record already has (its own, its base types', object's), the ones the emitter adds, and its
        // reverse indexes.
        var reserved = EntitySchema.TakenNames(entity.Name, entity.Entity!.MemberNames);
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
            scope.CancellationToken.ThrowIfCancellationRequested();
            if (DataFileEntries.FindScalar(mapping, keyProperty.YamlName) is not { IsNull: false } keyNode)
            {
                continue; // Pass two reports the missing or malformed key.
            }

            var key = keyNode.Value;
            if (key.Trim().Length == 0)
            {
                // Lookups sample a key's first, middle and last characters, and an accessor is made from it.
                scope.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, keyNode.Range.In(file.Path), key, "key", $"{entity.Name}.{keyProperty.Name}", "; a key cannot be empty or blank, give the entry one");
                continue;
            }

            var where = $"{(severalFiles ? file.Path.Replace('\\', '/') : file.FileName)} line {keyNode.Range.Line}";
            if (keys.ByKey.TryGetValue(key, out var first))
            {
                // An entry repeated through an alias is reported where the alias is, and the anchored original stays.
                var repeated = mapping.IsAlias ? mapping.Range : keyNode.Range;
                scope.Diagnostics.Report(DiagnosticDescriptors.DuplicateKey, repeated.In(file.Path), entity.Name, key, first.Where, keyProperty.YamlName);
                keys.Duplicates.Add((file.Path, mapping.Range.Start));
                continue;
            }

            if (entity.Entity.Accessors is not true)
            {
                // No public accessors: the entry is a field named by its position, which no key can make collide.
                var field = "Entry" + keys.ByKey.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                keys.ByKey[key] = new EntityKey(reserved.Contains(field) ? field + "_" : field, where, keys.ByKey.Count);
                continue;
            }

            var accessorSource = DataFileEntries.FindScalar(mapping, accessorProperty.YamlName) is { IsNull: false } accessorNode ? accessorNode : keyNode;
            var accessor = Naming.Shorten(Naming.ToIdentifier(accessorSource.Value));
            var accessorLocation = accessorSource.Range.In(file.Path);
            if (accessor.Length == 0)
            {
                scope.Diagnostics.Report(DiagnosticDescriptors.NoIdentifierCharacters, accessorLocation, $"{entity.Name} '{key}': '{accessorSource.Value}' has no ASCII letter or digit to make a C# name from; change the {accessorProperty.YamlName}");
                accessor = "Entry" + keyNode.Range.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (reserved.Contains(accessor))
            {
                scope.Diagnostics.Report(DiagnosticDescriptors.AccessorCollision, accessorLocation, $"{entity.Name} '{key}' would get the accessor {entity.Name}.{accessor}, which {entity.Name} already has as a member; change the {accessorProperty.YamlName}");
                accessor += "Entry";
            }
            else if (accessors.TryGetValue(accessor, out var other))
            {
                scope.Diagnostics.Report(DiagnosticDescriptors.AccessorCollision, accessorLocation, $"{entity.Name} '{key}' and {entity.Name} '{other}' would both get the accessor {entity.Name}.{accessor}; make their {accessorProperty.YamlName} values differ by more than punctuation, case or accents");
                accessor += "_" + keyNode.Range.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            accessors[accessor] = key;
            keys.ByKey[key] = new EntityKey(accessor, where, keys.ByKey.Count);
        }

        return keys;
    }
}

/// <summary>An entity's key as pass one found it: its accessor, where it is defined and its position in the type's <c>All</c>.</summary>
internal readonly record struct EntityKey(string Accessor, string Where, int Index);
