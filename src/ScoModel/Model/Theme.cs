using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A topic that meetings, proposals, statements and exercises address, such as counter-terrorism.</summary>
[CatalogOrder(100)]
[DataEntity("themes.yaml")]
public sealed partial record Theme : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Theme;

    /// <inheritdoc/>
    public string Label => Name;

    /// <summary>The kebab-case key, for example <c>counter-terrorism</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The display name, for example <c>Counter-terrorism</c>.</summary>
    [Lookup]
    public required string Name { get; init; }

    /// <summary>What the theme covers.</summary>
    public string? Description { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}
