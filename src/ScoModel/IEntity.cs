namespace ScoModel;

/// <summary>What every entity of the dataset has: a key, a kind and a label to show.</summary>
public interface IEntity
{
    /// <summary>The entity's key: an ISO alpha-3 code for a state, a kebab-case id otherwise.</summary>
    string Id { get; }

    /// <summary>What kind of entity it is.</summary>
    EntityKind EntityKind { get; }

    /// <summary>A short human-readable label: a name or title.</summary>
    string Label { get; }
}

/// <summary>The kinds of entity in the dataset.</summary>
public enum EntityKind
{
    /// <summary>A <see cref="ScoModel.State"/>.</summary>
    State,

    /// <summary>A <see cref="ScoModel.Body"/>.</summary>
    Body,

    /// <summary>A <see cref="ScoModel.Person"/>.</summary>
    Person,

    /// <summary>A <see cref="ScoModel.Meeting"/>.</summary>
    Meeting,

    /// <summary>An <see cref="ScoModel.Exercise"/>.</summary>
    Exercise,

    /// <summary>An <see cref="ScoModel.Initiative"/>.</summary>
    Initiative,

    /// <summary>A <see cref="ScoModel.Proposal"/>.</summary>
    Proposal,

    /// <summary>A <see cref="ScoModel.Bilateral"/>.</summary>
    Bilateral,

    /// <summary>A <see cref="ScoModel.Statement"/>.</summary>
    Statement,

    /// <summary>A <see cref="ScoModel.Theme"/>.</summary>
    Theme,

    /// <summary>A <see cref="ScoModel.Source"/>.</summary>
    Source,
}
