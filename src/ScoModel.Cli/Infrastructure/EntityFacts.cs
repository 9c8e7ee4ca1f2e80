using System.Collections.Immutable;

namespace ScoModel.Cli.Infrastructure;

/// <summary>What the CLI needs to know about any entity regardless of its kind, as its kind's <see cref="EntityView"/> says.</summary>
internal static class EntityFacts
{
    /// <summary>The names an entity answers to (as <c>Find</c> does), used to suggest the closest match to a typo.</summary>
    public static IEnumerable<string?> NamesOf(IEntity entity) => EntityViews.Of(entity).NamesOf(entity);

    /// <summary>The day an entity happened or was published, where the data knows it; a proposal, bilateral or statement without its own date takes its meeting's.</summary>
    public static DateOnly? DateOf(IEntity entity) => EntityViews.Of(entity).DateOf(entity);

    /// <summary>The sources an entity cites (for a state, those of its status periods too), without repeats.</summary>
    public static IReadOnlyList<Source> SourcesOf(IEntity entity) => EntityViews.Of(entity).SourcesOf(entity).DistinctBy(s => s.Id).ToArray();

    /// <summary>A list that may have been left at its default value, as an empty list.</summary>
    public static ImmutableArray<T> Safe<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>The keys of a list of entities.</summary>
    public static string[] Keys<T>(ImmutableArray<T> items)
        where T : IEntity => [.. Safe(items).Select(i => i.Id)];
}
