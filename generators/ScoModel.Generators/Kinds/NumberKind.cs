using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// The numbers, <c>int</c>, <c>long</c>, <c>double</c> and <c>decimal</c>: one kind each, alike but for the C# type,
/// how text is parsed, and the hint for a whole number out of range. A row holds the number's invariant text.
/// </summary>
internal sealed class NumberKind : ValueKind
{
    public static readonly NumberKind Int32 = Whole("int", SpecialType.System_Int32, "row.Int32()", int.MinValue, int.MaxValue, wider: "long");

    public static readonly NumberKind Int64 = Whole("long", SpecialType.System_Int64, "row.Int64()", long.MinValue, long.MaxValue, wider: "decimal");

    public static readonly NumberKind Double = new(
        "double",
        SpecialType.System_Double,
        "row.Double()",
        text => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value) ? (value, value.ToString("R", CultureInfo.InvariantCulture)) : null,
        outOfRangeHint: null);

    public static readonly NumberKind Decimal = new(
        "decimal",
        SpecialType.System_Decimal,
        "row.Decimal()",
        text => decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? ((double)value, value.ToString(CultureInfo.InvariantCulture)) : null,
        outOfRangeHint: null);

    private readonly SpecialType _type;

    /// <summary>The generated reader's call that reads the number back.</summary>
    private readonly string _read;

    /// <summary>The number's value (for <c>[ValueRange]</c>) and its invariant text, or null when the text is no such number.</summary>
    private readonly Func<string, (double Value, string Text)?> _parse;

    /// <summary>For a whole-number kind, the hint for a whole number it cannot hold; null for the others.</summary>
    private readonly string? _outOfRangeHint;

    private NumberKind(string name, SpecialType type, string read, Func<string, (double Value, string Text)?> parse, string? outOfRangeHint)
    {
        Name = name;
        _type = type;
        _read = read;
        _parse = parse;
        _outOfRangeHint = outOfRangeHint;
    }

    public override string Name { get; }

    /// <summary>A whole-number kind holding <paramref name="minimum"/> to <paramref name="maximum"/>; a whole number past them asks for the <paramref name="wider"/> type.</summary>
    private static NumberKind Whole(string name, SpecialType type, string read, long minimum, long maximum, string wider) => new(
        name,
        type,
        read,
        text => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? (value, IsInvariant(text) ? text : value.ToString(CultureInfo.InvariantCulture))
            : null,
        string.Format(CultureInfo.InvariantCulture, "; it is outside the range of {0} ({1} to {2}): declare the property {3}", name, minimum, maximum, wider));

    private bool IsWhole => _outOfRangeHint is not null;

    public override string Description => IsWhole ? "whole number" : "number";

    public override bool RefusesQuotedText => true;

    public override bool IsNumber => true;

    public override bool AgreesWithTag(string tag) => tag == "int" || (tag == "float" && !IsWhole);

    public override string JsonType => IsWhole ? "integer" : "number";

    public override PropertyType? Recognise(ITypeSymbol type, ITypeContext context) =>
        type.SpecialType == _type ? TypeOf(type) : null;

    protected override BoundValue BindScalar(YamlScalar scalar, IValueSite site)
    {
        if (_parse(scalar.Value) is { } number)
        {
            site.CheckRange(scalar, number.Value);
            return new BoundNumber(number.Text);
        }

        if (IsWhole && IsWholeNumber(scalar.Value))
        {
            return site.Invalid(scalar, _outOfRangeHint!);
        }

        return site.Invalid(scalar, $"; write a {(IsWhole ? "whole number such as 2018" : "number such as 1.5")}");
    }

    /// <summary>Writes the number as the generated reader parses it: invariant, no sign for positives, no exponent for whole numbers.</summary>
    public override void Write(IRowSink row, PropertyType type, BoundValue value)
    {
        var text = ((BoundNumber)value).Text;
        row.Number(_parse(text)?.Text ?? text);
    }

    public override string Read(PropertyType type, IReadNames names) => _read;

    /// <summary>
    /// Whether a whole number that parsed is written as its invariant text already (ASCII digits after an optional
    /// <c>-</c>, no leading zero, not <c>-0</c>), as most are: then that text is kept rather than made again, once per
    /// number bound and once per number written.
    /// </summary>
    private static bool IsInvariant(string text)
    {
        var first = text.Length > 1 && text[0] == '-' ? 1 : 0;
        if (text[first] == '0' && text.Length > 1)
        {
            return false;
        }

        for (var i = first; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWholeNumber(string text)
    {
        var digits = text.Length > 0 && (text[0] is '-' or '+') ? text.Substring(1) : text;
        return digits.Length > 0 && digits.All(c => c is >= '0' and <= '9');
    }
}

/// <summary>A number, kept as its invariant-culture text.</summary>
internal sealed record BoundNumber(string Text) : BoundValue;
