using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A joint military or anti-terrorist exercise: an SCO exercise or a bilateral series.</summary>
[CatalogOrder(50)]
[DataEntity("exercises.yaml")]
public sealed partial record Exercise : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Exercise;

    /// <inheritdoc/>
    public string Label => Name;

    /// <summary>The kebab-case key, for example <c>peace-mission-2018</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The exercise's name, for example <c>Peace Mission 2018</c>.</summary>
    [Lookup]
    public required string Name { get; init; }

    /// <summary>The series it belongs to, for example <c>Peace Mission</c> or <c>INDRA</c>.</summary>
    public string? Series { get; init; }

    /// <summary>Under whose banner it was held.</summary>
    public required ExerciseFramework Framework { get; init; }

    /// <summary>The year it was held.</summary>
    [ValueRange(1990, 2100)]
    public required int Year { get; init; }

    /// <summary>The first day, where known.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>The last day (inclusive), where known.</summary>
    [NotBefore(nameof(Start))]
    public DateOnly? End { get; init; }

    /// <summary>The host state, where there was one.</summary>
    [ReverseIndex("HostedBy")]
    public State? Host { get; init; }

    /// <summary>Where it was held: a training ground, a city, a region.</summary>
    public string? Location { get; init; }

    /// <summary>The states whose forces took part.</summary>
    [ReverseIndex("WithParticipant"), NotEmpty]
    public ImmutableArray<State> Participants { get; init; }

    /// <summary>The themes it exercised, such as counter-terrorism.</summary>
    [ReverseIndex("OnTheme")]
    public ImmutableArray<Theme> Themes { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}
