using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScoModel.Cli.Export;

/// <summary>The file formats of <c>sco export</c>.</summary>
internal enum ExportFormat
{
    /// <summary>RFC 4180 comma-separated values with a header row; lists joined by <see cref="ExportWriter.ListSeparator"/>.</summary>
    Csv,

    /// <summary>One JSON object per line; lists as arrays.</summary>
    Ndjson,

    /// <summary>One JSON array of objects; lists as arrays.</summary>
    Json,
}

/// <summary>Writes exported tables and the data dictionary in one of the <see cref="ExportFormat"/>s.</summary>
internal static class ExportWriter
{
    /// <summary>
    /// Joins the items of a list in one CSV cell. A <c>|</c> or <c>\</c> inside an item is written as <c>\|</c> or <c>\\</c>,
    /// so splitting on unescaped <c>|</c> gives the items back.
    /// </summary>
    public const string ListSeparator = "|";

    /// <summary>The table of every column of every exported table, with its type and meaning.</summary>
    public const string DictionaryName = "data-dictionary";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Extension(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ".csv",
        ExportFormat.Ndjson => ".ndjson",
        _ => ".json",
    };

    /// <summary>Writes one table's rows and returns how many there were.</summary>
    public static int Write(ExportTable table, ExportFormat format, Stream output) =>
        Write(format, output, table.Columns.Select(c => (c.Name, c.Type)).ToArray(), table.Rows().Select(row => table.Columns.Select(c => c.Read(row)).ToArray()));

    /// <summary>The data dictionary: one row per column of each table, then one per table (column empty) describing a row.</summary>
    public static IEnumerable<Cell[]> DictionaryRows(IEnumerable<ExportTable> tables)
    {
        foreach (var table in tables)
        {
            yield return [table.Name, null, "row", ModelDocs.Summary(table.TypeDocId)];
            foreach (var column in table.Columns)
            {
                yield return [table.Name, column.Name, TypeName(column.Type), ModelDocs.Summary(column.DocId)];
            }
        }
    }

    /// <summary>Writes the data dictionary and returns how many rows it has.</summary>
    public static int WriteDictionary(IEnumerable<ExportTable> tables, ExportFormat format, Stream output) =>
        Write(format, output, [("table", CellType.Text), ("column", CellType.Text), ("type", CellType.Text), ("description", CellType.Text)], DictionaryRows(tables));

    public static string TypeName(CellType type) => type switch
    {
        CellType.Text => "text",
        CellType.Integer => "integer",
        CellType.Boolean => "boolean",
        CellType.Date => "date (yyyy-MM-dd)",
        CellType.Choice => "choice (kebab-case word)",
        CellType.Key => "key",
        CellType.Keys => "list of keys",
        _ => "list of texts",
    };

    private static int Write(ExportFormat format, Stream output, (string Name, CellType Type)[] columns, IEnumerable<Cell[]> rows)
    {
        var count = 0;
        if (format is ExportFormat.Csv)
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n" };
            writer.WriteLine(string.Join(',', columns.Select(c => Quote(c.Name))));
            foreach (var row in rows)
            {
                count++;
                writer.WriteLine(string.Join(',', row.Select(cell => Quote(cell.Items is { } items ? string.Join(ListSeparator, items.Select(Escape)) : cell.Text))));
            }

            return count;
        }

        var lines = format is ExportFormat.Ndjson;
        using var json = new Utf8JsonWriter(output, JsonOptions);
        if (!lines)
        {
            json.WriteStartArray();
        }

        foreach (var row in rows)
        {
            count++;
            json.WriteStartObject();
            for (var i = 0; i < columns.Length; i++)
            {
                json.WritePropertyName(columns[i].Name);
                if (row[i].Items is { } items)
                {
                    json.WriteStartArray();
                    foreach (var item in items)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                }
                else if (row[i].Text is { } number && columns[i].Type is CellType.Integer)
                {
                    json.WriteRawValue(number);
                }
                else if (row[i].Text is { } flag && columns[i].Type is CellType.Boolean)
                {
                    json.WriteBooleanValue(flag == "true");
                }
                else if (row[i].Text is { } text)
                {
                    json.WriteStringValue(text);
                }
                else
                {
                    json.WriteNullValue();
                }
            }

            json.WriteEndObject();
            if (lines)
            {
                json.Flush();
                output.WriteByte((byte)'\n');
                json.Reset(output);
            }
        }

        if (!lines)
        {
            json.WriteEndArray();
            json.Flush();
            output.WriteByte((byte)'\n');
        }

        return count;
    }

    private static string Escape(string item) => item.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
