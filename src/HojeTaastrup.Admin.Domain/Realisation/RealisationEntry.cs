using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Realisation;

public enum RealisationSource
{
    Manual,
    Import,
}

// One realised saving of a proposal in a budget year, as Finance records it or the finance system's file says it.
// Entries are never edited or deleted: an amount booked too high is corrected by a correction entry (a negative
// amount, which only a correction may have), so that a budget follow-up's figure can always be explained.
// ImportKey: the stable key of the file row it came from (RealisationImportKey), unique per programme, so that the
// same file imported twice counts once.
public sealed class RealisationEntry : Entity, IAudited
{
    public const int MaxNoteLength = 500;
    public const int MaxImportKeyLength = 64;

    private RealisationEntry()
    {
    }

    public RealisationEntry(
        Guid programmeId, Guid proposalId, int year, Money amount, DateOnly day, string? note, RealisationSource source, bool correction,
        DateTimeOffset at, string by, string? importKey = null)
    {
        if (!correction && amount.Kroner < 0)
        {
            throw RealisationRefusals.Negative.ToException();
        }

        if (Math.Abs(amount.Kroner) > Plausible.MaxKroner)
        {
            throw new DomainException(Plausible.KronerMessage);
        }

        ProgrammeId = programmeId;
        ProposalId = proposalId;
        Year = year;
        Amount = amount;
        Day = Plausible.Day(day);
        Note = TextRules.OptionalOrNull(note, MaxNoteLength, "Noten");
        Source = source;
        Correction = correction;
        RecordedAt = at;
        RecordedBy = by;
        ImportKey = importKey;
    }

    public Guid ProgrammeId { get; private set; }

    public Guid ProposalId { get; private set; }

    public int Year { get; private set; }

    public Money Amount { get; private set; }

    public DateOnly Day { get; private set; }

    public string? Note { get; private set; }

    public RealisationSource Source { get; private set; }

    public bool Correction { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public string? ImportKey { get; private set; }
}
