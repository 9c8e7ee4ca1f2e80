using System.Collections;
using System.Reflection;

namespace ScoModel.Tests.Api;

/// <summary>
/// <see cref="EntityKind"/>, <see cref="Sco.Find"/> and <see cref="Sco.AllEntities"/> are generated from the records that
/// implement <see cref="IEntity"/>: these tests hold the catalogue to the records, so that a new record joins it whole
/// and a record's hand-written half (copied from another kind, say) cannot name the wrong kind.
/// </summary>
public sealed class EntityKindTests
{
    private static readonly Type[] EntityRecords =
    [
        .. typeof(Sco).Assembly.GetTypes()
            .Where(t => t.IsClass && typeof(IEntity).IsAssignableFrom(t))
            .Where(t => t.GetCustomAttributes(inherit: false).Any(a => a.GetType().Name == "DataEntityAttribute")),
    ];

    [Fact]
    public void Every_data_entity_that_is_an_IEntity_is_a_kind_named_after_it()
    {
        Assert.Equal(
            EntityRecords.Select(t => t.Name).Order(StringComparer.Ordinal),
            Enum.GetNames<EntityKind>().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_entity_says_the_kind_of_its_record()
    {
        foreach (var record in EntityRecords)
        {
            var all = (IEnumerable)record.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            var entities = all.Cast<IEntity>().ToArray();
            Assert.NotEmpty(entities);
            Assert.All(entities, e => Assert.Equal(record.Name, e.EntityKind.ToString()));
        }
    }

    [Fact]
    public void Find_answers_every_key_with_that_entity_unless_an_earlier_kind_knows_the_name()
    {
        // Kinds are asked in EntityKind order: the theme 'afghanistan' is found as the state named Afghanistan.
        foreach (var entity in Sco.AllEntities)
        {
            var found = Sco.Find(entity.Id);
            Assert.NotNull(found);
            Assert.True(found == entity || found.EntityKind < entity.EntityKind, $"{entity.EntityKind} {entity.Id} found as {found.EntityKind} {found.Id}");
        }
    }
}
