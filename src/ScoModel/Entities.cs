namespace ScoModel;

// The hand-written halves of the entity records: what makes each an IEntity.
// Computed properties have no setter, so the generator does not read them from YAML.

public sealed partial record State : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.State;

    /// <inheritdoc/>
    public string Label => Name;
}

public sealed partial record Body : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Body;

    /// <inheritdoc/>
    public string Label => Name;
}

public sealed partial record Person : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Person;

    /// <inheritdoc/>
    public string Label => Name;
}

public sealed partial record Meeting : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Meeting;

    /// <inheritdoc/>
    public string Label => Name;
}

public sealed partial record Exercise : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Exercise;

    /// <inheritdoc/>
    public string Label => Name;
}

public sealed partial record Initiative : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Initiative;

    /// <inheritdoc/>
    public string Label => Name;
}

public sealed partial record Proposal : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Proposal;

    /// <inheritdoc/>
    public string Label => Title;
}

public sealed partial record Bilateral : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Bilateral;

    /// <inheritdoc/>
    public string Label => Summary;
}

public sealed partial record Statement : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Statement;

    /// <inheritdoc/>
    public string Label => Summary;
}

public sealed partial record Theme : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Theme;

    /// <inheritdoc/>
    public string Label => Name;
}

public sealed partial record Source : IEntity
{
    /// <inheritdoc/>
    public EntityKind EntityKind => EntityKind.Source;

    /// <inheritdoc/>
    public string Label => Title;
}
