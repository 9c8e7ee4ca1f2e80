using System.Globalization;
using System.Runtime.CompilerServices;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ScoModel.Benchmarks;

/// <summary>
/// The first question a process asks, one probe per public query (<see cref="Names"/>), and the YAML baselines: every
/// data/*.yaml loaded with YamlDotNet at run time ("how many members did the SCO have on <see cref="Date"/>?").
/// <see cref="ColdProbe"/> runs one of them in a fresh process.
/// </summary>
internal static class FirstQuery
{
    public static readonly DateOnly Date = new(2025, 1, 1);

    /// <summary>Every probe: "nothing", the two YAML baselines, then one per public query of the generated API and of <see cref="Sco"/>.</summary>
    public static readonly string[] Names =
    [
        "nothing", "yaml-stream", "yaml-deserializer",
        "State.India", "State.All", "State.Find", "State.TryGet", "Source.All", "Exercise.WithParticipant",
        "Sco.Dataset", "Sco.AsOf", "Sco.MembersOn", "Sco.ObserversOn", "Sco.DialoguePartnersOn", "Sco.PartnersOn",
        "Sco.StatesWith", "Sco.DefenceMinisterOf", "Sco.MeetingsOf(State)", "Sco.MeetingsOf(Person)", "Sco.MeetingsIn",
        "Sco.ExercisesOf", "Sco.ExercisesIn", "Sco.ProposalsOf", "Sco.ProposalsBy", "Sco.ProposalsIn", "Sco.OnTheme",
        "Sco.Find", "Sco.AllEntities",
    ];

    /// <summary>
    /// The first call of <paramref name="name"/>: each case is its own method, so that only what the query needs is
    /// JIT-compiled. Every case returns a positive number when the answer is plausible.
    /// </summary>
    public static int Run(string name) => name switch
    {
        "nothing" => 1,
        "yaml-stream" => YamlRepresentationModel(),
        "yaml-deserializer" => YamlDeserializer(),
        "State.India" => StateIndia(),
        "State.All" => StateAll(),
        "State.Find" => StateFind(),
        "State.TryGet" => StateTryGet(),
        "Source.All" => SourceAll(),
        "Exercise.WithParticipant" => ExerciseWithParticipant(),
        "Sco.Dataset" => ScoDataset(),
        "Sco.AsOf" => ScoAsOf(),
        "Sco.MembersOn" => Generated(),
        "Sco.ObserversOn" => ScoObserversOn(),
        "Sco.DialoguePartnersOn" => ScoDialoguePartnersOn(),
        "Sco.PartnersOn" => ScoPartnersOn(),
        "Sco.StatesWith" => ScoStatesWith(),
        "Sco.DefenceMinisterOf" => ScoDefenceMinisterOf(),
        "Sco.MeetingsOf(State)" => ScoMeetingsOfState(),
        "Sco.MeetingsOf(Person)" => ScoMeetingsOfPerson(),
        "Sco.MeetingsIn" => ScoMeetingsIn(),
        "Sco.ExercisesOf" => ScoExercisesOf(),
        "Sco.ExercisesIn" => ScoExercisesIn(),
        "Sco.ProposalsOf" => ScoProposalsOf(),
        "Sco.ProposalsBy" => ScoProposalsBy(),
        "Sco.ProposalsIn" => ScoProposalsIn(),
        "Sco.OnTheme" => ScoOnTheme(),
        "Sco.Find" => ScoFind(),
        "Sco.AllEntities" => ScoAllEntities(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown probe"),
    };

    /// <summary>The members on <see cref="Date"/>: the first touch runs the static initialisers of State and the status timeline.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static int Generated() => Sco.MembersOn(Date).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StateIndia() => State.India.Id.Length;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StateAll() => State.All.Length;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StateFind() => State.Find("india") is null ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int StateTryGet() => State.TryGet("IND", out var state) && state is not null ? 1 : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SourceAll() => Source.All.Length;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ExerciseWithParticipant() => Exercise.WithParticipant(State.India).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoDataset() => Sco.Dataset is null ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoAsOf() => Sco.AsOf.Year;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoObserversOn() => Sco.ObserversOn(new DateOnly(2015, 1, 1)).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoDialoguePartnersOn() => Sco.DialoguePartnersOn(Date).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoPartnersOn() => Sco.PartnersOn(Date).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoStatesWith() => Sco.StatesWith(ScoStatus.Member, Date).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoDefenceMinisterOf() => Sco.DefenceMinisterOf(State.India, Date) is null ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoMeetingsOfState() => Sco.MeetingsOf(State.India).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoMeetingsOfPerson() => Sco.MeetingsOf(Person.RajnathSingh).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoMeetingsIn() => Sco.MeetingsIn(2024).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoExercisesOf() => Sco.ExercisesOf(State.India).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoExercisesIn() => Sco.ExercisesIn(2024).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoProposalsOf() => Sco.ProposalsOf(State.India).Count + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoProposalsBy() => Sco.ProposalsBy(Person.RajnathSingh).Count + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoProposalsIn() => Sco.ProposalsIn(2024).Count + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoOnTheme() => Sco.OnTheme(Theme.CounterTerrorism).Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoFind() => Sco.Find("india") is null ? 0 : 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ScoAllEntities() => Sco.AllEntities.Count();

    /// <summary>
    /// Parsing the YAML at run time: every data/*.yaml file loaded into a YamlDotNet RepresentationModel tree
    /// (what any run-time reader must do at least), then the members counted from states.yaml's tree.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
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
    [MethodImpl(MethodImplOptions.NoInlining)]
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
