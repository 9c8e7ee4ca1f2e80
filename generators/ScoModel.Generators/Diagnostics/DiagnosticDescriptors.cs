using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the dataset compiler reports. The ids are stable: users search for them
/// and change their severity in .editorconfig. Each has a page in docs/diagnostics/SCOnnn.md.
/// </summary>
internal static class DiagnosticDescriptors
{
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

    public static readonly DiagnosticDescriptor ConstraintViolated = Create(
        "SCO007",
        "Constraint violated",
        "{0}.{1}: {2}");

    public static readonly DiagnosticDescriptor DataFileMissing = Create(
        "SCO008",
        "Data file not found",
        "{0} reads its entries from '{1}', which is not among the AdditionalFiles; add <AdditionalFiles Include=\"data/{1}\" /> to the project");

    public static readonly DiagnosticDescriptor UnsupportedSchema = Create(
        "SCO009",
        "Unsupported record declaration",
        "{0}");

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "SCO010",
        "Generated names collide",
        "{0}");

    public static readonly DiagnosticDescriptor InputTooLarge = Create(
        "SCO011",
        "Input too large or too deep",
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

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, messageFormat, Category, severity, isEnabledByDefault: true);
}
