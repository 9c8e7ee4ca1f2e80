using ScoModel.Generators;

namespace ScoModel;

/// <summary>A published source that entries of the dataset cite.</summary>
[CatalogOrder(110)]
[DataEntity("sources.yaml")]
public sealed partial record Source : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Source;

    /// <inheritdoc/>
    public string Label => Title;

    /// <summary>The kebab-case key, for example <c>mod-india-2023-04-28</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The title as published.</summary>
    public required string Title { get; init; }

    /// <summary>Who published it: the SCO Secretariat, a ministry, an agency, a newspaper.</summary>
    public required string Publisher { get; init; }

    /// <summary>Where to read it: an absolute https URL.</summary>
    [Pattern("^https://[^\\s]+$")]
    public string? Url { get; init; }

    /// <summary>The date of publication, where known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>How far it can be trusted.</summary>
    public required Reliability Reliability { get; init; }

    /// <summary>Anything a reader should know about the source.</summary>
    public string? Note { get; init; }
}
