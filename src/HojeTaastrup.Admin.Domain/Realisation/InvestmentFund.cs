using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Realisation;

// Investment funds granted to a programme per year ("5 mio. kr. om året 2015–2017"), what has been disbursed and for
// what ("fibernet 6 mio. kr."), what remains, and the yearly effect each disbursement is expected to give
// ("0,57 mio. kr. om året"), linked to the savings proposal that carries that effect.
public sealed class InvestmentFund : Entity, IAudited, IVersioned
{
    public const int MaxNameLength = 200;

    private InvestmentFund()
    {
    }

    public InvestmentFund(Guid programmeId, string name, IReadOnlyList<InvestmentGrant> grants)
    {
        ArgumentNullException.ThrowIfNull(grants);
        if (grants.GroupBy(g => g.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException($"Budgetåret {twice.Key} står to gange i bevillingen.");
        }

        ProgrammeId = programmeId;
        Name = TextRules.Required(name, MaxNameLength, "Navnet", "Navnet skal udfyldes.");
        Grants = [.. grants.OrderBy(g => g.Year)];
    }

    public Guid ProgrammeId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public IReadOnlyList<InvestmentGrant> Grants { get; private set; } = [];

    public IReadOnlyList<Disbursement> Disbursements { get; private set; } = [];

    public long Version { get; private set; }

    public Money Granted => Money.Sum(Grants.Select(g => g.Amount));

    public Money Disbursed => Money.Sum(Disbursements.Select(d => d.Amount));

    public Money Remaining => Granted - Disbursed;

    // The derived yearly effect of every disbursement, per proposal it is linked to (null: not linked).
    public Money YearlyEffect => Money.Sum(Disbursements.Select(d => d.YearlyEffect));

    public Refusal? DisbursementRefusal(Money amount) => amount > Remaining ? RealisationRefusals.OverDisbursed(Remaining) : null;

    public void Disburse(Disbursement disbursement)
    {
        ArgumentNullException.ThrowIfNull(disbursement);
        if (DisbursementRefusal(disbursement.Amount) is { } refusal)
        {
            throw refusal.ToException();
        }

        Disbursements = [.. Disbursements, disbursement];
    }
}

public sealed record InvestmentGrant
{
    public InvestmentGrant(int year, Money amount)
    {
        if (!Plausible.IsKroner(amount.Kroner))
        {
            throw new DomainException(amount.Kroner < 0 ? "En bevilling kan ikke være negativ." : Plausible.KronerMessage);
        }

        Year = year;
        Amount = amount;
    }

    public int Year { get; }

    public Money Amount { get; }
}

public sealed record Disbursement
{
    public const int MaxTitleLength = 200;

    public Disbursement(string title, DateOnly day, Money amount, Money yearlyEffect, Guid? proposalId)
    {
        if (!Plausible.IsKroner(amount.Kroner) || !Plausible.IsKroner(yearlyEffect.Kroner))
        {
            throw new DomainException(amount.Kroner < 0 || yearlyEffect.Kroner < 0 ? "Beløbene kan ikke være negative." : Plausible.KronerMessage);
        }

        Title = TextRules.Required(title, MaxTitleLength, "Titlen", "Titlen skal udfyldes.");
        Day = Plausible.Day(day);
        Amount = amount;
        YearlyEffect = yearlyEffect;
        ProposalId = proposalId;
    }

    public string Title { get; }

    public DateOnly Day { get; }

    public Money Amount { get; }

    public Money YearlyEffect { get; }

    public Guid? ProposalId { get; }
}
