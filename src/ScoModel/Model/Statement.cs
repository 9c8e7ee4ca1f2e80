using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A position a person stated, at an SCO meeting or about the SCO.</summary>
[CatalogOrder(90)]
[DataEntity("statements.yaml")]
public sealed partial record Statement : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Statement;

    /// <inheritdoc/>
    public string Label => Summary;

    /// <summary>The kebab-case key, for example <c>singh-terrorism-knows-no-borders</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The person who made it.</summary>
    [ReverseIndex("By")]
    public required Person Person { get; init; }

    /// <summary>The meeting at which it was made, where known.</summary>
    [ReverseIndex("At")]
    public Meeting? Meeting { get; init; }

    /// <summary>The date it was made, where known.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The themes it addresses; the first is the main one.</summary>
    [ReverseIndex("OnTheme"), NotEmpty]
    public required ImmutableArray<Theme> Themes { get; init; }

    /// <summary>The position, in a sentence or two.</summary>
    public required string Summary { get; init; }

    /// <summary>A quotation as the source gives it, where it gives one.</summary>
    public string? Quote { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}
