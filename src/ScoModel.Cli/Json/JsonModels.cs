namespace ScoModel.Cli.Json;

// The shapes of the JSON output that are not one entity kind's (those are built in each kind's file under Kinds/):
// references as keys, enums in kebab-case and dates as yyyy-MM-dd. Every property is always written: an unknown
// value is null and an empty list is [].

/// <summary>An entity related to the one <c>show</c> prints: enough to recognise it and to <c>show</c> it in turn.</summary>
internal sealed record RelatedJson(string Entity, string Id, string Label, DateOnly? Date);

/// <summary><c>sco about</c>: the dataset, and how many entries of each kind it holds, by list command name.</summary>
internal sealed record AboutJson(string Id, string Title, DateOnly AsOf, string? Description, Dictionary<string, int> Counts);

/// <summary>One year of <c>sco coverage</c>: the keys of what the dataset records that year, and the gaps it shows.</summary>
internal sealed record CoverageYearJson(int Year, string[] Summits, string[] DefenceMinistersMeetings, string[] OtherMeetings, string[] Exercises, string[] Gaps);
