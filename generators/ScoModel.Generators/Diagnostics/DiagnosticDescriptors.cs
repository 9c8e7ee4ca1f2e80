using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the dataset compiler reports, one id per rule so that each can be given its own
/// severity. The ids are stable: users search for them and change their severity in .editorconfig.
/// Each has a page in docs/diagnostics/SCOnnn.md, which its help link points at.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where the pages of docs/diagnostics are published; a descriptor's help link is this and <c>{id}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/scomodel/scomodel/blob/main/docs/diagnostics/";

    private const string Category = "ScoModel.Data";

    public static readonly DiagnosticDescriptor YamlSyntaxError = Create(
        "SCO001",
        "YAML syntax error",
        "YAML syntax error in {0}: {1}; fix the YAML at this position");

    public static readonly DiagnosticDescriptor UnknownField = Create(
        "SCO002",
        "Unknown field",
        "'{0}' is not a field of {1}{2}");

    public static readonly DiagnosticDescriptor RequiredFieldMissing = Create(
        "SCO003",
        "Required field missing",
        "The {0} entry{1} has no '{2}' field, which is required; add '{2}: <{3}>'");

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        "SCO004",
        "Value not valid for its type",
        "'{0}' is not a valid {1} for {2}{3}");

    public static readonly DiagnosticDescriptor DuplicateKey = Create(
        "SCO005",
        "Duplicate key",
        "{0} '{1}' is defined more than once; the first definition is at {2}; remove one or change its {3}");

    public static readonly DiagnosticDescriptor UnknownReference = Create(
        "SCO006",
        "Reference to an entity that does not exist",
        "{0}.{1} refers to {2} '{3}', which does not exist{4}");

    public static readonly DiagnosticDescriptor PatternMismatch = Create(
        "SCO007",
        "Value does not match its pattern",
        "{0}.{1}: {2}");

    public static readonly DiagnosticDescriptor DataFileMissing = Create(
        "SCO008",
        "Data file not found",
        "{0} reads its entries from '{1}', which is not among the AdditionalFiles; add <AdditionalFiles Include=\"data/{1}\" /> to the project");

    public static readonly DiagnosticDescriptor UnsupportedDeclaration = Create(
        "SCO009",
        "Unsupported record declaration",
        "{0}");

    public static readonly DiagnosticDescriptor AccessorCollision = Create(
        "SCO010",
        "Generated accessor names collide",
        "{0}");

    public static readonly DiagnosticDescriptor NestingOrAliasLimit = Create(
        "SCO011",
        "YAML nested too deep or expanded too far by aliases",
        "{0}: {1}; {2}");

    public static readonly DiagnosticDescriptor RecommendedFieldMissing = Create(
        "SCO012",
        "Recommended field missing",
        "The {0} entry '{1}' has no '{2}'; {0} entries should give one",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TooManyDiagnostics = Create(
        "SCO013",
        "Too many diagnostics",
        "{0} more problems were found but not reported (at most {1} per file and {2} per build are); fix the ones reported and build again",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Create(
        "SCO014",
        "Unsupported property type",
        "{0}");

    public static readonly DiagnosticDescriptor EntityKeyMisdeclared = Create(
        "SCO015",
        "Entity key not declared correctly",
        "{0}");

    public static readonly DiagnosticDescriptor DataEntityArgumentInvalid = Create(
        "SCO016",
        "[DataEntity] argument not valid",
        "{0}");

    public static readonly DiagnosticDescriptor AttributeOnWrongType = Create(
        "SCO017",
        "Attribute on a property of the wrong type",
        "{0}");

    public static readonly DiagnosticDescriptor AttributeArgumentInvalid = Create(
        "SCO018",
        "Attribute argument not valid",
        "{0}");

    public static readonly DiagnosticDescriptor FieldNameCollision = Create(
        "SCO019",
        "Two properties share a field name",
        "{0}");

    public static readonly DiagnosticDescriptor ReverseIndexNameTaken = Create(
        "SCO020",
        "Reverse index name already taken",
        "{0}");

    public static readonly DiagnosticDescriptor EntityTypeCycle = Create(
        "SCO021",
        "Cycle of references between entity types",
        "{0}");

    public static readonly DiagnosticDescriptor EntryRefersToItself = Create(
        "SCO022",
        "Entry refers to itself",
        "{0}");

    public static readonly DiagnosticDescriptor EntryCycle = Create(
        "SCO023",
        "Entries refer to each other in a cycle",
        "{0}");

    public static readonly DiagnosticDescriptor NoIdentifierCharacters = Create(
        "SCO024",
        "No letter or digit to make an accessor from",
        "{0}");

    public static readonly DiagnosticDescriptor LookupCollision = Create(
        "SCO025",
        "Lookup identifiers collide",
        "{0}");

    public static readonly DiagnosticDescriptor ValueOutOfRange = Create(
        "SCO026",
        "Value outside its range",
        "{0}.{1}: {2}");

    public static readonly DiagnosticDescriptor EmptyValue = Create(
        "SCO027",
        "Value empty or blank",
        "{0}.{1}: {2}");

    public static readonly DiagnosticDescriptor DateTooEarly = Create(
        "SCO028",
        "Date earlier than the date it may not precede",
        "{0}.{1}: {2}");

    public static readonly DiagnosticDescriptor DataFileTooLong = Create(
        "SCO029",
        "Data file too long",
        "{0}: {1}; {2}");

    public static readonly DiagnosticDescriptor GeneratedSourceTooLong = Create(
        "SCO030",
        "Generated source too long",
        "{0}: {1}; {2}");

    public static readonly DiagnosticDescriptor TooManyAccessors = Create(
        "SCO031",
        "Too many entries for accessors",
        "{0} has {1} entries, more than the {2} that get an accessor each (a type may have at most 65,535 methods); it is generated without accessors: use All, TryGet and Find, or set Accessors = false on [DataEntity] to say so",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TagDisagrees = Create(
        "SCO032",
        "YAML tag disagrees with the property's type",
        "{0}.{1}: the tag '{2}' says the value is {3}, but {1} holds a {4}; {5}");

    public static readonly DiagnosticDescriptor UnsupportedTag = Create(
        "SCO033",
        "YAML tag not supported",
        "{0}.{1}: the tag '{2}' is not one the generator reads; {1} holds a {3}: remove the tag and write the value as one");

    public static readonly DiagnosticDescriptor AccessorsLeftOutBySize = Create(
        "SCO034",
        "Accessors left out for a large entity type",
        "{0} has {1} entries, more than the {2} that get an accessor each unless [DataEntity] asks: each accessor costs every build of the project about 0.3 ms; use All, TryGet and Find, or set Accessors = true to have them",
        DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
