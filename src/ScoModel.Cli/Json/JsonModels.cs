namespace ScoModel.Cli.Json;

// The shapes of the JSON output: one small record per entity kind, with references as keys, enums in
// kebab-case and dates as yyyy-MM-dd. Every property is always written: an unknown value is null and
// an empty list is []. The commands map entities to these (see each kind's ToJson).

/// <summary>A state; <see cref="Status"/> is its status on the day asked about (the dataset's as-of date by default).</summary>
internal sealed record StateJson(
    string Id,
    string Name,
    string? OfficialName,
    string Iso2,
    string[] Aliases,
    string Region,
    string? Status,
    StatusPeriodJson[] Statuses,
    string? Note,
    string[] Sources);

/// <summary>A period of a state's status; <see cref="To"/> is exclusive and null while it lasts.</summary>
internal sealed record StatusPeriodJson(string Status, DateOnly From, DateOnly? To, string? Note, string[] Sources);

internal sealed record BodyJson(
    string Id,
    string Name,
    string? Acronym,
    string Kind,
    string? SeatCity,
    string? SeatState,
    DateOnly? Established,
    string? Summary,
    string? Note,
    string[] Sources);

internal sealed record PersonJson(string Id, string Name, string[] Aliases, string State, TenureJson[] Tenures, string? Note, string[] Sources);

/// <summary>A period in office; <see cref="To"/> is exclusive and null while it lasts.</summary>
internal sealed record TenureJson(string Role, string State, DateOnly From, DateOnly? To, string? Title, string? Note);

internal sealed record MeetingJson(
    string Id,
    string Name,
    string Kind,
    DateOnly Start,
    DateOnly? End,
    string? Host,
    string? City,
    string? Format,
    string? Chair,
    AttendanceJson[] Attendance,
    string[] Outcomes,
    string[] Themes,
    string? Note,
    string[] Sources);

internal sealed record AttendanceJson(string State, string? Person, string? Role, bool Guest, string? Note);

internal sealed record ExerciseJson(
    string Id,
    string Name,
    string? Series,
    string Framework,
    int Year,
    DateOnly? Start,
    DateOnly? End,
    string? Host,
    string? Location,
    string[] Participants,
    string[] Themes,
    string? Note,
    string[] Sources);

internal sealed record InitiativeJson(
    string Id,
    string Name,
    string Kind,
    string Status,
    DateOnly? Established,
    string? Body,
    string? Summary,
    string[] Themes,
    string? Note,
    string[] Sources);

internal sealed record ProposalJson(
    string Id,
    string Title,
    string Summary,
    string? Proposer,
    string State,
    string? Meeting,
    DateOnly? Date,
    string[] Themes,
    string? Initiative,
    string Status,
    string? Note,
    string[] Sources);

internal sealed record BilateralJson(
    string Id,
    DateOnly? Date,
    string? Meeting,
    string[] States,
    string[] People,
    string[] Themes,
    string Summary,
    string? Note,
    string[] Sources);

internal sealed record StatementJson(
    string Id,
    string Person,
    string? Meeting,
    DateOnly? Date,
    string[] Themes,
    string Summary,
    string? Quote,
    string? Note,
    string[] Sources);

internal sealed record ThemeJson(string Id, string Name, string? Description, string[] Sources);

internal sealed record SourceJson(string Id, string Title, string Publisher, string? Url, DateOnly? Published, string Reliability, string? Note);

/// <summary>An entity related to the one <c>show</c> prints: enough to recognise it and to <c>show</c> it in turn.</summary>
internal sealed record RelatedJson(string Entity, string Id, string Label, DateOnly? Date);

internal sealed record AboutJson(string Id, string Title, DateOnly AsOf, string? Description, CountsJson Counts);

internal sealed record CountsJson(
    int States,
    int Bodies,
    int People,
    int Meetings,
    int Exercises,
    int Initiatives,
    int Proposals,
    int Bilaterals,
    int Statements,
    int Themes,
    int Sources);

/// <summary>One year of <c>sco coverage</c>: the keys of what the dataset records that year, and the gaps it shows.</summary>
internal sealed record CoverageYearJson(int Year, string[] Summits, string[] DefenceMinistersMeetings, string[] OtherMeetings, string[] Exercises, string[] Gaps);
