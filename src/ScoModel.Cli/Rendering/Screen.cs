using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ScoModel.Cli.Rendering;

/// <summary>
/// Writes a command's output: tables and entity details as Spectre.Console tables with borders and colours
/// (rich), or as tab-separated lines with a header row (plain, for pipes); JSON as indented UTF-8 text.
/// </summary>
internal sealed class Screen
{
    private readonly TextWriter _output;
    private readonly IAnsiConsole? _console;

    public Screen(TextWriter output, bool rich, bool isProcessConsole)
    {
        _output = output;
        if (rich)
        {
            _console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = isProcessConsole ? AnsiSupport.Detect : AnsiSupport.Yes,
                ColorSystem = isProcessConsole ? ColorSystemSupport.Detect : ColorSystemSupport.Standard,
                Interactive = InteractionSupport.No,
            });
            if (!isProcessConsole)
            {
                _console.Profile.Width = 120;
            }
        }
    }

    public bool IsRich => _console is not null;

    /// <summary>Writes text that a command formats itself (a chart, a graph file) as it is.</summary>
    public void Text(Action<TextWriter> write) => write(_output);

    public void Json<T>(T value, JsonTypeInfo<T> typeInfo) => _output.WriteLine(JsonSerializer.Serialize(value, typeInfo));

    public void Json(JsonNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CliJson.WriterOptions))
        {
            node.WriteTo(writer);
        }

        _output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public void Table(TableView table)
    {
        if (_console is null)
        {
            WritePlain(table);
            return;
        }

        _console.Write(Rich(table, caption: true));
    }

    public void Detail(DetailView view)
    {
        if (_console is null)
        {
            foreach (var (label, value) in view.Fields)
            {
                _output.WriteLine($"{Clean(label)}\t{Clean(value)}");
            }

            foreach (var section in view.Sections)
            {
                _output.WriteLine();
                _output.WriteLine($"{Clean(section.Title)} ({section.Rows.Count})");
                WritePlain(section);
            }

            return;
        }

        _console.Write(new Rule($"[bold]{Markup.Escape(view.Heading)}[/]") { Justification = Justify.Left });
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(2)).AddColumn();
        foreach (var (label, value) in view.Fields)
        {
            if (!string.IsNullOrEmpty(value))
            {
                grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value));
            }
        }

        _console.Write(grid);
        foreach (var section in view.Sections)
        {
            _console.WriteLine();
            _console.Write(Rich(section, caption: false));
        }
    }

    private void WritePlain(TableView table)
    {
        _output.WriteLine(string.Join('\t', table.Columns.Select(c => Clean(c.Header))));
        foreach (var row in table.Rows)
        {
            _output.WriteLine(string.Join('\t', row.Select(Clean)));
        }
    }

    private static Table Rich(TableView view, bool caption)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        if (view.Title is { } title)
        {
            table.Title = new TableTitle(title, new Style(decoration: Decoration.Bold));
        }

        foreach (var column in view.Columns)
        {
            var header = new TableColumn(new Text(column.Header, new Style(decoration: Decoration.Bold)));
            if (column.Kind is ColumnKind.Key or ColumnKind.Date or ColumnKind.Status or ColumnKind.Number)
            {
                header.NoWrap();
            }

            if (column.Kind is ColumnKind.Number)
            {
                header.RightAligned();
            }

            table.AddColumn(header);
        }

        foreach (var row in view.Rows)
        {
            var cells = new IRenderable[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                cells[i] = new Text(row[i] ?? string.Empty, StyleOf(view.Columns[i].Kind, row[i]));
            }

            table.AddRow(cells);
        }

        if (caption)
        {
            var count = view.Rows.Count;
            table.Caption = new TableTitle($"{count} {(count == 1 ? view.Noun.One : view.Noun.Many)}", new Style(Color.Grey));
        }

        return table;
    }

    private static Style StyleOf(ColumnKind kind, string? value) => kind switch
    {
        ColumnKind.Key => new Style(Color.Aqua),
        ColumnKind.Date => new Style(Color.Silver),
        ColumnKind.Status => value switch
        {
            "member" => new Style(Color.Green),
            "observer" => new Style(Color.Yellow),
            "dialogue-partner" => new Style(Color.Blue),
            "partner" => new Style(Color.Teal),
            _ => Style.Plain,
        },
        _ => Style.Plain,
    };

    /// <summary>A value on one line with no tabs, so each record stays one line of tab-separated fields.</summary>
    private static string Clean(string? value) =>
        value is null ? string.Empty : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
