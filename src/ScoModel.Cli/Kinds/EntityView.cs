using System.CommandLine;
using System.Text.Json.Nodes;

namespace ScoModel.Cli.Kinds;

/// <summary>What a list command was asked for beyond its filters: the day that statuses are read on.</summary>
/// <param name="On">The day asked about with <c>--as-of</c>, or the dataset's as-of date.</param>
/// <param name="DayGiven">Whether <c>--as-of</c> was given.</param>
internal sealed record ListQuery(DateOnly On, bool DayGiven)
{
    /// <summary>The query of <c>show</c> and of a list command without <c>--as-of</c>.</summary>
    public static ListQuery Default => new(Sco.AsOf, false);
}

/// <summary>
/// One entity kind as the CLI presents it, whatever its type: its list command, its <c>show</c> view, its names for
/// suggestions, its date and sources, and its export tables. <see cref="EntityViews.All"/> holds one per kind.
/// </summary>
internal abstract class EntityView
{
    public abstract EntityKind Kind { get; }

    /// <summary>The list command's name and the plural the CLI uses for the kind: <c>states</c>.</summary>
    public abstract string Name { get; }

    public abstract int Count { get; }

    /// <summary>The tables <c>sco export</c> writes for this kind: its own and those of its nested records.</summary>
    public abstract IReadOnlyList<ExportTable> ExportTables { get; }

    public abstract Command CreateCommand(CliContext context);

    public abstract EntityDetail Detail(IEntity entity);

    /// <summary>The names an entity answers to (as <c>Find</c> does), used to suggest the closest match to a typo.</summary>
    public abstract IEnumerable<string?> NamesOf(IEntity entity);

    /// <summary>The day the entity happened or was published, where the data knows it.</summary>
    public abstract DateOnly? DateOf(IEntity entity);

    /// <summary>The sources the entity cites, with repeats.</summary>
    public abstract IEnumerable<Source> SourcesOf(IEntity entity);
}

/// <summary>
/// The descriptor of one entity kind: a list command made of <see cref="Filters"/> and <see cref="Columns"/>, the JSON
/// record of each entity, the fields and relations <c>show</c> prints, and the export tables. A new entity kind is one
/// of these in its own file under Kinds/, which adds itself to <see cref="EntityViews.All"/> from a module initializer.
/// </summary>
/// <typeparam name="T">The entity's record type.</typeparam>
internal sealed class EntityView<T> : EntityView
    where T : class, IEntity
{
    public required EntityKind EntityKind { get; init; }

    public required string Command { get; init; }

    public required string Description { get; init; }

    public required Func<IReadOnlyList<T>> All { get; init; }

    /// <summary>The options that narrow the list, in help order; every one given must hold.</summary>
    public IReadOnlyList<Filter<T>> Filters { get; init; } = [];

    /// <summary>When set, the command takes <c>--as-of DATE</c> with this description and passes the day in the <see cref="ListQuery"/>.</summary>
    public string? AsOfDescription { get; init; }

    public required Func<ListQuery, string> Title { get; init; }

    public required (string One, string Many) Noun { get; init; }

    public required IReadOnlyList<TableColumn<T>> Columns { get; init; }

    /// <summary>The entity's JSON object, as <c>--json</c> writes it: its fields in camelCase, references as keys (see <see cref="Json"/>).</summary>
    public required Func<T, ListQuery, JsonObject> ToJson { get; init; }

    /// <summary>Adds the kind's fields, parts and relations to the detail view that <c>show</c> prints.</summary>
    public required Action<T, EntityDetail> Describe { get; init; }

    public required Func<T, IEnumerable<string?>> Names { get; init; }

    public Func<T, DateOnly?> Date { get; init; } = _ => null;

    public required Func<T, IEnumerable<Source>> Sources { get; init; }

    public required IReadOnlyList<ExportTable> Export { get; init; }

    public override EntityKind Kind => EntityKind;

    public override string Name => Command;

    public override int Count => All().Count;

    public override IReadOnlyList<ExportTable> ExportTables => Export;

    public override Command CreateCommand(CliContext context)
    {
        var command = new Command(Command, Description);
        var asOf = AsOfDescription is null ? null : CommonOptions.AsOf(AsOfDescription);
        if (asOf is not null)
        {
            command.Options.Add(asOf);
        }

        foreach (var filter in Filters)
        {
            if (filter.Option is { } option)
            {
                command.Options.Add(option);
            }
        }

        command.SetAction(result =>
        {
            var day = asOf is null ? null : result.DateValue(asOf);
            var query = new ListQuery(day ?? Sco.AsOf, day is not null);
            var tests = Filters.Select(f => f.Bind(result, query)).OfType<Func<T, bool>>().ToArray();
            var items = All().Where(e => tests.All(test => test(e))).ToArray();
            return context.Emit(result, items, e => ToJson(e, query), list => Table(list, query));
        });
        return command;
    }

    public override EntityDetail Detail(IEntity entity)
    {
        var item = (T)entity;
        var detail = new EntityDetail(item, ToJson(item, ListQuery.Default));
        Describe(item, detail);
        return detail;
    }

    public override IEnumerable<string?> NamesOf(IEntity entity) => Names((T)entity);

    public override DateOnly? DateOf(IEntity entity) => Date((T)entity);

    public override IEnumerable<Source> SourcesOf(IEntity entity) => Sources((T)entity);

    private TableView Table(IReadOnlyList<T> items, ListQuery query)
    {
        var table = new TableView(Title(query), [.. Columns.Select(c => c.Column)]) { Noun = Noun };
        foreach (var item in items)
        {
            table.Add([.. Columns.Select(c => c.Cell(item, query))]);
        }

        return table;
    }
}

/// <summary>A column of a list command's table and how to fill its cell for one entity.</summary>
internal sealed record TableColumn<T>(Column Column, Func<T, ListQuery, string?> Cell)
{
    public TableColumn(string heading, Func<T, string?> cell, ColumnKind kind = ColumnKind.Text)
        : this(new Column(heading, kind), (item, _) => cell(item))
    {
    }
}
