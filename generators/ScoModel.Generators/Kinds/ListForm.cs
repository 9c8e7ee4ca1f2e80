using System.Globalization;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Common;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// Lists of any kind, <c>ImmutableArray&lt;T&gt;</c> or <c>IReadOnlyList&lt;T&gt;</c>: a YAML sequence, bound item by item
/// by the element's kind; in a row, the count of items, <c>[</c>, then each item (items that did not bind are left out).
/// </summary>
internal static class ListForm
{
    /// <summary>Why another generic type is not supported, for SCO014.</summary>
    public const string Unsupported = "the only generic types supported are ImmutableArray<T>, IReadOnlyList<T>, ImmutableDictionary<string, T> and IReadOnlyDictionary<string, T>";

    /// <summary>The list a generic type declares, <see cref="ListKind.None"/> for one that is not a supported list.</summary>
    public static ListKind Recognise(INamedTypeSymbol generic, KnownTypes knownTypes)
    {
        var definition = generic.OriginalDefinition;
        if (definition.SpecialType == SpecialType.System_Collections_Generic_IReadOnlyList_T)
        {
            return ListKind.ReadOnlyList;
        }

        return knownTypes.Is(definition, "System.Collections.Immutable.ImmutableArray`1") ? ListKind.ImmutableArray : ListKind.None;
    }

    /// <summary>An empty list of <paramref name="type"/>: what an optional list written empty, or a non-nullable <c>ImmutableArray</c> left out, holds.</summary>
    public static BoundList Empty(PropertyType type) => new(type, EquatableArray<BoundValue>.Empty);

    /// <summary>The value of a list property that is not null.</summary>
    public static BoundValue Bind(YamlNode node, IValueSite site)
    {
        if (node is not YamlSequence sequence)
        {
            return site.Invalid(node, "; write a list, such as [a, b] or one '- item' per line", site.Type.Describe());
        }

        site.CheckCount(sequence, sequence.Items.Count);
        var items = new BoundValue[sequence.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var item = sequence.Items[i];
            items[i] = YamlTags.Check(item, site.Element, site) ?? site.Type.Kind.Bind(item, site);
        }

        return new BoundList(site.Type, new EquatableArray<BoundValue>(items));
    }

    /// <summary>Writes a list: its count of items, <c>[</c>, then the items.</summary>
    public static void Write(IRowSink row, PropertyType type, BoundList list)
    {
        // An item that did not bind has been reported; leaving it out keeps the row readable.
        var count = 0;
        foreach (var item in list.Items.AsSpan())
        {
            count += IsWritten(item) ? 1 : 0;
        }

        row.Raw(count.ToString(CultureInfo.InvariantCulture));
        row.Raw("[");
        foreach (var item in list.Items.AsSpan())
        {
            if (IsWritten(item))
            {
                type.Kind.Write(row, type, item);
            }
        }
    }

    /// <summary>Whether an item is written: one that did not bind, or is null where nothing may be, has been reported.</summary>
    internal static bool IsWritten(BoundValue item) => item is not (BoundInvalid or BoundNull);

    /// <summary>The C# expression that reads a list of <paramref name="type"/>, through the reader method the emitter writes for its element type.</summary>
    public static string Read(PropertyType type, IReadNames names) => $"{names.ListReader(type.Element)}(ref row)";
}
