using System.Collections.Immutable;

namespace ScoModel.Cli.Infrastructure;

/// <summary>What the CLI needs to know about any entity regardless of its kind: its names, its date, its sources.</summary>
internal static class EntityFacts
{
    /// <summary>The names an entity answers to (as <c>Find</c> does), used to suggest the closest match to a typo.</summary>
    public static IEnumerable<string?> NamesOf(IEntity entity) => entity switch
    {
        State s => [s.Id, s.Name, s.OfficialName, s.Iso2, .. Safe(s.Aliases)],
        Person p => [p.Id, p.Name, .. Safe(p.Aliases)],
        Body b => [b.Id, b.Name, b.Acronym],
        Meeting m => [m.Id, m.Name],
        Exercise e => [e.Id, e.Name],
        Initiative i => [i.Id, i.Name],
        Proposal p => [p.Id, p.Title],
        Theme t => [t.Id, t.Name],
        _ => [entity.Id],
    };

    /// <summary>The day an entity happened or was published, where the data knows it; a proposal, bilateral or statement without its own date takes its meeting's.</summary>
    public static DateOnly? DateOf(IEntity entity) => entity switch
    {
        Meeting m => m.Start,
        Exercise e => e.Start,
        Proposal p => p.Date ?? p.Meeting?.Start,
        Bilateral b => b.Date ?? b.Meeting?.Start,
        Statement s => s.Date ?? s.Meeting?.Start,
        Initiative i => i.Established,
        Body b => b.Established,
        Source s => s.Published,
        _ => null,
    };

    /// <summary>The year an entity happened, where known: an exercise's year, otherwise the year of <see cref="DateOf"/>.</summary>
    public static int? YearOf(IEntity entity) => entity is Exercise e ? e.Year : DateOf(entity)?.Year;

    /// <summary>The sources an entity cites (for a state, those of its status periods too), without repeats.</summary>
    public static IReadOnlyList<Source> SourcesOf(IEntity entity)
    {
        IEnumerable<Source> sources = entity switch
        {
            State s => Safe(s.Sources).Concat(Safe(s.Statuses).SelectMany(p => Safe(p.Sources))),
            Body b => Safe(b.Sources),
            Person p => Safe(p.Sources),
            Meeting m => Safe(m.Sources),
            Exercise e => Safe(e.Sources),
            Initiative i => Safe(i.Sources),
            Proposal p => Safe(p.Sources),
            Bilateral b => Safe(b.Sources),
            Statement s => Safe(s.Sources),
            Theme t => Safe(t.Sources),
            _ => [],
        };
        return sources.DistinctBy(s => s.Id).ToArray();
    }

    /// <summary>A list that may have been left at its default value, as an empty list.</summary>
    public static ImmutableArray<T> Safe<T>(ImmutableArray<T> items) => items.IsDefault ? [] : items;

    /// <summary>The keys of a list of entities.</summary>
    public static string[] Keys<T>(ImmutableArray<T> items)
        where T : IEntity => [.. Safe(items).Select(i => i.Id)];
}
