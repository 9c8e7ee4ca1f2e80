using ScoModel.Generators.Common;
using ScoModel.Generators.Diagnostics;

namespace ScoModel.Generators.Schema;

/// <summary>
/// The schema read from one entity declaration: the entity, every record type it reaches through
/// its properties (nested records), and the problems found in the declarations.
/// </summary>
internal sealed record SchemaResult(
    RecordSchema? Entity,
    EquatableArray<RecordSchema> NestedRecords,
    EquatableArray<DiagnosticInfo> Diagnostics);
