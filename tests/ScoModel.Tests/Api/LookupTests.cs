using System.Collections.Frozen;
using System.Globalization;

namespace ScoModel.Tests.Api;

public sealed class LookupTests
{
    [Fact]
    public void Named_accessors_return_the_entries_with_those_keys()
    {
        Assert.Equal("IND", State.India.Id);
        Assert.Equal("India", State.India.Name);
        Assert.Equal("IN", State.India.Iso2);
        Assert.Equal("RUS", State.Russia.Id);
        Assert.Same(State.India, State.All.Single(s => s.Id == "IND"));
    }

    [Fact]
    public void TryGet_is_exact_and_case_sensitive()
    {
        Assert.True(State.TryGet("IND", out var india));
        Assert.Same(State.India, india);
        Assert.False(State.TryGet("ind", out _));
        Assert.False(State.TryGet("India", out _));
        Assert.False(State.TryGet(null, out _));
        Assert.False(State.TryGet(string.Empty, out _));
    }

    [Fact]
    public void TryGet_finds_every_key_of_every_kind()
    {
        foreach (var entity in Sco.AllEntities)
        {
            var found = entity switch
            {
                State s => State.TryGet(new string(s.Id.AsSpan()), out var x) ? x : null,
                Person p => Person.TryGet(new string(p.Id.AsSpan()), out var x) ? x : null,
                Meeting m => Meeting.TryGet(new string(m.Id.AsSpan()), out var x) ? x : null,
                Exercise e => Exercise.TryGet(new string(e.Id.AsSpan()), out var x) ? x : null,
                Source s => Source.TryGet(new string(s.Id.AsSpan()), out var x) ? x : null,
                Theme t => Theme.TryGet(new string(t.Id.AsSpan()), out var x) ? x : (IEntity?)null,
                _ => entity,
            };
            Assert.Same(entity, found);
        }
    }

    [Fact]
    public void Find_accepts_names_codes_and_aliases_ignoring_case()
    {
        Assert.Same(State.India, State.Find("india"));
        Assert.Same(State.India, State.Find("IN"));
        Assert.Same(State.India, State.Find("ind"));
        Assert.Same(State.Kyrgyzstan, State.Find("kyrgyz republic"));
        Assert.Null(State.Find("Atlantis"));
        Assert.Null(State.Find(string.Empty));
        Assert.Null(State.Find((string?)null));
    }

    [Fact]
    public void Find_agrees_with_a_reference_dictionary_for_every_identifier_in_several_case_variants()
    {
        var reference = new Dictionary<string, State>(StringComparer.OrdinalIgnoreCase);
        foreach (var state in State.All)
        {
            foreach (var identifier in IdentifiersOf(state))
            {
                reference.TryAdd(identifier, state);
            }
        }

        Assert.NotEmpty(reference);
        foreach (var (identifier, expected) in reference)
        {
            foreach (var variant in CaseVariants(identifier))
            {
                Assert.Same(expected, State.Find(variant));
            }
        }
    }

    [Fact]
    public void Find_misses_agree_with_a_reference_dictionary()
    {
        var reference = State.All.SelectMany(s => IdentifiersOf(s).Select(i => (i, s)))
            .DistinctBy(p => p.i, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.i, p => p.s, StringComparer.OrdinalIgnoreCase);
        var random = new Random(20260627);
        var probes = new List<string>();
        foreach (var identifier in reference.Keys)
        {
            // Near misses: one character changed, one dropped, one added.
            var chars = identifier.ToCharArray();
            chars[random.Next(chars.Length)] = (char)random.Next('a', 'z' + 1);
            probes.Add(new string(chars));
            probes.Add(identifier[1..]);
            probes.Add(identifier + "x");
        }

        for (var i = 0; i < 500; i++)
        {
            probes.Add(new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next(32, 0x250)).ToArray()));
        }

        foreach (var probe in probes)
        {
            Assert.Same(reference.GetValueOrDefault(probe), State.Find(probe));
        }
    }

    [Fact]
    public void Find_on_other_kinds_accepts_keys_and_names()
    {
        var singh = Assert.IsType<Person>(Person.Find("Rajnath Singh"));
        Assert.Equal("rajnath-singh", singh.Id);
        Assert.Same(singh, Person.Find("RAJNATH-SINGH"));
        Assert.Same(Body.Find("rats"), Body.Find("RATS"));
        Assert.NotNull(Body.Find("rats"));
    }

    [Fact]
    public void Sco_Find_searches_every_kind()
    {
        Assert.Same(State.India, Sco.Find("india"));
        Assert.IsType<Person>(Sco.Find("rajnath-singh"));
        Assert.IsType<Source>(Sco.Find("seed-article"));
        Assert.Null(Sco.Find("no-such-entity-anywhere"));
        foreach (var entity in Sco.AllEntities)
        {
            Assert.NotNull(Sco.Find(entity.Id));
        }
    }

    private static IEnumerable<string> IdentifiersOf(State state)
    {
        yield return state.Id;
        yield return state.Name;
        yield return state.Iso2;
        if (state.OfficialName is { } official)
        {
            yield return official;
        }

        foreach (var alias in state.Aliases)
        {
            yield return alias;
        }
    }

    private static IEnumerable<string> CaseVariants(string identifier)
    {
        yield return new string(identifier.AsSpan());
        yield return identifier.ToUpperInvariant();
        yield return identifier.ToLowerInvariant();
        yield return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(identifier.ToLowerInvariant());
        yield return new string(identifier.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)).ToArray());
    }

    [Fact]
    public void A_record_built_by_hand_with_the_same_data_equals_the_generated_entry()
    {
        var theme = Theme.All[^1]; // not the first: a stored position of 0 would match a fresh record's default

        var copy = new Theme { Id = theme.Id, Name = theme.Name, Description = theme.Description, Sources = theme.Sources };

        Assert.Equal(theme, copy);
        Assert.Equal(theme.GetHashCode(), copy.GetHashCode());
        Assert.Same(theme, Theme.Find(copy.Id));
    }
}
