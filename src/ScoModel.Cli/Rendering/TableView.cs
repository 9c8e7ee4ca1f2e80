namespace ScoModel.Cli.Rendering;

/// <summary>What a column holds, which decides how rich output styles it.</summary>
internal enum ColumnKind
{
    Text,
    Key,
    Date,
    Status,
    Number,
}

/// <summary>A column of a <see cref="TableView"/>.</summary>
internal sealed record Column(string Header, ColumnKind Kind = ColumnKind.Text);

/// <summary>A table to print, independent of how: bordered and coloured on a terminal, tab-separated otherwise.</summary>
internal sealed class TableView(string? title, params Column[] columns)
{
    private readonly List<string?[]> _rows = [];

    public string? Title { get; } = title;

    public IReadOnlyList<Column> Columns { get; } = columns;

    public IReadOnlyList<string?[]> Rows => _rows;

    /// <summary>The noun for one row and for several (for the caption of rich output), for example <c>("state", "states")</c>.</summary>
    public (string One, string Many) Noun { get; init; } = ("row", "rows");

    public TableView Add(params string?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"A row of {Columns.Count} cells was expected, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }
}

/// <summary>One entity shown in full: a heading, its fields, and tables of its parts and relations.</summary>
internal sealed class DetailView(string heading)
{
    public string Heading { get; } = heading;

    public List<(string Label, string? Value)> Fields { get; } = [];

    public List<TableView> Sections { get; } = [];

    public DetailView Field(string label, string? value)
    {
        Fields.Add((label, value));
        return this;
    }
}
