namespace ScoModel.Tests.Cli;

/// <summary>
/// The CLI's table of kinds is made of the descriptors under Kinds/, each adding itself: these tests hold it to
/// <see cref="EntityKind"/>, so that a kind without a descriptor, or a descriptor listing another kind's entities, fails here.
/// </summary>
public sealed class KindTableTests
{
    [Fact]
    public void Every_kind_has_a_list_command_in_kind_order_counting_its_entities()
    {
        var counts = CliRunner.Json("about").GetProperty("counts").EnumerateObject().Select(p => p.Value.GetInt32());

        Assert.Equal(Enum.GetValues<EntityKind>().Select(k => Sco.AllEntities.Count(e => e.EntityKind == k)), counts);
    }

    [Fact]
    public void Show_describes_an_entity_of_every_kind_as_that_kind()
    {
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            var entity = Sco.AllEntities.First(e => e.EntityKind == kind && Sco.Find(e.Id) == e);

            var json = CliRunner.Json("show", entity.Id);

            Assert.Equal(kind.ToString().ToLowerInvariant(), json.GetProperty("entity").GetString());
            Assert.Equal(entity.Id, json.GetProperty("id").GetString());
        }
    }
}
