using System;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using ScoModel.Generators.Common;
using ScoModel.Generators.Reading;

namespace ScoModel.Generators.Kinds;

/// <summary>
/// Enums: a member's spelling in YAML (its <c>[YamlName]</c> or its name by the assembly's naming policy, kebab-case without one, or any spelling that names one
/// member once case and word separators are set aside), the member's position in a row.
/// </summary>
internal sealed class EnumKind : ValueKind
{
    public override string Name => "enums";

    public override bool IsIndexable => true;

    public override PropertyType? Recognise(ITypeSymbol type, ITypeContext context)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } named)
        {
            return null;
        }

        var fields = named.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).ToList();
        return TypeOf(type) with
        {
            EnumMembers = fields.Select(f => f.Name).ToEquatableArray(),
            EnumDescriptions = fields.Select(f => context.Summary(f) ?? string.Empty).ToEquatableArray(),
            EnumSpellings = fields.Select(f => context.YamlName(f) ?? context.EnumSpelling(f.Name)).ToEquatableArray(),
        };
    }

    protected override BoundValue BindScalar(YamlScalar scalar, IValueSite site)
    {
        var type = site.Type;
        var members = type.EnumMembers;
        var spellings = type.EnumSpellings;
        for (var i = 0; i < spellings.Count; i++)
        {
            if (spellings[i] == scalar.Value)
            {
                return new BoundEnum(type.TypeName, members[i]);
            }
        }

        // Real datasets spell enum values their own way: DialoguePartner, dialogue_partner, DIALOGUE PARTNER all name
        // the member DialoguePartner, as long as they name no other.
        var loose = Loose(scalar.Value);
        var matches = members.Where(m => Loose(m) == loose).ToList();
        if (matches.Count == 1)
        {
            return new BoundEnum(type.TypeName, matches[0]);
        }

        var closest = Naming.Closest(scalar.Value, spellings);
        var hint = (closest is not null ? $"; did you mean '{closest}'?" : string.Empty)
            + $" Valid values: {string.Join(", ", spellings)}";
        return site.Invalid(scalar, hint);
    }

    public override void Write(IRowSink row, PropertyType type, BoundValue value)
    {
        var member = ((BoundEnum)value).Member;
        var position = type.EnumMembers.AsSpan().IndexOf(member);
        row.Number(position.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override string Read(PropertyType type, IReadNames names) => $"{names.EnumMembers(type.TypeName)}[row.Int32()]";

    /// <summary>An enum spelling without case or word separators: <c>Dialogue_Partner</c> is <c>dialoguepartner</c>.</summary>
    private static string Loose(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not ('-' or '_' or ' '))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

internal sealed record BoundEnum(string TypeName, string Member) : BoundValue;
