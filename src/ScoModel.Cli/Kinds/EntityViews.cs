using System.Collections.Immutable;

namespace ScoModel.Cli.Kinds;

/// <summary>
/// The one table of entity kinds the CLI knows: their list commands (in help order), <c>show</c>, <c>about</c>'s
/// counts, suggestions and <c>export</c> all read it. Nothing here names a kind: each descriptor file under Kinds/ adds
/// its view from a module initializer (which Native AOT keeps, as it keeps any code it can see called), and the table
/// puts them in <see cref="EntityKind"/> order, which the library generates from its entity records.
/// </summary>
internal static class EntityViews
{
    // Filled by the module initializers, all of which run before the first read of Table.
    private static readonly List<EntityView> Added = [];

    /// <summary>Every kind's view, in <see cref="EntityKind"/> order.</summary>
    public static ImmutableArray<EntityView> All => Table.All;

    /// <summary>Adds a kind's view; a descriptor calls it from its <c>[ModuleInitializer]</c>.</summary>
    public static void Add(EntityView view) => Added.Add(view);

    /// <summary>The view of the entity's kind.</summary>
    public static EntityView Of(IEntity entity) => Table.ByKind[(int)entity.EntityKind];

    /// <summary>The views by kind, checked once: a kind without a view, or with two, is a bug to fail on at the first command.</summary>
    private static EntityView[] Index(List<EntityView> views)
    {
        var kinds = Enum.GetValues<EntityKind>();
        var byKind = new EntityView?[kinds.Length];
        foreach (var view in views)
        {
            byKind[(int)view.Kind] = byKind[(int)view.Kind] is null
                ? view
                : throw new InvalidOperationException($"Two CLI views for the entity kind {view.Kind}.");
        }

        var missing = kinds.Where(k => byKind[(int)k] is null).ToArray();
        return missing.Length == 0
            ? [.. byKind.OfType<EntityView>()]
            : throw new InvalidOperationException($"No CLI view for the entity kinds {string.Join(", ", missing)}: add a descriptor under Kinds/, as Themes.cs is.");
    }

    /// <summary>Built on the first read, after every module initializer has run.</summary>
    private static class Table
    {
        public static readonly EntityView[] ByKind = Index(Added);

        public static readonly ImmutableArray<EntityView> All = [.. ByKind];
    }
}
