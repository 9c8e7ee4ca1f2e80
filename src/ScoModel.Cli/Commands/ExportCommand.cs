using System.CommandLine;

namespace ScoModel.Cli.Commands;

/// <summary>
/// <c>sco export</c>: every table of <see cref="ExportTables"/> (or those <c>--kind</c> names) as CSV, NDJSON or JSON files
/// in a folder, with a data dictionary built from the model's XML documentation.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["csv", "ndjson", "json"];

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "The file format: csv (lists joined by '|'), ndjson or json",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "csv",
        };
        var kind = new Option<string[]>("--kind")
        {
            Description = "Only these tables (repeat, or separate with commas): " + string.Join(", ", ExportTables.All.Select(t => t.Name)),
            HelpName = "KIND",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<string>("--out")
        {
            Description = "The folder to write the files into (created if missing)",
            HelpName = "DIR",
            Required = true,
        };
        var command = new Command("export", "Write every entity kind as a table (CSV, NDJSON or JSON), with a data dictionary") { format, kind, output };
        command.SetAction(result =>
        {
            var chosen = Inputs.Choice(result.GetValue(format)!, format.Name, "format", Formats) switch
            {
                "ndjson" => ExportFormat.Ndjson,
                "json" => ExportFormat.Json,
                _ => ExportFormat.Csv,
            };
            var names = ExportTables.All.Select(t => t.Name).ToArray();
            var wanted = Inputs.Split(result.GetValue(kind)).Select(k => Inputs.Choice(k, kind.Name, "kind", names)).ToHashSet(StringComparer.Ordinal);
            var tables = ExportTables.All.Where(t => wanted.Count == 0 || wanted.Contains(t.Name)).ToArray();
            var folder = OutputFiles.Folder(result.GetValue(output)!);
            var extension = ExportWriter.Extension(chosen);

            var written = new TableView(
                $"Exported to {folder}",
                new Column("File", ColumnKind.Key),
                new Column("Rows", ColumnKind.Number))
            {
                Noun = ("file", "files"),
            };
            foreach (var table in tables)
            {
                var file = table.Name + extension;
                var rows = OutputFiles.Write(Path.Combine(folder, file), stream => ExportWriter.Write(table, chosen, stream));
                written.Add(file, Display.Number(rows));
            }

            var dictionary = ExportWriter.DictionaryName + extension;
            var entries = OutputFiles.Write(Path.Combine(folder, dictionary), stream => ExportWriter.WriteDictionary(tables, chosen, stream));
            written.Add(dictionary, Display.Number(entries));
            context.Screen.Table(written);
            return 0;
        });
        return command;
    }
}
