using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>A person who held a role at an SCO meeting: a defence minister, a head of state, an SCO official.</summary>
[CatalogOrder(30)]
[DataEntity("people.yaml")]
public sealed partial record Person : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Person;

    /// <inheritdoc/>
    public string Label => Name;

    /// <summary>The kebab-case key, for example <c>rajnath-singh</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>The name as usually written in English.</summary>
    [Lookup]
    public required string Name { get; init; }

    /// <summary>Other spellings of the name.</summary>
    [Lookup]
    public ImmutableArray<string> Aliases { get; init; }

    /// <summary>The state the person serves or served.</summary>
    [ReverseIndex("Of")]
    public required State State { get; init; }

    /// <summary>The day the person was born, where a source gives it; <see langword="null"/> where it is not known.</summary>
    public DateOnly? Born { get; init; }

    /// <summary>The day the person died, where a source gives it; <see langword="null"/> for the living and where it is not known.</summary>
    [NotBefore(nameof(Born))]
    public DateOnly? Died { get; init; }

    /// <summary>The roles the person held, as dated periods.</summary>
    public ImmutableArray<Tenure> Tenures { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}

/// <summary>One period in which a person held a role.</summary>
public sealed partial record Tenure
{
    /// <summary>The role held.</summary>
    public required Role Role { get; init; }

    /// <summary>The state the role was held for (for an SCO post, the person's own state).</summary>
    public required State State { get; init; }

    /// <summary>The first day in office (inclusive).</summary>
    public required DateOnly From { get; init; }

    /// <summary>The day the tenure ended (exclusive), or <see langword="null"/> if it has not ended.</summary>
    [NotBefore(nameof(From))]
    public DateOnly? To { get; init; }

    /// <summary>The exact title, where it differs from the role's usual name.</summary>
    public string? Title { get; init; }

    /// <summary>Anything a reader should know about this tenure, uncertainty included.</summary>
    public string? Note { get; init; }
}
