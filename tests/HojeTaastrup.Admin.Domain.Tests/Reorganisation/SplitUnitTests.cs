using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Reorganisation;
using static HojeTaastrup.Admin.Domain.Tests.Reorganisation.SmallOrganisation;

namespace HojeTaastrup.Admin.Domain.Tests.Reorganisation;

public class SplitUnitTests
{
    [Fact]
    public void Apply_Split_TakesPayrollProRataToFte()
    {
        var split = new SplitUnit(Borgerservice, 2.5m, "Selvbetjening", "ØAC", Why);

        var outcome = Apply(split);

        Assert.Empty(outcome.Problems);
        var created = outcome.Unit(split.Id);
        Assert.Equal("Selvbetjening", created.Name);
        Assert.Equal(Oac, created.CentreKey);
        Assert.Equal(2.5m, created.Fte);
        Assert.Equal(Money.FromKroner(1_000_000), created.Payroll);
        Assert.Equal(7.5m, outcome.Unit(Borgerservice).Fte);
        Assert.Equal(Money.FromKroner(3_000_000), outcome.Unit(Borgerservice).Payroll);
    }

    [Fact]
    public void Apply_SplitWithinTheSameCentre_IsAllowed()
    {
        var split = new SplitUnit(Borgerservice, 1.0m, "Selvbetjening", "BSC", Why);

        var outcome = Apply(split);

        Assert.Empty(outcome.Problems);
        Assert.Equal(Bsc, outcome.Unit(split.Id).CentreKey);
    }

    [Fact]
    public void Apply_SplitWithPayroll_TakesThatPayroll()
    {
        var split = new SplitUnit(Borgerservice, 2.0m, "Selvbetjening", "BSC", Why, Money.FromKroner(1_200_000));

        var outcome = Apply(split);

        Assert.Equal(Money.FromKroner(1_200_000), outcome.Unit(split.Id).Payroll);
        Assert.Equal(Money.FromKroner(2_800_000), outcome.Unit(Borgerservice).Payroll);
    }

    [Fact]
    public void Apply_SplitOfTheWholeUnit_RemovesIt()
    {
        var outcome = Apply(new SplitUnit(Digitalisering, 2.0m, "Digitalisering", "ØAC", Why));

        Assert.Empty(outcome.Problems);
        Assert.Null(outcome.After.FindUnit(Digitalisering));
    }

    [Fact]
    public void Apply_SplitOfMoreFteThanTheUnitHas_IsFteNotAvailable()
    {
        var problem = Apply(new SplitUnit(Borgerservice, 12.0m, "Selvbetjening", "BSC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.FteNotAvailable, problem.Code);
        Assert.Equal("Afdelingen Borgerservice har 10,0 årsværk, men ændringen tager 12,0.", problem.Message);
        Assert.Equal(Borgerservice, problem.Unit);
    }

    [Fact]
    public void Apply_SplitOfMorePayrollThanTheUnitHas_IsPayrollNotAvailable()
    {
        var problem = Apply(new SplitUnit(Borgerservice, 1.0m, "Selvbetjening", "BSC", Why, Money.FromKroner(4_500_000)))
            .SingleProblem();

        Assert.Equal(ReorganisationProblemCode.PayrollNotAvailable, problem.Code);
        Assert.Equal("Afdelingen Borgerservice har en lønsum på 4 mio. kr., men ændringen tager 4,5 mio. kr.", problem.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1.25)]
    public void Apply_SplitOfInvalidFte_IsInvalidAmount(decimal fte)
    {
        var problem = Apply(new SplitUnit(Borgerservice, fte, "Selvbetjening", "BSC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidAmount, problem.Code);
    }

    [Fact]
    public void Apply_SplitWithNegativePayroll_IsInvalidAmount()
    {
        var problem = Apply(new SplitUnit(Borgerservice, 1.0m, "Selvbetjening", "BSC", Why, Money.FromKroner(-1))).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidAmount, problem.Code);
        Assert.Equal("Lønsummen kan ikke være negativ.", problem.Message);
    }

    [Fact]
    public void Apply_SplitWithoutName_IsInvalidName()
    {
        var problem = Apply(new SplitUnit(Borgerservice, 1.0m, "", "BSC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.InvalidName, problem.Code);
        Assert.Equal("Den nye afdeling skal have et navn.", problem.Message);
    }

    [Fact]
    public void Apply_SplitIntoUnknownCentre_IsCentreNotFound()
    {
        var problem = Apply(new SplitUnit(Borgerservice, 1.0m, "Selvbetjening", "XYZ", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.CentreNotFound, problem.Code);
    }

    [Fact]
    public void Apply_SplitOfUnknownUnit_IsUnitNotFound()
    {
        var problem = Apply(new SplitUnit(Guid.NewGuid(), 1.0m, "Selvbetjening", "BSC", Why)).SingleProblem();

        Assert.Equal(ReorganisationProblemCode.UnitNotFound, problem.Code);
    }
}
