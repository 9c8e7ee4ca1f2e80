using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// Dictionaries of any kind by text, <c>ImmutableDictionary&lt;string, T&gt;</c> or <c>IReadOnlyDictionary&lt;string, T&gt;</c>:
/// a YAML mapping (<c>{en: Tashkent, ru: Ташкент}</c> or one <c>key: value</c> per line), each value bound by the
/// element's kind; in a row, as a list: the count of pairs, <c>[</c>, then each key (text) and its value (pairs whose
/// key or value did not bind are left out). The generated reader keeps the file's order where the type has one
/// (<c>IReadOnlyDictionary</c>, backed by a <c>Dictionary</c> that nothing removes from); <c>ImmutableDictionary</c>
/// enumerates in its own (hash) order.
/// </summary>
internal static class DictionaryForm
{
    /// <summary>The dictionary a generic type declares, <see cref="ListKind.None"/> for one that is not a supported dictionary.</summary>
    public static ListKind Recognise(INamedTypeSymbol generic, KnownTypes knownTypes)
    {
        var definition = generic.OriginalDefinition;
        if (knownTypes.Is(definition, "System.Collections.Generic.IReadOnlyDictionary`2"))
        {
            return ListKind.ReadOnlyDictionary;
        }

        return knownTypes.Is(definition, "System.Collections.Immutable.ImmutableDictionary`2") ? ListKind.ImmutableDictionary : ListKind.None;
    }

    /// <summary>Why a dictionary's key type is not supported, for SCO014.</summary>
    public const string KeysAreText = "a dictionary's keys must be string, as YAML writes them";

    /// <summary>An empty dictionary of <paramref name="type"/>: what an optional dictionary written empty, or a non-nullable one left out, holds.</summary>
    public static BoundDictionary Empty(PropertyType type) => new(type, EquatableArray<BoundPair>.Empty);

    /// <summary>The value of a dictionary property that is not null: its pairs in file order, each key once.</summary>
    public static BoundValue Bind(YamlNode node, IValueSite site)
    {
        if (node is not YamlMapping mapping)
        {
            return site.Invalid(node, "; write a mapping, such as {en: a, ru: b} or one 'key: value' per line", site.Type.Describe());
        }

        site.CheckCount(mapping, mapping.Pairs.Count);
        var (record, field) = site.Names;
        var pairs = new List<BoundPair>(mapping.Pairs.Count);
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        foreach (var pair in mapping.Pairs)
        {
            var key = pair.Key;
            if (key.IsNull)
            {
                site.Invalid(key, "; a dictionary key cannot be null: write it as text, quoted if need be", "key");
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                site.Report(DiagnosticDescriptors.DuplicateKey, key, $"In {record}.{field}, the key", key.Value, $"line {first.Range.Line}", "key");
                continue;
            }

            seen[key.Value] = key;
            var value = pair.Value is YamlScalar { IsNull: true }
                ? site.Invalid(pair.Value, $"; the value of '{key.Value}' cannot be empty: give one or leave the key out")
                : YamlTags.Check(pair.Value, site.Element, site) ?? site.Type.Kind.Bind(pair.Value, site);
            pairs.Add(new BoundPair(key.Value, value));
        }

        return new BoundDictionary(site.Type, pairs.ToEquatableArray());
    }

    /// <summary>Writes a dictionary as a list of pairs: their count, <c>[</c>, then each key and its value.</summary>
    public static void Write(IRowSink row, PropertyType type, BoundDictionary dictionary)
    {
        // A value that did not bind has been reported; leaving its pair out keeps the row readable.
        var count = 0;
        foreach (var pair in dictionary.Pairs.AsSpan())
        {
            count += ListForm.IsWritten(pair.Value) ? 1 : 0;
        }

        row.Raw(count.ToString(CultureInfo.InvariantCulture));
        row.Raw("[");
        foreach (var pair in dictionary.Pairs.AsSpan())
        {
            if (ListForm.IsWritten(pair.Value))
            {
                row.Text(pair.Key);
                type.Kind.Write(row, type, pair.Value);
            }
        }
    }

    /// <summary>The C# expression that reads a dictionary of <paramref name="type"/>, through the reader method the emitter writes for it.</summary>
    public static string Read(PropertyType type, IReadNames names) => $"{names.DictionaryReader(type)}(ref row)";
}

/// <summary>A dictionary value: its type and its pairs in file order.</summary>
internal sealed record BoundDictionary(PropertyType Type, EquatableArray<BoundPair> Pairs) : BoundValue;

internal sealed record BoundPair(string Key, BoundValue Value);
