using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Realisation;

// An item the directors decide to cover a named gap ("Ansættelsesstop i administrative funktioner", 1,4 mio. kr.
// in 2017). Its realisation: when it is a savings proposal of the programme (ProposalId), what that proposal has
// realised in the year (so it is never counted twice); otherwise the figure Finance records on the measure.
public sealed class CoverMeasure : Entity, IAudited, IVersioned
{
    public const int MaxTitleLength = 200;
    public const int MaxNoteLength = 2000;

    private CoverMeasure()
    {
    }

    public CoverMeasure(Guid programmeId, string title, int year, Money amount, string? note, Guid? proposalId, DateTimeOffset at, string by)
    {
        if (!Plausible.IsKroner(amount.Kroner))
        {
            throw new DomainException(amount.Kroner < 0 ? "Et tiltag kan ikke dække et negativt beløb." : Plausible.KronerMessage);
        }

        ProgrammeId = programmeId;
        Title = TextRules.Required(title, MaxTitleLength, "Titlen", "Titlen skal udfyldes.");
        Note = TextRules.OptionalOrNull(note, MaxNoteLength, "Noten");
        Year = year;
        Amount = amount;
        ProposalId = proposalId;
        DecidedAt = at;
        DecidedBy = by;
    }

    public Guid ProgrammeId { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public string? Note { get; private set; }

    public int Year { get; private set; }

    public Money Amount { get; private set; }

    public Guid? ProposalId { get; private set; }

    // Recorded on the measure itself; only for a measure that is not a proposal.
    public Money Realised { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public string DecidedBy { get; private set; } = string.Empty;

    public long Version { get; private set; }

    public Refusal? RealisedRefusal => ProposalId is null ? null : RealisationRefusals.CoverLinked;

    public void RecordRealised(Money amount)
    {
        if (RealisedRefusal is { } refusal)
        {
            throw refusal.ToException();
        }

        if (!Plausible.IsKroner(amount.Kroner))
        {
            throw new DomainException(amount.Kroner < 0 ? RealisationRefusals.Negative.Message : Plausible.KronerMessage);
        }

        Realised = amount;
    }
}
