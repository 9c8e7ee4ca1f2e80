using Microsoft.CodeAnalysis;

namespace ScoModel.Generators.Tests;

/// <summary>
/// A small schema that uses every feature of the generator once: a key, lookup names, an enum,
/// dates, nullables, numbers, a nested record list, references to a second entity, reverse indexes,
/// constraints and a recommended field; and a valid dataset for it in two YAML files.
/// Tests change one thing in the YAML and look at what the generator says.
/// </summary>
internal static class Fixture
{
    public const string SchemaPath = "/proj/Model.cs";
    public const string CountriesPath = "/proj/data/countries.yaml";
    public const string ProjectsPath = "/proj/data/projects.yaml";

    public const string Schema = """
        using System;
        using System.Collections.Immutable;
        using ScoModel.Generators;

        namespace Fixture;

        /// <summary>How far a project has got.</summary>
        public enum ProjectStatus
        {
            /// <summary>Under way.</summary>
            Active,

            /// <summary>Paused.</summary>
            OnHold,

            /// <summary>Finished.</summary>
            Closed,
        }

        /// <summary>A country.</summary>
        [DataEntity("countries.yaml", AccessorFrom = nameof(Name))]
        public sealed partial record Country
        {
            /// <summary>The ISO alpha-3 code; the key.</summary>
            [EntityKey, Lookup, Pattern("^[A-Z]{3}$")]
            public required string Code { get; init; }

            /// <summary>The short name, which names the accessor.</summary>
            [Lookup]
            public required string Name { get; init; }

            /// <summary>Other names.</summary>
            [Lookup]
            public ImmutableArray<string> Aliases { get; init; }

            /// <summary>When it joined, where known.</summary>
            public DateOnly? Joined { get; init; }

            /// <summary>Its area in square kilometres.</summary>
            [ValueRange(0, 20000000)]
            public double? Area { get; init; }
        }

        /// <summary>A project run by countries.</summary>
        [DataEntity("projects.yaml")]
        public sealed partial record Project
        {
            /// <summary>The kebab-case key.</summary>
            [EntityKey, Lookup, Pattern("^[a-z0-9]+(-[a-z0-9]+)*$")]
            public required string Id { get; init; }

            /// <summary>The title.</summary>
            [Lookup]
            public required string Title { get; init; }

            /// <summary>How far it has got.</summary>
            public required ProjectStatus Status { get; init; }

            /// <summary>The first day.</summary>
            public required DateOnly Start { get; init; }

            /// <summary>The last day, if it has ended.</summary>
            [NotBefore(nameof(Start))]
            public DateOnly? End { get; init; }

            /// <summary>The budget in euros, where known.</summary>
            [ValueRange(0, 1000000)]
            public long? Budget { get; init; }

            /// <summary>Its priority, 1 (highest) to 5.</summary>
            [ValueRange(1, 5)]
            public int Priority { get; init; }

            /// <summary>Whether it is public.</summary>
            public bool Public { get; init; }

            /// <summary>The leading country.</summary>
            [ReverseIndex("LedBy")]
            public required Country Lead { get; init; }

            /// <summary>The countries taking part.</summary>
            [ReverseIndex("WithMember"), NotEmpty]
            public ImmutableArray<Country> Members { get; init; }

            /// <summary>The milestones, in order.</summary>
            public ImmutableArray<Milestone> Milestones { get; init; }

            /// <summary>Anything a reader should know.</summary>
            [Recommended]
            public string? Note { get; init; }
        }

        /// <summary>A milestone of a project.</summary>
        public sealed record Milestone
        {
            /// <summary>What is due.</summary>
            public required string Name { get; init; }

            /// <summary>When it is due.</summary>
            public required DateOnly Due { get; init; }

            /// <summary>Whether it is done.</summary>
            public bool Done { get; init; }

            /// <summary>What it cost, where known.</summary>
            public decimal? Cost { get; init; }
        }
        """;

    public const string Countries = """
        # Countries that lead or join projects.
        - code: FRA
          name: France
          aliases: [French Republic]
          joined: 1995-01-01
          area: 551695.5
        - code: IND
          name: India
          aliases: [Bharat, Republic of India]
        - code: KGZ
          name: Kyrgyzstan
          aliases:
            - Kyrgyz Republic
          joined: 2001-06-15
          area: ~

        """;

    public const string Projects = """
        # Projects and the countries that run them.
        - id: river-survey
          title: River survey
          status: active
          start: 2018-03-01
          end: 2019-12-31
          budget: 1200
          priority: 2
          public: true
          lead: FRA
          members: [FRA, IND]
          milestones:
            - name: Fieldwork
              due: 2018-09-30
              done: true
              cost: 250.75
            - name: Report
              due: 2019-12-01
          note: Funded in two tranches.
        - id: mountain-rescue
          title: 'Mountain rescue: "Peak" drill & <review>'
          status: on-hold
          start: 2020-05-10
          budget: ~
          lead: KGZ
          members: [KGZ, FRA, IND]
          note: Postponed; see the 2021 plan.
        - id: archive-2021
          title: Archive
          status: closed
          start: 2021-01-04
          end: 2021-01-04
          lead: IND
          members:
            - IND
          note: |
            Two lines
            of note.

        """;

    public static SyntaxTree SchemaTree() => TestHelpers.ParseTree(Schema, SchemaPath);

    public static InMemoryAdditionalText CountriesText(string? yaml = null) => new(CountriesPath, yaml ?? Countries);

    public static InMemoryAdditionalText ProjectsText(string? yaml = null) => new(ProjectsPath, yaml ?? Projects);

    /// <summary>Runs the generator over the fixture schema with the given YAML (the valid files by default).</summary>
    public static GeneratorOutput Run(string? countries = null, string? projects = null) =>
        TestHelpers.RunGenerator([SchemaTree()], [CountriesText(countries), ProjectsText(projects)]);
}
