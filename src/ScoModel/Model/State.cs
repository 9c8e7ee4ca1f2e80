using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>
/// A sovereign state that has, or had, a status in the Shanghai Cooperation Organisation,
/// or that appears in the dataset as a host or participant.
/// </summary>
/// <remarks>Entries come from <c>data/states.yaml</c>; the generated accessor is named after <see cref="Name"/> (<c>State.India</c>).</remarks>
[CatalogOrder(10)]
[DataEntity("states.yaml", AccessorFrom = nameof(Name))]
public sealed partial record State : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.State;

    /// <inheritdoc/>
    public string Label => Name;

    /// <summary>The ISO 3166-1 alpha-3 code, for example <c>IND</c>. The entity's key.</summary>
    [EntityKey, Lookup, Pattern("^[A-Z]{3}$")]
    public required string Id { get; init; }

    /// <summary>The common English short name, for example <c>India</c>.</summary>
    [Lookup]
    public required string Name { get; init; }

    /// <summary>The official full name, for example <c>Republic of India</c>.</summary>
    [Lookup]
    public string? OfficialName { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 code, for example <c>IN</c>.</summary>
    [Lookup, Pattern("^[A-Z]{2}$")]
    public required string Iso2 { get; init; }

    /// <summary>Other names in common use, for example <c>Kyrgyz Republic</c> or <c>Türkiye</c>.</summary>
    [Lookup]
    public ImmutableArray<string> Aliases { get; init; }

    /// <summary>The region the state is usually grouped in.</summary>
    public required Region Region { get; init; }

    /// <summary>
    /// The state's SCO statuses as dated periods, oldest first. A state with no period here
    /// never held a status (it appears only as a host, participant or counterpart).
    /// </summary>
    public ImmutableArray<StatusPeriod> Statuses { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}

/// <summary>One period during which a state held a status in the SCO.</summary>
public sealed partial record StatusPeriod
{
    /// <summary>The status held.</summary>
    public required ScoStatus Status { get; init; }

    /// <summary>The first day of the period (inclusive).</summary>
    public required DateOnly From { get; init; }

    /// <summary>The day the period ended (exclusive), or <see langword="null"/> if it has not ended.</summary>
    [NotBefore(nameof(From))]
    public DateOnly? To { get; init; }

    /// <summary>Anything a reader should know about this period, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources for this period, where they differ from the state's.</summary>
    public ImmutableArray<Source> Sources { get; init; }
}
