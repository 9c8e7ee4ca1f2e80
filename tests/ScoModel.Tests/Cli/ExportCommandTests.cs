using System.Text.Json;

namespace ScoModel.Tests.Cli;

/// <summary><c>sco export</c>: one file per table in each format, references as keys, and a data dictionary from the XML docs.</summary>
public sealed class ExportCommandTests
{
    private static readonly string[] Tables =
    [
        "states", "state-statuses", "bodies", "people", "person-tenures", "meetings", "meeting-attendance",
        "exercises", "initiatives", "proposals", "bilaterals", "statements", "themes", "sources",
    ];

    [Fact]
    public void Csv_writes_every_table_and_the_dictionary_with_a_row_per_entity()
    {
        using var folder = new TempFolder();

        CliRunner.Succeed("export", "--format", "csv", "--out", folder.Path);

        var files = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ToArray();
        Assert.Equal([.. Tables.Select(t => t + ".csv").Append("data-dictionary.csv").Order()], files);
        Assert.Equal(State.All.Length + 1, ReadCsv(folder.File("states.csv")).Count);
        Assert.Equal(Exercise.All.Length + 1, ReadCsv(folder.File("exercises.csv")).Count);
        Assert.Equal(Source.All.Length + 1, ReadCsv(folder.File("sources.csv")).Count);
        Assert.Equal(State.All.Sum(s => s.Statuses.Length) + 1, ReadCsv(folder.File("state-statuses.csv")).Count);
    }

    [Fact]
    public void Csv_writes_references_as_keys_and_lists_joined_by_the_separator()
    {
        using var folder = new TempFolder();
        CliRunner.Succeed("export", "--kind", "exercises", "--out", folder.Path);

        var rows = ReadCsv(folder.File("exercises.csv"));
        var header = rows[0];
        var expected = Exercise.All.First(e => e.Host is not null && e.Participants.Length > 1);
        var row = rows.Single(r => r[0] == expected.Id);

        Assert.Equal(expected.Host!.Id, row[Array.IndexOf(header, "host")]);
        Assert.Equal(string.Join('|', expected.Participants.Select(p => p.Id)), row[Array.IndexOf(header, "participants")]);
        Assert.Equal(expected.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), row[Array.IndexOf(header, "year")]);
        Assert.Equal(["exercises.csv", "data-dictionary.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).OrderDescending());
    }

    [Fact]
    public void The_data_dictionary_describes_every_column_from_the_model_docs()
    {
        using var folder = new TempFolder();
        CliRunner.Succeed("export", "--out", folder.Path);

        var dictionary = ReadCsv(folder.File("data-dictionary.csv"));
        Assert.Equal(["table", "column", "type", "description"], dictionary[0]);
        foreach (var table in Tables)
        {
            var columns = ReadCsv(folder.File(table + ".csv"))[0];
            var described = dictionary.Skip(1).Where(r => r[0] == table && r[1].Length > 0).Select(r => r[1]).ToArray();
            Assert.Equal(columns, described);
        }

        Assert.All(dictionary.Skip(1), r => Assert.False(string.IsNullOrWhiteSpace(r[3]), $"{r[0]}.{r[1]} has no description"));
        Assert.Contains(dictionary, r => r[0] == "states" && r[1] == "id" && r[3] == "The ISO 3166-1 alpha-3 code, for example IND. The entity's key.");
        Assert.Contains(dictionary, r => r[0] == "state-statuses" && r[1] == "to" && r[3].Contains("exclusive", StringComparison.Ordinal) && !r[3].Contains('<'));
    }

    [Fact]
    public void Ndjson_writes_one_object_per_line_with_lists_as_arrays_and_numbers_as_numbers()
    {
        using var folder = new TempFolder();
        CliRunner.Succeed("export", "--format", "ndjson", "--kind", "exercises,states", "--out", folder.Path);

        var lines = File.ReadAllLines(folder.File("exercises.ndjson"));
        Assert.Equal(Exercise.All.Length, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(Exercise.All[0].Id, first.RootElement.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Number, first.RootElement.GetProperty("year").ValueKind);
        Assert.Equal(Exercise.All[0].Participants.Select(p => p.Id), first.RootElement.GetProperty("participants").EnumerateArray().Select(e => e.GetString()));
        Assert.True(File.Exists(folder.File("data-dictionary.ndjson")));
    }

    [Fact]
    public void Json_writes_one_array_per_table()
    {
        using var folder = new TempFolder();
        CliRunner.Succeed("export", "--format", "json", "--kind", "meeting-attendance", "--out", folder.Path);

        using var document = JsonDocument.Parse(File.ReadAllText(folder.File("meeting-attendance.json")));
        Assert.Equal(Meeting.All.Sum(m => m.Attendance.Length), document.RootElement.GetArrayLength());
        var first = document.RootElement[0];
        Assert.Equal(Meeting.All.First(m => m.Attendance.Length > 0).Id, first.GetProperty("meeting").GetString());
        Assert.Contains(first.GetProperty("guest").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
    }

    /// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records.</summary>
    private static List<string[]> ReadCsv(string path)
    {
        var text = File.ReadAllText(path);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else { field.Append(c); }
        }

        return rows;
    }
}
