namespace ScoModel.Tests.Data;

/// <summary>
/// Everything the seed article names is in the dataset. The article is undated and unofficial,
/// so the entries taken from it cite it (as an unverified source) rather than rest on it silently.
/// </summary>
public sealed class SeedArticleChecklistTests
{
    public static TheoryData<string> Proposals =>
    [
        "regular-joint-exercises-framework",      // the three collaborative initiatives
        "intelligence-sharing-mechanism-proposal",
        "joint-hadr-operations",
        "five-point-counter-terrorism-agenda",
        "cybersecurity-task-force",
        "collaborative-maritime-patrols",
        "defence-technology-rnd-collaboration",
        "joint-defence-production",
        "women-in-defence",
        "collective-defence-framework",
        "joint-operational-centres",
        "specialised-rapid-response-task-forces",
    ];

    public static TheoryData<string> Bilaterals =>
    [
        "ind-rus-singh-shoigu-article",
        "ind-chn-singh-article",
        "ind-central-asia-singh-article",
    ];

    /// <summary>The ten future defence trends, and the other topics the article discusses.</summary>
    public static TheoryData<string> Themes =>
    [
        "defence-technology", "cybersecurity", "regional-security-alliances", "counter-terrorism", "defence-budgets",
        "defence-industry", "space-security", "hybrid-warfare", "sustainable-defence", "women-in-defence",
        "maritime-security", "hadr", "economic-security", "environmental-security", "radicalisation-extremism",
        "connectivity", "digital-diplomacy", "sustainable-development", "inclusivity", "intelligence-sharing",
        "military-cooperation", "border-security", "confidence-building", "non-traditional-threats",
    ];

    public static TheoryData<string> Initiatives =>
    [
        "intelligence-sharing-mechanism",
        "sco-hadr-framework",
        "rats-information-sharing",
        "make-in-india",
        "instc",
        "peace-mission-series",
    ];

    [Theory]
    [MemberData(nameof(Proposals))]
    public void Each_proposal_the_article_names_is_present_and_cites_it(string id)
    {
        Assert.True(Proposal.TryGet(id, out var proposal), $"proposal '{id}' is missing");
        Assert.Contains(Source.SeedArticle, proposal.Sources);
        Assert.Same(Person.Find("rajnath-singh"), proposal.Proposer);
    }

    [Theory]
    [MemberData(nameof(Bilaterals))]
    public void Each_bilateral_engagement_the_article_names_is_present_and_cites_it(string id)
    {
        Assert.True(Bilateral.TryGet(id, out var bilateral), $"bilateral '{id}' is missing");
        Assert.Contains(Source.SeedArticle, bilateral.Sources);
        Assert.Contains(State.India, bilateral.States);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Each_theme_the_article_names_is_present(string id)
    {
        Assert.True(Theme.TryGet(id, out _), $"theme '{id}' is missing");
    }

    [Theory]
    [MemberData(nameof(Initiatives))]
    public void Each_initiative_the_article_names_is_present(string id)
    {
        Assert.True(Initiative.TryGet(id, out _), $"initiative '{id}' is missing");
    }

    [Fact]
    public void The_article_names_Singh_Shoigu_RATS_Peace_Mission_and_INDRA()
    {
        Assert.NotNull(Person.Find("Rajnath Singh"));
        Assert.NotNull(Person.Find("Sergey Shoigu"));
        Assert.NotNull(Body.Find("RATS"));
        Assert.Contains(Exercise.All, e => e.Series == "Peace Mission");
        Assert.Contains(Exercise.All, e => e.Series == "INDRA");
    }

    [Fact]
    public void The_highlights_of_the_address_are_statements_that_cite_the_article()
    {
        var fromArticle = Statement.All.Where(s => s.Sources.Contains(Source.SeedArticle)).ToArray();
        Assert.True(fromArticle.Length >= 10, $"only {fromArticle.Length} statements cite the article");
        Assert.Contains(fromArticle, s => s.Quote?.Contains("terrorism", StringComparison.OrdinalIgnoreCase) == true);
        Assert.All(fromArticle, s => Assert.Same(Person.Find("rajnath-singh"), s.Person));
    }

    [Fact]
    public void The_articles_claim_of_eight_members_is_not_the_datasets_answer()
    {
        Assert.Equal(10, Sco.MembersOn(Sco.AsOf).Count);
        Assert.NotNull(Source.SeedArticle.Note);
    }
}
