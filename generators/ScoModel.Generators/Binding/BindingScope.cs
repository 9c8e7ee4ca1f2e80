using System;
using System.Collections.Generic;
using System.Threading;
using ScoModel.Generators.Common;
using ScoModel.Generators.Schema;

namespace ScoModel.Generators.Binding;

/// <summary>
/// What the steps of binding a dataset share: the record schemas, the keys pass one found, which entity types have no
/// readable data file, the diagnostics and the cancellation token. The steps depend on it, not on each other.
/// </summary>
internal sealed class BindingScope(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken => cancellationToken;

    public BindingDiagnostics Diagnostics { get; } = new();

    /// <summary>Every record schema by full name, entities and the records their values hold.</summary>
    public Dictionary<string, RecordSchema> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>The keys of each entity type, from pass one.</summary>
    public Dictionary<string, EntityKeys> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>The entity types whose data file is missing (SCO008) or unreadable (SCO001, SCO011, SCO029), so references to them are not reported again one by one.</summary>
    public HashSet<string> MissingFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolves a reference to an entity by key, or suggests the closest key.</summary>
    public bool TryResolve(string typeName, string key, out int index, out string? suggestion)
    {
        suggestion = null;
        index = -1;
        if (!Keys.TryGetValue(typeName, out var keys))
        {
            return false;
        }

        if (keys.ByKey.TryGetValue(key, out var entityKey))
        {
            index = entityKey.Index;
            return true;
        }

        // A suggestion compares the key with every key of the type: only worth it while diagnostics are still
        // reported, or a file of broken references would cost time quadratic in its size.
        if (Diagnostics.AllReported)
        {
            suggestion = Naming.Closest(key, keys.ByKey.Keys);
        }

        return false;
    }
}
