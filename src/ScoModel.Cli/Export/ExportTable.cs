using System.Collections.Immutable;

namespace ScoModel.Cli.Export;

/// <summary>What a column holds, as the data dictionary names it.</summary>
internal enum CellType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A day, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>One of a fixed set of kebab-case words (an enum).</summary>
    Choice,

    /// <summary>The key of another entity.</summary>
    Key,

    /// <summary>A list of keys of other entities.</summary>
    Keys,

    /// <summary>A list of texts.</summary>
    List,
}

/// <summary>One exported value: a text (or <see langword="null"/>), or the items of a list.</summary>
internal readonly record struct Cell(string? Text, string[]? Items)
{
    public static implicit operator Cell(string? text) => new(text, null);
}

/// <summary>
/// One column of an exported table: its name, what it holds, the model member whose XML documentation
/// describes it (<c>P:ScoModel.State.Name</c>), and how to read it from a row.
/// </summary>
internal sealed record ExportColumn(string Name, CellType Type, string DocId, Func<object, Cell> Read);

/// <summary>
/// One exported table: its name (also its file name), the model type whose documentation describes a row,
/// its rows and its columns (a child table's first column is its parent's key).
/// </summary>
internal sealed record ExportTable(string Name, string TypeDocId, Func<IEnumerable<object>> Rows, ImmutableArray<ExportColumn> Columns);

/// <summary>Builds an <see cref="ExportTable"/> for rows of type <typeparamref name="T"/> with typed column readers.</summary>
internal sealed class TableBuilder<T>(string name, string? docType = null)
    where T : class
{
    private readonly string _type = "ScoModel." + (docType ?? typeof(T).Name);
    private readonly List<ExportColumn> _columns = [];

    /// <summary>A column documented by the model property of the same name (in PascalCase).</summary>
    public TableBuilder<T> Add(string column, CellType type, Func<T, Cell> read, string? docMember = null)
    {
        var member = docMember ?? $"P:{_type}.{char.ToUpperInvariant(column[0])}{column[1..]}";
        _columns.Add(new ExportColumn(column, type, member, row => read((T)row)));
        return this;
    }

    public TableBuilder<T> Text(string column, Func<T, string?> read, string? docMember = null) => Add(column, CellType.Text, r => read(r), docMember);

    public TableBuilder<T> Integer(string column, Func<T, int?> read) =>
        Add(column, CellType.Integer, r => read(r)?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public TableBuilder<T> Boolean(string column, Func<T, bool> read) => Add(column, CellType.Boolean, r => read(r) ? "true" : "false");

    public TableBuilder<T> Date(string column, Func<T, DateOnly?> read, string? docMember = null) =>
        Add(column, CellType.Date, r => read(r)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), docMember);

    public TableBuilder<T> Choice<TEnum>(string column, Func<T, TEnum?> read)
        where TEnum : struct, Enum => Add(column, CellType.Choice, r => Spellings.OrNull(read(r)));

    public TableBuilder<T> Key(string column, Func<T, IEntity?> read, string? docMember = null) => Add(column, CellType.Key, r => read(r)?.Id, docMember);

    public TableBuilder<T> Keys<TItem>(string column, Func<T, ImmutableArray<TItem>> read)
        where TItem : IEntity => Add(column, CellType.Keys, r => new Cell(null, EntityFacts.Keys(read(r))));

    public TableBuilder<T> List(string column, Func<T, ImmutableArray<string>> read) =>
        Add(column, CellType.List, r => new Cell(null, [.. EntityFacts.Safe(read(r))]));

    public ExportTable Build(Func<IEnumerable<T>> rows) => new(name, "T:" + _type, () => rows(), [.. _columns]);
}
