using ScoModel.Generators;

namespace ScoModel;

/// <summary>What every entity of the dataset has: a key, a kind and a label to show.</summary>
/// <remarks>
/// The generator lists every <c>[DataEntity]</c> record that implements this interface, in the order of their
/// <c>[CatalogOrder]</c>: as the members of <see cref="ScoModel.EntityKind"/> (one per record, named as the record) and as
/// the internal <c>Entities</c> class behind <see cref="Sco.Find"/> and <see cref="Sco.AllEntities"/>. A new kind of
/// entity is its record alone.
/// </remarks>
[EntityCatalog("Entities", "EntityKind")]
public interface IEntity
{
    /// <summary>The entity's key: an ISO alpha-3 code for a state, a kebab-case id otherwise.</summary>
    string Id { get; }

    /// <summary>What kind of entity it is.</summary>
    EntityKind EntityKind { get; }

    /// <summary>A short human-readable label: a name or title.</summary>
    string Label { get; }
}
