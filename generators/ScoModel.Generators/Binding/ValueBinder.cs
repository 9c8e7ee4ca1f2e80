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
/// Converts the YAML values of one entry to what their C# properties hold, and checks each
/// against its type and constraints. Every problem is reported where the value stands. Each value's kind binds it,
/// through a <see cref="PropertySite"/> that serves the property's rules and the dataset's keys.
/// </summary>
/// <param name="quotedScalars">Whether the entity allows a quoted scalar to be a number or a boolean.</param>
internal sealed class ValueBinder(BindingScope scope, DataFile file, string entryName, bool quotedScalars = false)
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    public BoundRecord BindRecord(RecordSchema schema, YamlMapping mapping)
    {
        // By property position rather than by name: one small array per record instead of two dictionaries.
        var properties = schema.Properties;
        var given = new (BoundValue Value, YamlNode Node)?[properties.Count];
        var keys = new YamlScalar?[properties.Count];
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

            if (keys[index] is { } first)
            {
                Report(DiagnosticDescriptors.DuplicateKey, pair.Key, $"In {entryName}, the field", name, $"line {first.Range.Line}", "name");
                continue;
            }

            keys[index] = pair.Key;
            given[index] = (BindProperty(schema, properties[index], pair.Value), pair.Value);
        }

        var fields = new List<BoundField>(properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            if (given[i] is { } value)
            {
                fields.Add(new BoundField(property.Name, value.Value));
            }
            else if (property.IsRequired)
            {
                var at = mapping.Pairs.Count > 0 ? mapping.Pairs[0].Key.Range : mapping.Range;
                var entry = schema.Entity is not null ? entryName.Substring(schema.Name.Length) : $" in {entryName}";
                scope.Diagnostics.Report(DiagnosticDescriptors.RequiredFieldMissing, at.In(file.Path), schema.Name, entry, property.YamlName, property.Type.Describe());
                fields.Add(new BoundField(property.Name, BoundInvalid.Instance));
            }
            else if (property.Type.List == ListKind.ImmutableArray && !property.IsNullable)
            {
                // A default ImmutableArray throws when enumerated; a list left out is an empty list.
                fields.Add(new BoundField(property.Name, ListForm.Empty(property.Type)));
            }
            else if (property.Type.IsDictionary && !property.IsNullable && !property.HasInitializer)
            {
                // Likewise a dictionary left out is empty, rather than a null its type says it cannot be (an initializer,
                // `= ImmutableDictionary<string, T>.Empty`, which C# asks for, is kept as any other).
                fields.Add(new BoundField(property.Name, DictionaryForm.Empty(property.Type)));
            }
        }

        CheckDateOrder(schema, given);
        return new BoundRecord(schema.FullName, fields.ToEquatableArray());
    }

    private void CheckDateOrder(RecordSchema schema, (BoundValue Value, YamlNode Node)?[] given)
    {
        for (var i = 0; i < schema.Properties.Count; i++)
        {
            var property = schema.Properties[i];
            if (property.Rules.NotBefore is not { } earlierName
                || given[i] is not { Value: BoundDate laterDate } later
                || IndexOfName(schema, earlierName) is not (>= 0 and var earlierIndex)
                || given[earlierIndex] is not { Value: BoundDate earlierDate })
            {
                continue;
            }

            if (laterDate.CompareTo(earlierDate) < 0)
            {
                var earlierProperty = schema.Properties[earlierIndex];
                Report(
                    DiagnosticDescriptors.DateTooEarly,
                    later.Node,
                    schema.Name,
                    property.YamlName,
                    $"{laterDate} is before {earlierProperty.YamlName} ({earlierDate}) in {entryName}; {property.YamlName} may not be earlier than {earlierProperty.YamlName}");
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

    private BoundValue BindProperty(RecordSchema owner, PropertySchema property, YamlNode node)
    {
        var site = new PropertySite(this, owner, property);
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

    private void CheckCount(RecordSchema owner, PropertySchema property, YamlSequence sequence)
    {
        if (property.Rules.NotEmpty && sequence.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.EmptyValue, sequence, owner.Name, property.YamlName, $"the list in {entryName} is empty; give at least one item or leave the field out");
        }
    }

    private void CheckString(RecordSchema owner, PropertySchema property, YamlScalar scalar)
    {
        if (property.Rules.NotEmpty && scalar.Value.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.EmptyValue, scalar, owner.Name, property.YamlName, $"the value in {entryName} is blank; give some text or leave the field out");
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
            Report(DiagnosticDescriptors.PatternMismatch, scalar, owner.Name, property.YamlName, $"'{Shorten(scalar.Value)}' in {entryName} does not match the pattern {pattern}");
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
                string.Format(CultureInfo.InvariantCulture, "{0} in {1} is outside the allowed range {2} to {3}", scalar.Value, entryName, property.Rules.Minimum, property.Rules.Maximum));
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
        scope.Diagnostics.Report(descriptor, node.Range.In(file.Path), arguments);

    /// <summary>One property of one entry, as the value's kind sees it.</summary>
    private sealed class PropertySite(ValueBinder binder, RecordSchema owner, PropertySchema property) : IValueSite
    {
        public PropertyType Type => property.Type;

        public (string Record, string Field) Names => (owner.Name, property.YamlName);

        public BoundInvalid Invalid(YamlNode node, string hint, string? expected = null) => binder.Invalid(owner, property, node, hint, expected);

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
            binder.Report(descriptor, node, arguments);

        public void CheckText(YamlScalar scalar) => binder.CheckString(owner, property, scalar);

        public void CheckCount(YamlSequence sequence) => binder.CheckCount(owner, property, sequence);

        public void CheckRange(YamlScalar scalar, double value) => binder.CheckRange(owner, property, scalar, value);

        public BoundRecord? BindRecord(YamlMapping mapping) =>
            binder.Scope.Records.TryGetValue(property.Type.TypeName, out var schema) ? binder.BindRecord(schema, mapping) : null;

        public bool TryResolve(string typeName, string key, out int index, out string? suggestion) =>
            binder.Scope.TryResolve(typeName, key, out index, out suggestion);

        public bool IsMissing(string typeName) => binder.Scope.MissingFiles.Contains(typeName);

        public bool QuotedScalars => binder.QuotedScalars;
    }
}
