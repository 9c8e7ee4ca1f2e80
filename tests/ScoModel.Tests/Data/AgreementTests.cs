namespace ScoModel.Tests.Data;

/// <summary>The legal milestones: agreements with their parties and dates, consistent with the states' statuses.</summary>
public sealed class AgreementTests
{
    private static readonly DateOnly Founding = new(2001, 6, 15);

    [Fact]
    public void The_founding_documents_are_recorded_with_their_dates()
    {
        var charter = Initiative.Find("sco-charter-2002");

        Assert.NotNull(charter);
        Assert.Equal((new DateOnly(2002, 6, 7), new DateOnly(2003, 9, 19)), (charter.Established, charter.InForce));
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], charter.Parties.Select(p => p.Id).Order());
        Assert.Equal(new DateOnly(1996, 4, 26), Initiative.Find("border-confidence-agreement-1996")?.Established);
        Assert.Equal(new DateOnly(1997, 4, 24), Initiative.Find("border-forces-reduction-agreement-1997")?.Established);
    }

    [Fact]
    public void Every_party_to_an_SCO_agreement_was_a_member_on_the_day_it_signed()
    {
        var signed = Initiative.All.Where(i => i.Kind == InitiativeKind.Agreement && i.Established >= Founding && !i.Parties.IsDefaultOrEmpty);

        Assert.NotEmpty(signed);
        Assert.All(signed, agreement => Assert.All(agreement.Parties, party =>
            Assert.True(party.StatusOn(agreement.Established!.Value) == ScoStatus.Member, $"{party.Id} was not a member when {agreement.Id} was signed")));
    }

    [Fact]
    public void Parties_are_only_given_for_agreements()
    {
        Assert.All(Initiative.All.Where(i => !i.Parties.IsDefaultOrEmpty), i => Assert.Equal(InitiativeKind.Agreement, i.Kind));
    }
}
