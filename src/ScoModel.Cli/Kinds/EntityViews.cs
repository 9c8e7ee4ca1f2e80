using System.Collections.Immutable;

namespace ScoModel.Cli.Kinds;

/// <summary>
/// The one table of entity kinds the CLI knows: their list commands (in help order), <c>show</c>, <c>about</c>'s
/// counts, suggestions and <c>export</c> all read it. A new entity kind is its descriptor file and a line here.
/// </summary>
internal static class EntityViews
{
    public static ImmutableArray<EntityView> All { get; } =
    [
        States.View,
        Bodies.View,
        People.View,
        Meetings.View,
        Exercises.View,
        Initiatives.View,
        Proposals.View,
        Bilaterals.View,
        Statements.View,
        Themes.View,
        Sources.View,
    ];

    private static readonly EntityView[] ByKind = Index(All);

    /// <summary>The view of the entity's kind.</summary>
    public static EntityView Of(IEntity entity) => ByKind[(int)entity.EntityKind];

    /// <summary>The views by kind, checked once: a kind without a view is a bug to fail on at the first command.</summary>
    private static EntityView[] Index(ImmutableArray<EntityView> views)
    {
        var kinds = Enum.GetValues<EntityKind>();
        var byKind = new EntityView[kinds.Max(k => (int)k) + 1];
        foreach (var view in views)
        {
            byKind[(int)view.Kind] = view;
        }

        var missing = kinds.Where(k => byKind[(int)k] is null).ToArray();
        return missing.Length == 0
            ? byKind
            : throw new InvalidOperationException($"No CLI view for the entity kinds {string.Join(", ", missing)}: add one to EntityViews.All.");
    }
}
