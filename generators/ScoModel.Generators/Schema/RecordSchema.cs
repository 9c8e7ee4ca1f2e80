using System;
using System.Collections.Generic;
using System.Linq;
using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;
using ScoModel.Generators.Kinds;

namespace ScoModel.Generators.Schema;

/// <summary>
/// What the generator knows about one C# record (<paramref name="FullName"/> is written with <c>global::</c>): its name, its YAML-facing properties, and,
/// for an entity, the file it reads and its key. Read from the declaration, then only this travels on.
/// </summary>
internal sealed record RecordSchema(
    string FullName,
    string Namespace,
    string Name,
    string Keyword,
    string Accessibility,
    EntitySchema? Entity,
    EquatableArray<PropertySchema> Properties,
    LocationInfo? Location)
{
    /// <summary>The property whose YAML field name is <paramref name="yamlName"/>, or null.</summary>
    public PropertySchema? FindProperty(string yamlName) => IndexOfProperty(yamlName) is >= 0 and var index ? Properties[index] : null;

    /// <summary>The position in <see cref="Properties"/> of the property whose YAML field name is <paramref name="yamlName"/>, or -1.</summary>
    public int IndexOfProperty(string yamlName)
    {
        for (var i = 0; i < Properties.Count; i++)
        {
            if (Properties[i].YamlName == yamlName)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether an entity's only required property is its key, so that an entry may be written as its key alone: a bare
    /// list item (<c>- C#</c>) or an empty value under its key (<c>C#:</c>). The binder and the JSON Schemas both ask.
    /// </summary>
    public bool OnlyTheKeyIsRequired => Entity is { } entity && Properties.All(p => !p.IsRequired || p.Name == entity.KeyProperty);
}

/// <summary>What makes a record an entity: where its entries live and how they are named and found.</summary>
/// <param name="DataFile">The YAML file name or relative path the entries are read from.</param>
/// <param name="KeyProperty">The property holding each entry's unique key.</param>
/// <param name="AccessorFrom">The property whose value names each entry's static accessor.</param>
/// <param name="MemberNames">Every member the type already declares, which generated members must not take.</param>
/// <param name="Accessors">
/// Whether each entry gets a public accessor (without, entries are internal fields named by position): as
/// <c>[DataEntity]</c> says, or null where it does not, until the binder decides by the number of entries.
/// </param>
/// <param name="QuotedScalars">Whether a quoted scalar may bind to a number or a boolean, in the entity and the records nested in it.</param>
internal sealed record EntitySchema(
    string DataFile,
    string KeyProperty,
    string AccessorFrom,
    LocationInfo? AttributeLocation,
    EquatableArray<string> MemberNames = default,
    bool? Accessors = null,
    bool QuotedScalars = false)
{
    /// <summary>The most entries for which a type gets accessors when <c>[DataEntity]</c> does not say (SCO034 past it).</summary>
    public const int AccessorsByDefaultUpTo = 1_000;

    /// <summary>
    /// The static members every entity type gets besides its entries; no entry or reverse index may take these names.
    /// The schema owns the list because the reader and the binder check names against it before anything is emitted.
    /// </summary>
    public static readonly string[] GeneratedMembers = ["All", "Find", "TryGet", "EntryIndexOf", "Entry", "GeneratedData"];

    /// <summary>
    /// The names an entity type's generated accessors and reverse indexes may not take: the type's own name, the
    /// members it declares (<paramref name="memberNames"/>) and <see cref="GeneratedMembers"/>.
    /// </summary>
    public static HashSet<string> TakenNames(string typeName, IEnumerable<string> memberNames)
    {
        var taken = new HashSet<string>(memberNames, StringComparer.Ordinal) { typeName };
        taken.UnionWith(GeneratedMembers);
        return taken;
    }
}

/// <summary>One property of a record and the rules its YAML value must follow.</summary>
/// <param name="Description">The summary of the property's XML doc comment, for editors' JSON Schemas; null without one.</param>
/// <param name="HasInitializer">Whether the declaration gives the property a value, which an entry that leaves the field out keeps.</param>
internal sealed record PropertySchema(
    string Name,
    string YamlName,
    PropertyType Type,
    bool IsRequired,
    bool IsNullable,
    PropertyRules Rules,
    LocationInfo? Location,
    string? Description = null,
    bool HasInitializer = false);

/// <summary>The constraints and generation hints attached to a property by attributes.</summary>
internal sealed record PropertyRules(
    string? Pattern,
    double? Minimum,
    double? Maximum,
    bool NotEmpty,
    string? NotBefore,
    bool Recommended,
    bool Lookup,
    string? ReverseIndex)
{
    public static readonly PropertyRules None = new(null, null, null, false, null, false, false, null);
}
