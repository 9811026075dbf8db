using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Realisation;
using HojeTaastrup.Admin.Domain.Savings;
using static HojeTaastrup.Admin.Domain.Tests.Realisation.NyNy2017;

namespace HojeTaastrup.Admin.Domain.Tests.Realisation;

public sealed class ProposalRealisationTests
{
    private readonly SavingsProgramme _programme = Programme();

    [Fact]
    public void LockBaseline_BeforeAdoption_IsRefused()
    {
        var proposal = Proposal(_programme, "A", SavingsStatus.InHearing, YearAmount.Known(2017, Mio(3)));

        var refused = Assert.Throws<DomainException>(() => ProposalRealisation.LockBaseline(proposal, Adopted, "økonomi"));

        Assert.Equal(RealisationRefusals.NotAdoptedCode, refused.Code);
    }

    [Fact]
    public void LockBaseline_Adopted_KeepsTheAdoptedAmounts_WhenTheProposalIsEditedLater()
    {
        var proposal = Proposal(_programme, "A", SavingsStatus.Adopted, YearAmount.Known(2017, Mio(3)), YearAmount.Unknown(2020));
        var plan = ProposalRealisation.LockBaseline(proposal, Adopted, "økonomi");

        var content = proposal.Content;
        proposal.Edit(
            _programme,
            new ProposalContent(content.Number, content.Title, content.Description, content.OwnerCentreCode, content.OwnerCentreName, null, content.Category, null, [YearAmount.Known(2017, Mio(2.2m))], []),
            "Nyt skøn",
            Adopted.AddDays(3),
            "direktør");

        Assert.Equal(Mio(3), plan.PlannedIn(2017));
        Assert.Null(plan.PlannedIn(2020));
        Assert.Equal([2017, 2020], plan.Planned.Select(p => p.Year));
        Assert.Empty(plan.Rebaselines);
    }

    [Fact]
    public void Rebaseline_WithoutReason_IsRefused()
    {
        var plan = Plan(YearAmount.Known(2017, Mio(3)));

        var refused = Assert.Throws<DomainException>(() => plan.Rebaseline(2017, Mio(2.2m), " ", Adopted, "økonomi"));

        Assert.Equal(RealisationRefusals.ReasonRequiredCode, refused.Code);
        Assert.Equal(Mio(3), plan.PlannedIn(2017));
    }

    [Fact]
    public void Rebaseline_WithReason_MovesThePlan_AndKeepsWhatItWas()
    {
        var plan = Plan(YearAmount.Known(2017, Mio(3)));
        var at = new DateTimeOffset(2017, 3, 12, 9, 0, 0, TimeSpan.Zero);

        plan.Rebaseline(2017, Mio(2.2m), "Fusionen af to teams blev udskudt", at, "økonomi");

        Assert.Equal(Mio(2.2m), plan.PlannedIn(2017));
        var moved = Assert.Single(plan.Rebaselines);
        Assert.Equal(new Rebaseline(2017, Mio(3), Mio(2.2m), at, "økonomi", "Fusionen af to teams blev udskudt"), moved);
    }

    [Fact]
    public void Rebaseline_ToTheSameAmount_IsRefused()
    {
        var plan = Plan(YearAmount.Known(2017, Mio(3)));

        var refused = Assert.Throws<DomainException>(() => plan.Rebaseline(2017, Mio(3), "Ingen ændring", Adopted, "økonomi"));

        Assert.Equal(RealisationRefusals.SamePlanCode, refused.Code);
    }

    [Fact]
    public void Entry_Negative_IsRefused_UnlessItIsACorrection()
    {
        var refused = Assert.Throws<DomainException>(() => Entry(-100_000, correction: false));
        var correction = Entry(-100_000, correction: true);

        Assert.Equal(RealisationRefusals.NegativeCode, refused.Code);
        Assert.Equal(-100_000, correction.Amount.Kroner);
    }

    [Fact]
    public void ImportKey_SameRowTwice_IsTheSame_AndTheSecondOccurrenceDiffers()
    {
        var first = RealisationImportKey.Of("a", 2017, Mio(1), new DateOnly(2017, 6, 30), "Løn juni ", 1);
        var again = RealisationImportKey.Of("A", 2017, Mio(1), new DateOnly(2017, 6, 30), "Løn juni", 1);
        var second = RealisationImportKey.Of("A", 2017, Mio(1), new DateOnly(2017, 6, 30), "Løn juni", 2);

        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.Equal(RealisationEntry.MaxImportKeyLength, first.Length);
    }

    [Fact]
    public void Disburse_MoreThanRemains_IsRefused()
    {
        var fund = new InvestmentFund(_programme.Id, "Investeringspuljen", [new(2015, Mio(5)), new(2016, Mio(5)), new(2017, Mio(5))]);
        fund.Disburse(new Disbursement("Fibernet", new DateOnly(2016, 1, 15), Mio(6), Mio(0.57m), null));
        fund.Disburse(new Disbursement("iPads i hjemmeplejen", new DateOnly(2016, 6, 20), Mio(1.06m), Mio(1.2m), null));

        var refused = Assert.Throws<DomainException>(() => fund.Disburse(new Disbursement("For meget", new DateOnly(2017, 1, 1), Mio(8), Money.Zero, null)));

        Assert.Equal(Mio(15), fund.Granted);
        Assert.Equal(Mio(7.94m), fund.Remaining);
        Assert.Equal(Mio(1.77m), fund.YearlyEffect);
        Assert.Equal(RealisationRefusals.OverDisbursedCode, refused.Code);
    }

    private ProposalRealisation Plan(params YearAmount[] amounts) =>
        ProposalRealisation.LockBaseline(Proposal(_programme, "A", SavingsStatus.Adopted, amounts), Adopted, "økonomi");

    private RealisationEntry Entry(long kroner, bool correction) =>
        new(_programme.Id, Guid.NewGuid(), 2017, Money.FromKroner(kroner), new DateOnly(2017, 6, 30), null, RealisationSource.Manual, correction, Adopted, "økonomi");
}
