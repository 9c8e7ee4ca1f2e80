using System.Collections.Immutable;
using ScoModel.Generators;

namespace ScoModel;

/// <summary>An SCO meeting: a defence ministers' meeting, a summit of heads of state, and so on.</summary>
[CatalogOrder(40)]
[DataEntity("meetings.yaml")]
public sealed partial record Meeting : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Meeting;

    /// <inheritdoc/>
    public string Label => Name;

    /// <summary>The kebab-case key, for example <c>defence-ministers-2023</c>.</summary>
    [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public required string Id { get; init; }

    /// <summary>A descriptive name, for example <c>SCO Defence Ministers' Meeting, New Delhi 2023</c>.</summary>
    [Lookup]
    public required string Name { get; init; }

    /// <summary>What kind of meeting it was.</summary>
    public required MeetingKind Kind { get; init; }

    /// <summary>The first day of the meeting.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The last day of the meeting (inclusive), for a meeting of more than one day.</summary>
    [NotBefore(nameof(Start))]
    public DateOnly? End { get; init; }

    /// <summary>The state that hosted (or chaired, for a virtual meeting) the meeting.</summary>
    [ReverseIndex("HostedBy")]
    public State? Host { get; init; }

    /// <summary>The city it was held in.</summary>
    public string? City { get; init; }

    /// <summary>How it was held, where known.</summary>
    public MeetingFormat? Format { get; init; }

    /// <summary>The person who chaired it, where known.</summary>
    public Person? Chair { get; init; }

    /// <summary>Who represented each state, where known.</summary>
    public ImmutableArray<Attendance> Attendance { get; init; }

    /// <summary>What the meeting produced: documents signed, decisions taken.</summary>
    public ImmutableArray<string> Outcomes { get; init; }

    /// <summary>The themes the meeting addressed.</summary>
    [ReverseIndex("OnTheme")]
    public ImmutableArray<Theme> Themes { get; init; }

    /// <summary>Anything a reader should know about this entry, uncertainty included.</summary>
    public string? Note { get; init; }

    /// <summary>The sources this entry rests on.</summary>
    [Recommended, NotEmpty]
    public ImmutableArray<Source> Sources { get; init; }
}

/// <summary>One state's representation at a meeting.</summary>
public sealed partial record Attendance
{
    /// <summary>The state represented.</summary>
    public required State State { get; init; }

    /// <summary>The person who represented it, where known.</summary>
    public Person? Person { get; init; }

    /// <summary>The role in which the person attended, where known.</summary>
    public Role? Role { get; init; }

    /// <summary>Whether the state attended as a guest rather than as a member, observer or partner.</summary>
    public bool Guest { get; init; }

    /// <summary>Anything a reader should know, for example that the person attended by video link.</summary>
    public string? Note { get; init; }
}
