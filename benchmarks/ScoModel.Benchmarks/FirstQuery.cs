using System.Globalization;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ScoModel.Benchmarks;

/// <summary>
/// The first question a process asks, answered each way the cold-start benchmarks compare: "how many members
/// did the SCO have on <see cref="Date"/>?" Every method returns that number, so all of them can be checked against
/// each other, and none can be skipped as dead code.
/// </summary>
internal static class FirstQuery
{
    public static readonly DateOnly Date = new(2025, 1, 1);

    /// <summary>The generated tables: the first touch runs the static initialisers of State, Source and the status timeline.</summary>
    public static int Generated() => Sco.MembersOn(Date).Count;

    /// <summary>Only <see cref="State.All"/>: the static initialiser of the generated State table (and what it references).</summary>
    public static int GeneratedStateAll() => State.All.Length;

    /// <summary>One case-insensitive lookup by name.</summary>
    public static int GeneratedFind() => State.Find("india") is null ? 0 : 1;

    /// <summary>
    /// An index built at start-up over the generated entries, as an app might do instead of using <c>Find</c>:
    /// every lookup name into a FrozenDictionary (ignore case), then one lookup.
    /// </summary>
    public static int FrozenDictionaryOverGenerated() =>
        LookupQueries.AllNames(StringComparer.OrdinalIgnoreCase).ContainsKey("india") ? 1 : 0;

    /// <summary>
    /// Parsing the YAML at run time: every data/*.yaml file loaded into a YamlDotNet RepresentationModel tree
    /// (what any run-time reader must do at least), then the members counted from states.yaml's tree.
    /// </summary>
    public static int YamlRepresentationModel()
    {
        var members = -1;
        foreach (var file in RepoPaths.DataFiles())
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                stream.Load(reader);
            }

            if (Path.GetFileName(file) == "states.yaml")
            {
                members = CountMembers(stream);
            }
        }

        return members;
    }

    /// <summary>
    /// Deserialising at run time: states.yaml into simple typed DTOs and every other file into dictionaries,
    /// with YamlDotNet's reflection-based deserializer, then the members counted from the DTOs.
    /// </summary>
    public static int YamlDeserializer()
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        var members = -1;
        foreach (var file in RepoPaths.DataFiles())
        {
            using var reader = File.OpenText(file);
            if (Path.GetFileName(file) == "states.yaml")
            {
                var states = deserializer.Deserialize<List<StateDto>>(reader);
                members = states.Count(s => s.Statuses.Any(p => p.Status == "member" && Covers(p.From, p.To)));
            }
            else
            {
                _ = deserializer.Deserialize<List<Dictionary<string, object>>>(reader);
            }
        }

        return members;
    }

    private static int CountMembers(YamlStream stream)
    {
        var count = 0;
        var statusKey = new YamlScalarNode("statuses");
        foreach (var entry in ((YamlSequenceNode)stream.Documents[0].RootNode).Children)
        {
            if (((YamlMappingNode)entry).Children.TryGetValue(statusKey, out var statuses))
            {
                foreach (var period in ((YamlSequenceNode)statuses).Children)
                {
                    var fields = ((YamlMappingNode)period).Children;
                    var status = ((YamlScalarNode)fields[new YamlScalarNode("status")]).Value;
                    var from = ((YamlScalarNode)fields[new YamlScalarNode("from")]).Value;
                    var to = fields.TryGetValue(new YamlScalarNode("to"), out var end) ? ((YamlScalarNode)end).Value : null;
                    if (status == "member" && Covers(from, to))
                    {
                        count++;
                        break;
                    }
                }
            }
        }

        return count;
    }

    private static bool Covers(string? from, string? to) =>
        from is not null && Parse(from) <= Date && (to is null || Date < Parse(to));

    private static DateOnly Parse(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The fields of a state that the query needs; the others are ignored.</summary>
    public sealed class StateDto
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string? OfficialName { get; set; }

        public string Iso2 { get; set; } = "";

        public List<string> Aliases { get; set; } = [];

        public string Region { get; set; } = "";

        public List<StatusDto> Statuses { get; set; } = [];

        public List<string> Sources { get; set; } = [];
    }

    public sealed class StatusDto
    {
        public string Status { get; set; } = "";

        public string? From { get; set; }

        public string? To { get; set; }
    }
}
