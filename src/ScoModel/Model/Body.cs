using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A council or permanent body of the SCO, such as the Regional Anti-Terrorist Structure.</summary>
[CatalogOrder(20)]
[DataEntity("bodies.yaml")]
public sealed partial record Body : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Body;

    /// <inheritdoc/>
    public string Label => Name;

    /// <summary>The kebab-case key, for example <c>rats</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The full English name.</summary>
    [Lookup]
    public required string Name { get; init; }

    /// <summary>The usual acronym, for example <c>RATS</c>, where there is one.</summary>
    [Lookup]
    public string? Acronym { get; init; }

    /// <summary>What kind of body it is.</summary>
    public required BodyKind Kind { get; init; }

    /// <summary>The city of its seat, for a permanent body.</summary>
    public string? SeatCity { get; init; }

    /// <summary>The state of its seat, for a permanent body.</summary>
    public State? SeatState { get; init; }

    /// <summary>When it was established (the founding document's date), where known.</summary>
    public DateOnly? Established { get; init; }

    /// <summary>What it does, in a sentence or two.</summary>
    public string? Summary { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}
