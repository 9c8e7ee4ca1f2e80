using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScoModel.Cli.Commands;

/// <summary>Entities related to the one shown, under a name (<c>exercises</c>) and a title (<c>Exercises</c>).</summary>
internal sealed record Relation(string Name, string Title, IReadOnlyList<IEntity> Items);

/// <summary>
/// Everything <c>show</c> prints about one entity, built by the entity's command group: the record itself as
/// JSON, its fields as a reader sees them, tables of its parts (status periods, tenures, attendance),
/// the entities related to it, and its sources.
/// </summary>
internal sealed class EntityDetail(IEntity entity, JsonNode record)
{
    public IEntity Entity { get; } = entity;

    /// <summary>The entity's own JSON object, as its list command writes it.</summary>
    public JsonNode Record { get; } = record;

    public List<(string Label, string? Value)> Fields { get; } = [];

    /// <summary>Tables of the entity's own parts, shown before its relations.</summary>
    public List<TableView> Parts { get; } = [];

    public List<Relation> Relations { get; } = [];

    public EntityDetail Field(string label, string? value)
    {
        Fields.Add((label, value));
        return this;
    }

    /// <summary>Adds a table of the entity's own parts (status periods, tenures, attendance), one row per item.</summary>
    public EntityDetail Part<TItem>(TableView table, IEnumerable<TItem> items, Func<TItem, string?[]> cells)
    {
        foreach (var item in items)
        {
            table.Add(cells(item));
        }

        Parts.Add(table);
        return this;
    }

    public EntityDetail Relate(string name, string title, IEnumerable<IEntity> items)
    {
        Relations.Add(new Relation(name, title, items.DistinctBy(i => (i.EntityKind, i.Id)).ToArray()));
        return this;
    }

    /// <summary>
    /// The JSON object for <c>show</c>: <c>entity</c> (the kind of entity), the record's fields, then <c>relations</c>
    /// (an object of arrays of {entity, id, label, date}) and <c>citations</c> (the cited sources in full).
    /// </summary>
    public JsonObject ToJson()
    {
        var json = Record.DeepClone().AsObject();
        json.Insert(0, "entity", Spellings.Of(Entity.EntityKind));
        var relations = new JsonObject();
        foreach (var relation in Relations)
        {
            relations[relation.Name] = JsonSerializer.SerializeToNode(
                relation.Items.Select(Related).ToArray(),
                CliJson.Context.RelatedJsonArray);
        }

        json["relations"] = relations;
        json["citations"] = new JsonArray([.. EntityFacts.SourcesOf(Entity).Select(Sources.ToJson)]);
        return json;
    }

    /// <summary>The view for a terminal or a pipe: fields, parts, non-empty relations, sources.</summary>
    public DetailView ToView()
    {
        var view = new DetailView($"{Entity.Label} ({Spellings.Of(Entity.EntityKind)} {Entity.Id})")
            .Field("Entity", Spellings.Of(Entity.EntityKind))
            .Field("Id", Entity.Id);
        view.Fields.AddRange(Fields);
        view.Sections.AddRange(Parts);
        foreach (var relation in Relations.Where(r => r.Items.Count > 0))
        {
            // A kind column only when kinds are mixed, a date column only when some item has a date.
            var mixed = relation.Items.Select(i => i.EntityKind).Distinct().Count() > 1;
            var dated = relation.Items.Any(i => EntityFacts.DateOf(i) is not null);
            var columns = new List<Column>();
            if (mixed)
            {
                columns.Add(new Column("Kind"));
            }

            columns.Add(new Column("Id", ColumnKind.Key));
            if (dated)
            {
                columns.Add(new Column("Date", ColumnKind.Date));
            }

            columns.Add(new Column("Label"));
            var table = new TableView(relation.Title, [.. columns]);
            foreach (var item in relation.Items)
            {
                var cells = new List<string?>();
                if (mixed)
                {
                    cells.Add(Spellings.Of(item.EntityKind));
                }

                cells.Add(item.Id);
                if (dated)
                {
                    cells.Add(Display.Date(EntityFacts.DateOf(item)));
                }

                cells.Add(item.Label);
                table.Add([.. cells]);
            }

            view.Sections.Add(table);
        }

        var sources = EntityFacts.SourcesOf(Entity);
        if (sources.Count > 0)
        {
            var table = new TableView("Sources", new Column("Id", ColumnKind.Key), new Column("Reliability"), new Column("Published", ColumnKind.Date), new Column("Publisher"), new Column("Title"), new Column("Url"));
            foreach (var source in sources)
            {
                table.Add(source.Id, Spellings.Of(source.Reliability), Display.Date(source.Published), source.Publisher, source.Title, source.Url);
            }

            view.Sections.Add(table);
        }

        return view;
    }

    private static RelatedJson Related(IEntity entity) =>
        new(Spellings.Of(entity.EntityKind), entity.Id, entity.Label, EntityFacts.DateOf(entity));
}
