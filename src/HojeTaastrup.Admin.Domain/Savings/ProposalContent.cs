using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// Everything about a savings proposal that people edit, as one value: the proposal keeps its earlier
// contents as revisions once it has left Draft, and the detail page shows what changed between them.
public sealed record ProposalContent
{
    public const int MaxNumberLength = 20;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 8000;
    public const int MaxNameLength = 200;
    public const int MaxAmounts = 101;
    public const int MaxMilestones = 50;

    public ProposalContent(
        string number,
        string title,
        string description,
        string ownerCentreCode,
        string ownerCentreName,
        string? responsible,
        SavingsCategory category,
        string? track,
        IReadOnlyList<YearAmount> amounts,
        IReadOnlyList<Milestone> milestones,
        Guid? reorganisationProposalId = null)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        ArgumentNullException.ThrowIfNull(milestones);
        Number = TextRules.Required(number, MaxNumberLength, "Nummeret", "Forslaget skal have et nummer.");
        Title = TextRules.Required(title, MaxTitleLength, "Titlen", "Forslaget skal have en titel.");
        Description = TextRules.OptionalOrNull(description, MaxDescriptionLength, "Beskrivelsen") ?? string.Empty;
        OwnerCentreCode = TextRules.Required(ownerCentreCode, 10, "Centerkoden", "Vælg det center, der ejer forslaget.");
        OwnerCentreName = TextRules.OptionalOrNull(ownerCentreName, MaxNameLength, "Centernavnet") ?? OwnerCentreCode;
        Responsible = TextRules.OptionalOrNull(responsible, MaxNameLength, "Den ansvarlige");
        Category = Enum.IsDefined(category) ? category : throw new DomainException("Ukendt kategori.");
        Track = TextRules.OptionalOrNull(track, MaxNameLength, "Sporet");
        if (amounts.Count > MaxAmounts)
        {
            throw new DomainException($"Et forslag kan højst have {MaxAmounts} beløb.");
        }

        if (amounts.GroupBy(a => a.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException($"Budgetåret {twice.Key} står to gange; et forslag har ét beløb pr. år.");
        }

        if (milestones.Count > MaxMilestones)
        {
            throw new DomainException($"Et forslag kan højst have {MaxMilestones} milepæle.");
        }

        Amounts = amounts.OrderBy(a => a.Year).ToList();
        Milestones = milestones.OrderBy(m => m.Date).ThenBy(m => m.Text, StringComparer.Ordinal).ToList();
        ReorganisationProposalId = reorganisationProposalId == Guid.Empty ? null : reorganisationProposalId;
    }

    public string Number { get; }

    public string Title { get; }

    // The text with its action points, as written (plain text with line breaks).
    public string Description { get; }

    public string OwnerCentreCode { get; }

    // The centre's name when the proposal was written: names change with reorganisations.
    public string OwnerCentreName { get; }

    public string? Responsible { get; }

    public SavingsCategory Category { get; }

    public string? Track { get; }

    public IReadOnlyList<YearAmount> Amounts { get; }

    public IReadOnlyList<Milestone> Milestones { get; }

    // The reorganisation whose savings this proposal carries (seed 000's 25 mio. kr. a year).
    public Guid? ReorganisationProposalId { get; }

    // Number compared as people read it: "a3" and "A3 " are the same proposal number.
    public string NumberKey => Key(Number);

    public static string Key(string number) => (number ?? string.Empty).Trim().ToUpperInvariant();

    public YearAmount? AmountIn(int year) => Amounts.FirstOrDefault(a => a.Year == year);

    // What differs from an earlier content, field by field, in Danish (for the versions on the detail page).
    public IReadOnlyList<ContentDifference> DifferencesFrom(ProposalContent before)
    {
        ArgumentNullException.ThrowIfNull(before);
        var differences = new List<ContentDifference>();
        Compare(differences, "Nummer", before.Number, Number);
        Compare(differences, "Titel", before.Title, Title);
        Compare(differences, "Beskrivelse", before.Description, Description);
        Compare(differences, "Ejer (center)", $"{before.OwnerCentreName} ({before.OwnerCentreCode})", $"{OwnerCentreName} ({OwnerCentreCode})");
        Compare(differences, "Ansvarlig", before.Responsible ?? "–", Responsible ?? "–");
        Compare(differences, "Kategori", SavingsText.Category(before.Category), SavingsText.Category(Category));
        Compare(differences, "Spor", before.Track ?? "–", Track ?? "–");
        foreach (var year in before.Amounts.Select(a => a.Year).Union(Amounts.Select(a => a.Year)).Order())
        {
            Compare(differences, $"Beløb {year}", before.AmountIn(year)?.ToString() ?? "–", AmountIn(year)?.ToString() ?? "–");
        }

        Compare(differences, "Milepæle", MilestoneText(before.Milestones), MilestoneText(Milestones));
        Compare(differences, "Reorganisering", before.ReorganisationProposalId?.ToString() ?? "–", ReorganisationProposalId?.ToString() ?? "–");
        return differences;
    }

    public bool SameAs(ProposalContent other) => DifferencesFrom(other).Count == 0;

    private static void Compare(List<ContentDifference> differences, string field, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            differences.Add(new ContentDifference(field, before, after));
        }
    }

    private static string MilestoneText(IReadOnlyList<Milestone> milestones) =>
        milestones.Count == 0
            ? "–"
            : string.Join("\n", milestones.Select(m => $"{m.Date:dd-MM-yyyy} {m.Text}{(m.Done ? " (udført)" : string.Empty)}"));
}

// One field that changed between two versions: "Beløb 2021", "3 mio. kr.", "2,5 mio. kr.?".
public sealed record ContentDifference(string Field, string Before, string After);

// An earlier version of a proposal: what it said, and when, by whom and why it was replaced.
public sealed record ProposalRevision(int Number, ProposalContent Content, DateTimeOffset ReplacedAt, string ReplacedBy, string Reason);

// A move from one status to the next, with its reason when one was given.
public sealed record StatusChange(SavingsStatus From, SavingsStatus To, DateTimeOffset At, string By, string? Reason);
