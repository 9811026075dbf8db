using HojeTaastrup.Admin.Web.Components.Pages.Savings;
using HojeTaastrup.Admin.Web.Features.Savings;

namespace HojeTaastrup.Admin.Web.Tests.Savings;

// The proposal form's amount rows and the AmountInput they send, for a programme of 2021–2024:
//
//   2021  none                 → not sent
//   2022  known 3.500.000      → { 2022, 3.500.000, uncertain: no }
//   2023  unknown "xx"         → { 2023, null }
//   2024  uncertain 6 mio. "?" → { 2024, 6.000.000, uncertain: yes }
public class AmountRowTests
{
    private static List<AmountRow> Rows() => AmountRow.For(2021, 2024,
    [
        new AmountInput { Year = 2022, Amount = 3_500_000 },
        new AmountInput { Year = 2023, Amount = null },
        new AmountInput { Year = 2024, Amount = 6_000_000, Uncertain = true },
    ]);

    [Fact]
    public void For_AProposalsAmounts_GivesARowPerYearWithItsKind()
    {
        var rows = Rows();

        Assert.Equal([2021, 2022, 2023, 2024], rows.Select(r => r.Year));
        Assert.Equal([AmountKind.None, AmountKind.Known, AmountKind.Unknown, AmountKind.Uncertain], rows.Select(r => r.Kind));
    }

    [Fact]
    public void Inputs_OfTheRows_SendOnlyTheYearsThatHaveAnAmountOfSomeKind()
    {
        var inputs = AmountRow.Inputs(Rows());

        Assert.Equal([2022, 2023, 2024], inputs.Select(i => i.Year!.Value));
        Assert.Equal([3_500_000L, null, 6_000_000L], inputs.Select(i => i.Amount));
        Assert.Equal([false, false, true], inputs.Select(i => i.Uncertain));
    }

    [Fact]
    public void For_AnAmountOutsideTheProgrammesYears_KeepsItSoTheValidatorCanNameIt()
    {
        var rows = AmountRow.For(2021, 2022, [new AmountInput { Year = 2025, Amount = 1_000_000 }]);

        Assert.Equal([2021, 2022, 2025], rows.Select(r => r.Year));
        Assert.Equal(AmountKind.Known, rows[2].Kind);
    }

    [Fact]
    public void SetKind_UnknownThenKnown_SendsNoAmountThenTheTypedAmountAgain()
    {
        var row = Rows()[1];
        row.Input.Alternative = 5_500_000;

        row.SetKind(AmountKind.Unknown);
        Assert.Null(row.Input.Amount);
        Assert.Null(row.Input.Alternative);
        Assert.False(row.IsMissingAmount);

        row.SetKind(AmountKind.Known);
        Assert.Equal(3_500_000, row.Input.Amount);
        Assert.Equal(5_500_000, row.Input.Alternative);
        Assert.False(row.Input.Uncertain);
    }

    [Fact]
    public void SetKind_Uncertain_MarksTheAmountUncertain()
    {
        var row = Rows()[1];

        row.SetKind(AmountKind.Uncertain);

        Assert.True(row.Input.Uncertain);
        Assert.Equal(3_500_000, row.Input.Amount);
        Assert.Equal(AmountKind.Uncertain, AmountRow.KindOf(row.Input));
    }

    [Fact]
    public void SetKind_KnownWithoutAnAmount_IsMissingRatherThanSentAsUnknown()
    {
        var row = Rows()[0];

        row.SetKind(AmountKind.Known);

        Assert.True(row.IsMissingAmount);
    }

    [Fact]
    public void Fill_FromAPhaseIn_TakesTheAmountAndItsKind()
    {
        var row = Rows()[0];

        row.Fill(new AmountInput { Year = 2021, Amount = 1_250_000, Uncertain = true });

        Assert.Equal(AmountKind.Uncertain, row.Kind);
        Assert.Equal(1_250_000, row.Input.Amount);
    }
}
