using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Reading;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>
/// Converts the YAML values of one entry to what their C# properties hold, and checks each
/// against its type and constraints. Every problem is reported where the value stands.
/// </summary>
internal sealed class ValueBinder(DatasetBinder dataset, DataFile file, string entryName)
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(1);

    public BoundRecord BindRecord(RecordSchema schema, YamlMapping mapping)
    {
        var given = new Dictionary<string, (BoundValue Value, YamlNode Node)>(StringComparer.Ordinal);
        var firstKeys = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        foreach (var pair in mapping.Pairs)
        {
            dataset.CancellationToken.ThrowIfCancellationRequested();
            var name = pair.Key.Value;
            var property = schema.FindProperty(name);
            if (property is null)
            {
                var closest = Naming.Closest(name, schema.Properties.Select(p => p.YamlName));
                var hint = closest is not null
                    ? $"; did you mean '{closest}'?"
                    : $"; its fields are: {string.Join(", ", schema.Properties.Select(p => p.YamlName))}";
                Report(DiagnosticDescriptors.UnknownField, pair.Key, name, schema.Name, hint);
                continue;
            }

            if (firstKeys.TryGetValue(name, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateKey, pair.Key, $"In {entryName}, the field", name, $"line {first.Range.Line}", "name");
                continue;
            }

            firstKeys[name] = pair.Key;
            given[property.Name] = (BindProperty(schema, property, pair.Value), pair.Value);
        }

        var fields = new List<BoundField>();
        foreach (var property in schema.Properties)
        {
            if (given.TryGetValue(property.Name, out var value))
            {
                fields.Add(new BoundField(property.Name, value.Value));
            }
            else if (property.IsRequired)
            {
                var at = mapping.Pairs.Count > 0 ? mapping.Pairs[0].Key.Range : mapping.Range;
                var entry = schema.Entity is not null ? entryName.Substring(schema.Name.Length) : $" in {entryName}";
                dataset.ReportFromValue(DiagnosticDescriptors.RequiredFieldMissing, at.In(file.Path), schema.Name, entry, property.YamlName, property.Type.Describe());
                fields.Add(new BoundField(property.Name, BoundInvalid.Instance));
            }
            else if (property.Type.List == ListKind.ImmutableArray && !property.IsNullable)
            {
                // A default ImmutableArray throws when enumerated; a list left out is an empty list.
                fields.Add(new BoundField(property.Name, new BoundList(property.Type, EquatableArray<BoundValue>.Empty)));
            }
        }

        CheckDateOrder(schema, given);
        return new BoundRecord(schema.FullName, fields.ToEquatableArray());
    }

    private void CheckDateOrder(RecordSchema schema, Dictionary<string, (BoundValue Value, YamlNode Node)> given)
    {
        foreach (var property in schema.Properties)
        {
            if (property.Rules.NotBefore is not { } earlierName
                || !given.TryGetValue(property.Name, out var later)
                || !given.TryGetValue(earlierName, out var earlier)
                || later.Value is not BoundDate laterDate
                || earlier.Value is not BoundDate earlierDate)
            {
                continue;
            }

            if (Compare(laterDate, earlierDate) < 0)
            {
                var earlierProperty = schema.Properties.First(p => p.Name == earlierName);
                Report(
                    DiagnosticDescriptors.DateTooEarly,
                    later.Node,
                    schema.Name,
                    property.YamlName,
                    $"{Format(laterDate)} is before {earlierProperty.YamlName} ({Format(earlierDate)}) in {entryName}; {property.YamlName} may not be earlier than {earlierProperty.YamlName}");
            }
        }
    }

    private static int Compare(BoundDate a, BoundDate b) =>
        (a.Year, a.Month, a.Day).CompareTo((b.Year, b.Month, b.Day));

    private static string Format(BoundDate date) =>
        string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", date.Year, date.Month, date.Day);

    private BoundValue BindProperty(RecordSchema owner, PropertySchema property, YamlNode node)
    {
        if (node is YamlScalar { IsNull: true })
        {
            if (property.IsNullable)
            {
                return BoundNull.Instance;
            }

            if (!property.IsRequired)
            {
                // An optional field written empty is the same as a field left out.
                return property.Type.IsList ? new BoundList(property.Type, EquatableArray<BoundValue>.Empty) : BoundNull.Instance;
            }

            Report(DiagnosticDescriptors.InvalidValue, node, "null", property.Type.Describe(), $"{owner.Name}.{property.YamlName}", $"; {owner.Name}.{property.YamlName} is required, so give it a value");
            return BoundInvalid.Instance;
        }

        if (!property.Type.IsList)
        {
            return BindElement(owner, property, node);
        }

        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.InvalidValue, node, Describe(node), property.Type.Describe(), $"{owner.Name}.{property.YamlName}", "; write a list, such as [a, b] or one '- item' per line");
            return BoundInvalid.Instance;
        }

        if (property.Rules.NotEmpty && sequence.Items.Count == 0)
        {
            Report(DiagnosticDescriptors.EmptyValue, node, owner.Name, property.YamlName, $"the list in {entryName} is empty; give at least one item or leave the field out");
        }

        var items = new List<BoundValue>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            items.Add(BindElement(owner, property, item));
        }

        return new BoundList(property.Type, items.ToEquatableArray());
    }

    private BoundValue BindElement(RecordSchema owner, PropertySchema property, YamlNode node)
    {
        var type = property.Type;
        if (type.Kind == ValueKind.Record)
        {
            if (node is YamlMapping mapping && dataset.RecordSchemaOf(type.TypeName) is { } nested)
            {
                return BindRecord(nested, mapping);
            }

            return Invalid(owner, property, node, "; write a mapping of its fields, one 'name: value' per line");
        }

        if (node is not YamlScalar scalar)
        {
            return Invalid(owner, property, node, string.Empty);
        }

        if (scalar.IsNull)
        {
            return Invalid(owner, property, node, "; a list item cannot be empty");
        }

        var text = scalar.Value;
        if (!scalar.IsPlain && type.Kind is ValueKind.Boolean or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal)
        {
            // YAML reads a quoted scalar as text: "42" is a string, whatever it looks like.
            return Invalid(owner, property, node, $"; it is quoted, so YAML reads it as text: write {text} without quotes");
        }

        switch (type.Kind)
        {
            case ValueKind.String:
                CheckString(owner, property, scalar);
                return new BoundString(text);

            case ValueKind.Boolean:
                return text switch
                {
                    "true" or "True" or "TRUE" => new BoundBoolean(true),
                    "false" or "False" or "FALSE" => new BoundBoolean(false),
                    _ => Invalid(owner, property, node, "; write true or false"),
                };

            case ValueKind.Int32 when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int32):
                CheckRange(owner, property, scalar, int32);
                return new BoundNumber(int32.ToString(CultureInfo.InvariantCulture), ValueKind.Int32);

            case ValueKind.Int64 when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var int64):
                CheckRange(owner, property, scalar, int64);
                return new BoundNumber(int64.ToString(CultureInfo.InvariantCulture), ValueKind.Int64);

            case ValueKind.Double when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number) && !double.IsInfinity(number):
                CheckRange(owner, property, scalar, number);
                return new BoundNumber(number.ToString("R", CultureInfo.InvariantCulture), ValueKind.Double);

            case ValueKind.Decimal when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var money):
                CheckRange(owner, property, scalar, (double)money);
                return new BoundNumber(money.ToString(CultureInfo.InvariantCulture), ValueKind.Decimal);

            case ValueKind.Int32 or ValueKind.Int64 when IsWholeNumber(text):
                return Invalid(owner, property, node, type.Kind == ValueKind.Int32
                    ? "; it is outside the range of int (-2147483648 to 2147483647): declare the property long"
                    : "; it is outside the range of long (-9223372036854775808 to 9223372036854775807): declare the property decimal");

            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal:
                return Invalid(owner, property, node, $"; write a {(type.Kind is ValueKind.Int32 or ValueKind.Int64 ? "whole number such as 2018" : "number such as 1.5")}");

            case ValueKind.Date:
                if (text.Length == 10 && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return new BoundDate(date.Year, date.Month, date.Day);
                }

                return Invalid(owner, property, node, "; write a real calendar date as yyyy-MM-dd, such as 2017-06-09");

            case ValueKind.Enum:
                return BindEnum(owner, property, scalar);

            case ValueKind.Entity:
                return BindReference(owner, property, scalar);

            default:
                return Invalid(owner, property, node, string.Empty);
        }
    }

    private BoundValue BindEnum(RecordSchema owner, PropertySchema property, YamlScalar scalar)
    {
        var members = property.Type.EnumMembers;
        var spellings = property.Type.EnumSpellings;
        for (var i = 0; i < spellings.Count; i++)
        {
            if (spellings[i] == scalar.Value)
            {
                return new BoundEnum(property.Type.TypeName, members[i]);
            }
        }

        // Real datasets spell enum values their own way: DialoguePartner, dialogue_partner, DIALOGUE PARTNER all name
        // the member DialoguePartner, as long as they name no other.
        var loose = Loose(scalar.Value);
        var matches = members.Where(m => Loose(m) == loose).ToList();
        if (matches.Count == 1)
        {
            return new BoundEnum(property.Type.TypeName, matches[0]);
        }

        var closest = Naming.Closest(scalar.Value, spellings);
        var hint = (closest is not null ? $"; did you mean '{closest}'?" : string.Empty)
            + $" Valid values: {string.Join(", ", spellings)}";
        return Invalid(owner, property, scalar, hint);
    }

    /// <summary>An enum spelling without case or word separators: <c>Dialogue_Partner</c> is <c>dialoguepartner</c>.</summary>
    private static string Loose(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('-' or '_' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool IsWholeNumber(string text)
    {
        var digits = text.Length > 0 && (text[0] is '-' or '+') ? text.Substring(1) : text;
        return digits.Length > 0 && digits.All(c => c is >= '0' and <= '9');
    }

    private BoundValue BindReference(RecordSchema owner, PropertySchema property, YamlScalar scalar)
    {
        if (dataset.TryResolve(property.Type.TypeName, scalar.Value, out var target, out var suggestion))
        {
            return new BoundReference(property.Type.TypeName, target.Index);
        }

        if (dataset.IsMissing(property.Type.TypeName))
        {
            return BoundInvalid.Instance;
        }

        var hint = suggestion is not null ? $"; did you mean '{suggestion}'?" : $"; add it to the {property.Type.ShortName} data file or correct the key";
        Report(DiagnosticDescriptors.UnknownReference, scalar, owner.Name, property.YamlName, property.Type.ShortName, scalar.Value, hint);
        return BoundInvalid.Instance;
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

    private BoundInvalid Invalid(RecordSchema owner, PropertySchema property, YamlNode node, string hint)
    {
        Report(DiagnosticDescriptors.InvalidValue, node, Describe(node), property.Type.Kind == ValueKind.Record ? property.Type.ShortName : DescribeElement(property.Type), $"{owner.Name}.{property.YamlName}", hint);
        return BoundInvalid.Instance;
    }

    private static string DescribeElement(PropertyType type) => (type with { List = ListKind.None }).Describe();

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar scalar => Shorten(scalar.Value),
        YamlSequence => "a list",
        _ => "a mapping",
    };

    private static string Shorten(string value) => value.Length > 60 ? value.Substring(0, 60) + "..." : value;

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, YamlNode node, params string[] arguments) =>
        dataset.ReportFromValue(descriptor, node.Range.In(file.Path), arguments);
}
