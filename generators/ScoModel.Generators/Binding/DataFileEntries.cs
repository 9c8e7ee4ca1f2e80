using System;
using System.Collections.Generic;
using System.Linq;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>Matches an entity type to its data files and finds the entries in them, whatever the file's shape.</summary>
internal static class DataFileEntries
{
    /// <summary>The entry mappings of an entity's data files, in file then document order.</summary>
    /// <param name="severalFiles">Whether the entity is read from more than one file, so that messages name a file by its path.</param>
    public static List<(YamlMapping Mapping, DataFile File)> Collect(RecordSchema entity, IEnumerable<DataFile> allFiles, BindingScope scope, out bool severalFiles)
    {
        var result = new List<(YamlMapping, DataFile)>();
        var pattern = DataFilePattern.Parse(entity.Entity!.DataFile);
        var files = allFiles.Where(f => pattern.Matches(f.Path)).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        severalFiles = files.Count > 1;
        var keyName = KeyPropertyOf(entity).YamlName;

        var matched = files.Count > 0;
        foreach (var file in files)
        {
            if (file.Diagnostics.Count > 0)
            {
                // The file could not be read, or only in part (SCO001, SCO011 or SCO029 says why): do not also report
                // every reference to its entries, some of which were lost with the error.
                scope.MissingFiles.Add(entity.FullName);
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
                            result.Add((KeyedEntry(keyName, scalar, null, scalar.Range), file));
                        }
                        else
                        {
                            scope.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, item.Range.In(file.Path), Describe(item), "entry", entity.Name, $"; each entry is a mapping that starts with '{keyName}: ...'");
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
                                result.Add((KeyedEntry(keyName, pair.Key, fields, fields.Range), file));
                                break;
                            case YamlScalar { IsNull: true } when entity.OnlyTheKeyIsRequired:
                                result.Add((KeyedEntry(keyName, pair.Key, null, pair.Key.Range), file));
                                break;
                            default:
                                scope.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, pair.Value.Range.In(file.Path), Describe(pair.Value), "entry", entity.Name, $"; in a file of entries by key, each key ('{Describe(pair.Key)}:') is followed by the entry's fields");
                                break;
                        }
                    }

                    break;
                default:
                    scope.Diagnostics.Report(DiagnosticDescriptors.InvalidValue, file.Root.Range.In(file.Path), Describe(file.Root), "data file", entity.Name, $"; a data file is a list of entries, each starting with '- {keyName}: ...', or a mapping of entries by their keys");
                    break;
            }
        }

        if (!matched)
        {
            scope.Diagnostics.Report(DiagnosticDescriptors.DataFileMissing, entity.Entity.AttributeLocation, entity.Name, entity.Entity.DataFile);
            scope.MissingFiles.Add(entity.FullName);
        }

        return result;
    }

    /// <summary>
    /// An entry written by its key alone or as a key with its fields: the fields with the key field first, placed
    /// where the key is written, so that every later rule (a duplicate key, a key given twice) reads it as any entry.
    /// </summary>
    private static YamlMapping KeyedEntry(string keyName, YamlScalar key, YamlMapping? fields, SourceRange range)
    {
        var pairs = new YamlPair[1 + (fields?.Pairs.Count ?? 0)];
        pairs[0] = new YamlPair(new YamlScalar(keyName, IsPlain: true, key.Range), key);
        fields?.Pairs.AsSpan().CopyTo(pairs.AsSpan(1));
        return new YamlMapping(new EquatableArray<YamlPair>(pairs), range);
    }

    public static PropertySchema KeyPropertyOf(RecordSchema entity) => entity.Properties.First(p => p.Name == entity.Entity!.KeyProperty);

    public static YamlScalar? FindScalar(YamlMapping mapping, string yamlName)
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

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.Value.Length > 40 ? scalar.Value.Substring(0, 40) + "..." : scalar.Value,
        YamlSequence => "a list",
        _ => "a mapping",
    };
}
