using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A proposal a person made at, or in the context of, an SCO meeting.</summary>
[CatalogOrder(70)]
[DataEntity("proposals.yaml")]
public sealed partial record Proposal : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Proposal;

    /// <inheritdoc/>
    public string Label => Title;

    /// <summary>The kebab-case key, for example <c>cybersecurity-task-force</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>A short title.</summary>
    [Lookup]
    public required string Title { get; init; }

    /// <summary>What was proposed, in a sentence or two.</summary>
    public required string Summary { get; init; }

    /// <summary>The person who proposed it, where known.</summary>
    [ReverseIndex("By")]
    public Person? Proposer { get; init; }

    /// <summary>The state on whose behalf it was proposed.</summary>
    [ReverseIndex("FromState")]
    public required State State { get; init; }

    /// <summary>The meeting at which it was proposed, where known.</summary>
    [ReverseIndex("At")]
    public Meeting? Meeting { get; init; }

    /// <summary>The date it was proposed, where known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The themes it addresses.</summary>
    [ReverseIndex("OnTheme")]
    public ImmutableArray<Theme> Themes { get; init; }

    /// <summary>The initiative it led to or belongs to, where there is one.</summary>
    public Initiative? Initiative { get; init; }

    /// <summary>How far it has come, as far as the sources tell.</summary>
    public required Progress Status { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}
