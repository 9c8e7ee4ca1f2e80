using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary><c>DateOnly</c>: <c>yyyy-MM-dd</c> in YAML (quoted or not), <c>yyyyMMdd</c> in a row.</summary>
internal sealed class DateKind : ValueKind
{
    public override string Name => "DateOnly";

    public override string Description => "date (yyyy-MM-dd)";

    /// <summary>The shape a date must have; the calendar check is left to the build (and to editors that check <c>format: date</c>).</summary>
    public override (string Format, string Pattern)? JsonFormat => ("date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");

    /// <summary>A date is read from text too (<c>"2017-06-09"</c> is a date), so <c>!!str</c> agrees as well as <c>!!timestamp</c>.</summary>
    public override bool AgreesWithTag(string tag) => tag is "timestamp" or "str";

    public override PropertyType? Recognise(ITypeSymbol type, ITypeContext context) =>
        context.KnownTypes.Is(type, "System.DateOnly") ? TypeOf(type) : null;

    protected override BoundValue BindScalar(YamlScalar scalar, IValueSite site)
    {
        var text = scalar.Value;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text, 0, 4) is >= 1 and var year
            && Digits(text, 5, 2) is >= 1 and <= 12 and var month
            && Digits(text, 8, 2) is >= 1 and var day && day <= DateTime.DaysInMonth(year, month))
        {
            return new BoundDate(year, month, day);
        }

        return site.Invalid(scalar, "; write a real calendar date as yyyy-MM-dd, such as 2017-06-09");
    }

    /// <summary>The number that <paramref name="count"/> ASCII digits from <paramref name="start"/> spell, or -1. By hand: DateTime.TryParseExact cost more than the rest of binding a date.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    public override void Write(IRowSink row, PropertyType type, BoundValue value)
    {
        var date = (BoundDate)value;
        row.Raw(string.Format(CultureInfo.InvariantCulture, "{0:D4}{1:D2}{2:D2}", date.Year, date.Month, date.Day));
    }

    public override string Read(PropertyType type, IReadNames names) => "row.Date()";
}

internal sealed record BoundDate(int Year, int Month, int Day) : BoundValue, IComparable<BoundDate>
{
    public int CompareTo(BoundDate? other) =>
        other is null ? 1 : (Year, Month, Day).CompareTo((other.Year, other.Month, other.Day));

    /// <summary>The date as YAML writes it: <c>2017-06-09</c>.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, Day);
}
