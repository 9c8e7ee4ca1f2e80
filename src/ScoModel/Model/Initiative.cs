using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A mechanism, framework, agreement or programme of cooperation, proposed or in operation.</summary>
[CatalogOrder(60)]
[DataEntity("initiatives.yaml")]
public sealed partial record Initiative : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Initiative;

    /// <inheritdoc/>
    public string Label => Name;

    /// <summary>The kebab-case key, for example <c>rats-intelligence-sharing</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The initiative's name.</summary>
    [Lookup]
    public required string Name { get; init; }

    /// <summary>What kind of thing it is.</summary>
    public required InitiativeKind Kind { get; init; }

    /// <summary>How far it has come, as of the dataset's date.</summary>
    public required Progress Status { get; init; }

    /// <summary>When it was established, where known; for an agreement, the day it was signed.</summary>
    public DateOnly? Established { get; init; }

    /// <summary>For an agreement, the day it entered into force, where known.</summary>
    [NotBefore(nameof(Established))]
    public DateOnly? InForce { get; init; }

    /// <summary>For an agreement, the states that signed it; empty when the entry does not list them.</summary>
    [ReverseIndex("SignedBy")]
    public ImmutableArray<State> Parties { get; init; }

    /// <summary>The SCO body that runs it, where there is one.</summary>
    public Body? Body { get; init; }

    /// <summary>What it is, in a sentence or two.</summary>
    public string? Summary { get; init; }

    /// <summary>The themes it addresses.</summary>
    [ReverseIndex("OnTheme")]
    public ImmutableArray<Theme> Themes { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}
