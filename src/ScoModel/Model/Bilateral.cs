using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A bilateral meeting between two states' representatives, usually on the sidelines of an SCO meeting.</summary>
[CatalogOrder(80)]
[DataEntity("bilaterals.yaml")]
public sealed partial record Bilateral : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Bilateral;

    /// <inheritdoc/>
    public string Label => Summary;

    /// <summary>The kebab-case key, for example <c>ind-rus-2020-09-03</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The date, where known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The SCO meeting on whose sidelines it took place, where known.</summary>
    [ReverseIndex("At")]
    public Meeting? Meeting { get; init; }

    /// <summary>The states that met (usually two).</summary>
    [ReverseIndex("WithState"), NotEmpty]
    public required ImmutableArray<State> States { get; init; }

    /// <summary>The people who met, where known.</summary>
    [ReverseIndex("WithPerson")]
    public ImmutableArray<Person> People { get; init; }

    /// <summary>The themes discussed.</summary>
    [ReverseIndex("OnTheme")]
    public ImmutableArray<Theme> Themes { get; init; }

    /// <summary>What was discussed, in a sentence or two.</summary>
    public required string Summary { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}
