namespace ScoModel;

/// <summary>A status a state can hold in the SCO. In YAML: <c>member</c>, <c>observer</c>, <c>dialogue-partner</c>, <c>partner</c>.</summary>
public enum ScoStatus
{
    /// <summary>A full member state.</summary>
    Member,

    /// <summary>An observer state (a status the SCO later folded into <see cref="Partner"/>).</summary>
    Observer,

    /// <summary>A dialogue partner (a status the SCO later folded into <see cref="Partner"/>).</summary>
    DialoguePartner,

    /// <summary>An "SCO partner", the single status that replaced observer and dialogue partner.</summary>
    Partner,
}

/// <summary>The region a state is usually grouped in.</summary>
public enum Region
{
    /// <summary>Central Asia.</summary>
    CentralAsia,

    /// <summary>East Asia.</summary>
    EastAsia,

    /// <summary>South Asia.</summary>
    SouthAsia,

    /// <summary>South-East Asia.</summary>
    SoutheastAsia,

    /// <summary>West Asia and the Middle East.</summary>
    WestAsia,

    /// <summary>The South Caucasus.</summary>
    Caucasus,

    /// <summary>Europe.</summary>
    Europe,

    /// <summary>North Africa.</summary>
    NorthAfrica,
}

/// <summary>What kind of SCO body an entry is.</summary>
public enum BodyKind
{
    /// <summary>A council of heads of state, heads of government or ministers.</summary>
    Council,

    /// <summary>A regular meeting format of ministers or officials, below the councils.</summary>
    MeetingFormat,

    /// <summary>A permanent body with a seat and staff, such as the Secretariat or RATS.</summary>
    PermanentBody,

    /// <summary>A working group, forum or other subsidiary mechanism.</summary>
    Mechanism,
}

/// <summary>A role a person holds for a state or for the SCO.</summary>
public enum Role
{
    /// <summary>Minister of defence (or its equivalent title).</summary>
    DefenceMinister,

    /// <summary>Head of state.</summary>
    HeadOfState,

    /// <summary>Head of government.</summary>
    HeadOfGovernment,

    /// <summary>Minister of foreign affairs.</summary>
    ForeignMinister,

    /// <summary>A deputy or vice minister of defence.</summary>
    DeputyDefenceMinister,

    /// <summary>Chief of the general staff or of the defence staff.</summary>
    ChiefOfStaff,

    /// <summary>Secretary-General of the SCO.</summary>
    SecretaryGeneral,

    /// <summary>Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure.</summary>
    RatsDirector,

    /// <summary>An ambassador or other diplomat.</summary>
    Diplomat,

    /// <summary>Any other official role; the entry's note says which.</summary>
    Other,
}

/// <summary>The kind of an SCO meeting.</summary>
public enum MeetingKind
{
    /// <summary>A meeting of the ministers of defence.</summary>
    DefenceMinisters,

    /// <summary>A meeting of the Council of Heads of State (a summit).</summary>
    HeadsOfState,

    /// <summary>A meeting of the Council of Heads of Government.</summary>
    HeadsOfGovernment,

    /// <summary>A meeting of the Council of Ministers of Foreign Affairs.</summary>
    ForeignMinisters,

    /// <summary>A meeting of the secretaries of security councils.</summary>
    SecurityCouncilSecretaries,

    /// <summary>Any other meeting; the entry's note says which.</summary>
    Other,
}

/// <summary>How a meeting was held.</summary>
public enum MeetingFormat
{
    /// <summary>Everyone in one place.</summary>
    InPerson,

    /// <summary>By video link only.</summary>
    Virtual,

    /// <summary>Some in person, some by video link.</summary>
    Hybrid,
}

/// <summary>Under whose banner an exercise was held.</summary>
public enum ExerciseFramework
{
    /// <summary>An exercise held under the SCO (its members' armed forces, or RATS).</summary>
    Sco,

    /// <summary>An exercise between two states, outside the SCO.</summary>
    Bilateral,

    /// <summary>An exercise of several states, outside the SCO.</summary>
    Multilateral,
}

/// <summary>What kind of thing an initiative is.</summary>
public enum InitiativeKind
{
    /// <summary>A standing mechanism: a channel, a centre, a task force.</summary>
    Mechanism,

    /// <summary>A framework of rules or procedures.</summary>
    Framework,

    /// <summary>A treaty, agreement or convention.</summary>
    Agreement,

    /// <summary>A series of events, such as exercises.</summary>
    Programme,

    /// <summary>A national policy presented at the SCO.</summary>
    NationalPolicy,
}

/// <summary>How far an initiative or proposal has come.</summary>
public enum Progress
{
    /// <summary>Proposed; no decision known.</summary>
    Proposed,

    /// <summary>Under discussion or study.</summary>
    UnderDiscussion,

    /// <summary>Agreed or adopted by a decision.</summary>
    Adopted,

    /// <summary>In operation.</summary>
    Operational,

    /// <summary>Ended or abandoned.</summary>
    Discontinued,

    /// <summary>Not known from the sources.</summary>
    Unknown,
}

/// <summary>How far a source can be trusted.</summary>
public enum Reliability
{
    /// <summary>The SCO or a government publishing its own decisions or statements.</summary>
    Official,

    /// <summary>A news agency or newspaper reporting the event.</summary>
    Press,

    /// <summary>A reference work or analysis relying on other sources.</summary>
    Secondary,

    /// <summary>An undated, unattributed or otherwise unverifiable source.</summary>
    Unverified,
}
