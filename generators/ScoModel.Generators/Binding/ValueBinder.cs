using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Kinds;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>
/// Converts the YAML values of an entity type's entries, one entry after another, to what their C# properties hold, and
/// checks each against its type and constraints. Every problem is reported where the value stands. Each value's kind
/// binds it, through a <see cref="PropertySite"/> that serves the property's rules and the dataset's keys.
/// </summary>
/// <param name="entityName">The entity type's name, which messages name an entry by (<c>Item 'item-1'</c>).</param>
/// <param name="quotedScalars">Whether the entity allows a quoted scalar to be a number or a boolean.</param>
internal sealed class ValueBinder(BindingScope scope, string entityName, bool quotedScalars)
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The sites of each record type's properties, by its full name: made once for every entry.</summary>
    private readonly Dictionary<string, PropertySite[]> _sites = new(StringComparer.Ordinal);

    /// <summary>What <see cref="BindRecord"/> found for each property, one array per depth of nested records, kept from entry to entry.</summary>
    private readonly List<(YamlPair? Pair, BoundValue? Value)[]> _given = [];

    private int _depth;

    // The entry being bound, set by BindEntry. A binder that throws (cancelled) is not used again, so nothing is reset then.
    private DataFile _file = null!;
    private string? _key;

    /// <summary>Binds one entry of <paramref name="file"/>, named in messages by <paramref name="key"/> (null when it has none).</summary>
    public BoundRecord BindEntry(RecordSchema entity, YamlMapping mapping, DataFile file, string? key)
    {
        _file = file;
        _key = key;
        return BindRecord(entity, mapping);
    }

    /// <summary>How messages name the entry (<c>Item 'item-1'</c>, or <c>Item</c> without a key): made only for a message.</summary>
    private string EntryName => _key is null ? entityName : $"{entityName} '{_key}'";

    private BoundRecord BindRecord(RecordSchema schema, YamlMapping mapping)
    {
        // By property position rather than by name: an array per record instead of dictionaries.
        var properties = schema.Properties;
        var sites = SitesOf(schema);
        var given = StartRecord(properties.Count);
        foreach (var pair in mapping.Pairs)
        {
            scope.CancellationToken.ThrowIfCancellationRequested();
            var name = pair.Key.Value;
            var index = schema.IndexOfProperty(name);
            if (index < 0)
            {
                var closest = Naming.Closest(name, properties.Select(p => p.YamlName));
                var hint = closest is not null
                    ? $"; did you mean '{closest}'?"
                    : $"; its fields are: {string.Join(", ", properties.Select(p => p.YamlName))}";
                Report(DiagnosticDescriptors.UnknownField, pair.Key, name, schema.Name, hint);
                continue;
            }

            if (given[index].Pair is { } first)
            {
                Report(DiagnosticDescriptors.DuplicateKey, pair.Key, $"In {EntryName}, the field", name, $"line {first.Key.Range.Line}", "name");
                continue;
            }

            given[index] = (pair, BindProperty(sites[index], pair.Value));
        }

        // A property left out may still have a value (an empty list, say); the record holds those that have one, in order.
        var count = 0;
        for (var i = 0; i < properties.Count; i++)
        {
            if (given[i].Pair is null)
            {
                given[i].Value = LeftOut(schema, properties[i], mapping);
            }

            count += given[i].Value is null ? 0 : 1;
        }

        CheckDateOrder(schema, given);
        var fields = new BoundField[count];
        count = 0;
        for (var i = 0; i < properties.Count; i++)
        {
            if (given[i].Value is { } value)
            {
                fields[count++] = new BoundField(properties[i].Name, value);
            }
        }

        _depth--;
        return new BoundRecord(schema.FullName, new EquatableArray<BoundField>(fields));
    }

    /// <summary>The value of a property the mapping leaves out, or null when the field is left out too (its row says so, and the initializer or default applies).</summary>
    private BoundValue? LeftOut(RecordSchema schema, PropertySchema property, YamlMapping mapping)
    {
        if (property.IsRequired)
        {
            var at = mapping.Pairs.Count > 0 ? mapping.Pairs[0].Key.Range : mapping.Range;
            var entry = schema.Entity is not null ? EntryName.Substring(schema.Name.Length) : $" in {EntryName}";
            scope.Diagnostics.Report(DiagnosticDescriptors.RequiredFieldMissing, at.In(_file.Path), schema.Name, entry, property.YamlName, property.Type.Describe());
            return BoundInvalid.Instance;
        }

        if (property.Type.List == ListKind.ImmutableArray && !property.IsNullable)
        {
            // A default ImmutableArray throws when enumerated; a list left out is an empty list.
            return ListForm.Empty(property.Type);
        }

        if (property.Type.IsDictionary && !property.IsNullable && !property.HasInitializer)
        {
            // Likewise a dictionary left out is empty, rather than a null its type says it cannot be (an initializer,
            // `= ImmutableDictionary<string, T>.Empty`, which C# asks for, is kept as any other).
            return DictionaryForm.Empty(property.Type);
        }

        return null;
    }

    /// <summary>The array <see cref="BindRecord"/> fills for a record of <paramref name="properties"/> properties at the next depth, cleared.</summary>
    private (YamlPair? Pair, BoundValue? Value)[] StartRecord(int properties)
    {
        if (_depth == _given.Count)
        {
            _given.Add([]);
        }

        var given = _given[_depth];
        if (given.Length < properties)
        {
            _given[_depth] = given = new (YamlPair?, BoundValue?)[properties];
        }

        Array.Clear(given, 0, properties);
        _depth++;
        return given;
    }

    private PropertySite[] SitesOf(RecordSchema schema)
    {
        if (!_sites.TryGetValue(schema.FullName, out var sites))
        {
            sites = new PropertySite[schema.Properties.Count];
            for (var i = 0; i < sites.Length; i++)
            {
                sites[i] = new PropertySite(this, schema, schema.Properties[i]);
            }

            _sites[schema.FullName] = sites;
        }

        return sites;
    }

    private void CheckDateOrder(RecordSchema schema, (YamlPair? Pair, BoundValue? Value)[] given)
    {
        for (var i = 0; i < schema.Properties.Count; i++)
        {
            var property = schema.Properties[i];
            if (property.Rules.NotBefore is not { } earlierName
                || given[i] is not { Pair: { } later, Value: BoundDate laterDate }
                || IndexOfName(schema, earlierName) is not (>= 0 and var earlierIndex)
                || given[earlierIndex] is not { Pair: not null, Value: BoundDate earlierDate })
            {
                continue;
            }

            if (laterDate.CompareTo(earlierDate) < 0)
            {
                var earlierProperty = schema.Properties[earlierIndex];
                Report(
                    DiagnosticDescriptors.DateTooEarly,
                    later.Value,
                    schema.Name,
                    property.YamlName,
                    $"{laterDate} is before {earlierProperty.YamlName} ({earlierDate}) in {EntryName}; {property.YamlName} may not be earlier than {earlierProperty.YamlName}");
            }
        }

        static int IndexOfName(RecordSchema schema, string name)
        {
            for (var i = 0; i < schema.Properties.Count; i++)
            {
                if (schema.Properties[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private BoundValue BindProperty(PropertySite site, YamlNode node)
    {
        var property = site.Property;
        if (YamlTags.Check(node, property.Type, site) is { } badTag)
        {
            return badTag;
        }

        if (node is YamlScalar { IsNull: true })
        {
            return NullableForm.Bind(node, site, property.IsNullable, property.IsRequired);
        }

        return property.Type.IsList ? ListForm.Bind(node, site)
            : property.Type.IsDictionary ? DictionaryForm.Bind(node, site)
            : property.Type.Kind.Bind(node, site);
    }

    private BindingScope Scope => scope;

    private bool QuotedScalars => quotedScalars;

    private void CheckCount(RecordSchema owner, PropertySchema property, YamlNode collection, int count)
    {
        if (property.Rules.NotEmpty && count == 0)
        {
            var (what, item) = collection is YamlMapping ? ("dictionary", "pair") : ("list", "item");
            Report(DiagnosticDescriptors.EmptyValue, collection, owner.Name, property.YamlName, $"the {what} in {EntryName} is empty; give at least one {item} or leave the field out");
        }
    }

    private void CheckString(RecordSchema owner, PropertySchema property, YamlScalar scalar)
    {
        if (property.Rules.NotEmpty && scalar.Value.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.EmptyValue, scalar, owner.Name, property.YamlName, $"the value in {EntryName} is blank; give some text or leave the field out");
        }

        if (property.Rules.Pattern is not { } pattern)
        {
            return;
        }

        bool matches;
        try
        {
            matches = Regex.IsMatch(scalar.Value, pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }

        if (!matches)
        {
            Report(DiagnosticDescriptors.PatternMismatch, scalar, owner.Name, property.YamlName, $"'{Shorten(scalar.Value)}' in {EntryName} does not match the pattern {pattern}");
        }
    }

    private void CheckRange(RecordSchema owner, PropertySchema property, YamlScalar scalar, double value)
    {
        if ((property.Rules.Minimum is { } minimum && value < minimum) || (property.Rules.Maximum is { } maximum && value > maximum))
        {
            Report(
                DiagnosticDescriptors.ValueOutOfRange,
                scalar,
                owner.Name,
                property.YamlName,
                string.Format(CultureInfo.InvariantCulture, "{0} in {1} is outside the allowed range {2} to {3}", scalar.Value, EntryName, property.Rules.Minimum, property.Rules.Maximum));
        }
    }

    private BoundInvalid Invalid(RecordSchema owner, PropertySchema property, YamlNode node, string hint, string? expected)
    {
        Report(DiagnosticDescriptors.InvalidValue, node, Describe(node), expected ?? property.Type.Element.Describe(), $"{owner.Name}.{property.YamlName}", hint);
        return BoundInvalid.Instance;
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar scalar => Shorten(scalar.Value),
        YamlSequence => "a list",
        _ => "a mapping",
    };

    private static string Shorten(string value) => value.Length > 60 ? value.Substring(0, 60) + "..." : value;

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
        scope.Diagnostics.Report(descriptor, node.Range.In(_file.Path), arguments);

    /// <summary>One property of one entry, as the value's kind sees it.</summary>
    private sealed class PropertySite(ValueBinder binder, RecordSchema owner, PropertySchema property) : IValueSite
    {
        public PropertySchema Property => property;

        public PropertyType Type => property.Type;

        // PropertyType.Element is a copy made on each call; a site lives for every entry of its record type.
        public PropertyType Element { get; } = property.Type.Element;

        public (string Record, string Field) Names => (owner.Name, property.YamlName);

        public BoundInvalid Invalid(YamlNode node, string hint, string? expected = null) => binder.Invalid(owner, property, node, hint, expected);

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
            binder.Report(descriptor, node, arguments);

        public void CheckText(YamlScalar scalar) => binder.CheckString(owner, property, scalar);

        public void CheckCount(YamlNode collection, int count) => binder.CheckCount(owner, property, collection, count);

        public void CheckRange(YamlScalar scalar, double value) => binder.CheckRange(owner, property, scalar, value);

        public BoundRecord? BindRecord(YamlMapping mapping) =>
            binder.Scope.Records.TryGetValue(property.Type.TypeName, out var schema) ? binder.BindRecord(schema, mapping) : null;

        public bool TryResolve(string typeName, string key, out int index, out string? suggestion) =>
            binder.Scope.TryResolve(typeName, key, out index, out suggestion);

        public bool IsMissing(string typeName) => binder.Scope.MissingFiles.Contains(typeName);

        public bool QuotedScalars => binder.QuotedScalars;
    }
}
