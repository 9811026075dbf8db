using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Savings;

// A savings programme ("Udmøntning af ikke-effektuerede besparelser, 37 mio. kr.", "Nye Rammer – Ny
// Administration, 13,4 mio. kr. i 2019"): its budget years, a target per year, and optional tracks (spor)
// that its proposals belong to.
public sealed class SavingsProgramme : Entity, IAudited, IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxTrackLength = 200;
    public const int MaxYears = 20;
    public const int MaxTracks = 20;

    private SavingsProgramme()
    {
    }

    public SavingsProgramme(string name, string? description, int firstYear, int lastYear, IReadOnlyList<YearTarget> targets, IReadOnlyList<string> tracks)
    {
        Apply(name, description, firstYear, lastYear, targets, tracks);
    }

    public string Name { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public int FirstYear { get; private set; }

    public int LastYear { get; private set; }

    public IReadOnlyList<YearTarget> Targets { get; private set; } = [];

    public IReadOnlyList<string> Tracks { get; private set; } = [];

    public long Version { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    public Money? TargetIn(int year) => Targets.FirstOrDefault(t => t.Year == year)?.Amount;

    // Edits that would leave a proposal's amount outside the years or a proposal on a removed track are refused.
    public void Edit(
        string name, string? description, int firstYear, int lastYear, IReadOnlyList<YearTarget> targets, IReadOnlyList<string> tracks,
        IEnumerable<SavingsProposal> proposals)
    {
        ArgumentNullException.ThrowIfNull(proposals);
        var proposalList = proposals.ToList();
        Apply(name, description, firstYear, lastYear, targets, tracks);
        foreach (var proposal in proposalList)
        {
            if (proposal.Amounts.FirstOrDefault(a => a.Year < FirstYear || a.Year > LastYear) is { } outside)
            {
                throw SavingsRefusals.ProgrammeYearsInUse(proposal.Number, outside.Year).ToException();
            }

            if (proposal.Track is { } track && FindTrack(track) is null)
            {
                throw SavingsRefusals.ProgrammeTrackInUse(proposal.Number, track).ToException();
            }
        }
    }

    // Null: a proposal in this programme may say that.
    public Refusal? ContentRefusal(ProposalContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Amounts.FirstOrDefault(a => a.Year < FirstYear || a.Year > LastYear) is { } outside)
        {
            return SavingsRefusals.YearOutside(outside.Year, FirstYear, LastYear);
        }

        return content.Track is { } track && FindTrack(track) is null ? SavingsRefusals.UnknownTrack(track) : null;
    }

    // The track as the programme spells it, matched without regard to case; null when there is none.
    public string? FindTrack(string track) =>
        Tracks.FirstOrDefault(t => string.Equals(t, track.Trim(), StringComparison.OrdinalIgnoreCase));

    private void Apply(string name, string? description, int firstYear, int lastYear, IReadOnlyList<YearTarget> targets, IReadOnlyList<string> tracks)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(tracks);
        var validName = TextRules.OptionalOrNull(name, MaxNameLength, "Navnet") ?? throw new DomainException("Programmet skal have et navn.");
        var validDescription = TextRules.OptionalOrNull(description, MaxDescriptionLength, "Beskrivelsen") ?? string.Empty;
        if (firstYear is < YearAmount.FirstYear or > YearAmount.LastYear || lastYear is < YearAmount.FirstYear or > YearAmount.LastYear)
        {
            throw new DomainException($"Budgetårene skal ligge mellem {YearAmount.FirstYear} og {YearAmount.LastYear}.");
        }

        if (lastYear < firstYear)
        {
            throw new DomainException("Det sidste budgetår kan ikke ligge før det første.");
        }

        if (lastYear - firstYear + 1 > MaxYears)
        {
            throw new DomainException($"Et program kan højst dække {MaxYears} budgetår.");
        }

        if (targets.FirstOrDefault(t => t.Year < firstYear || t.Year > lastYear) is { } outside)
        {
            throw SavingsRefusals.YearOutside(outside.Year, firstYear, lastYear).ToException();
        }

        if (targets.GroupBy(t => t.Year).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException($"Budgetåret {twice.Key} har to mål; et program har ét mål pr. år.");
        }

        var validTracks = new List<string>();
        foreach (var track in tracks)
        {
            var validTrack = TextRules.OptionalOrNull(track, MaxTrackLength, "Sporets navn") ?? throw new DomainException("Et spor skal have et navn.");
            if (validTracks.Any(t => string.Equals(t, validTrack, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DomainException($"Sporet \"{validTrack}\" står to gange.");
            }

            validTracks.Add(validTrack);
        }

        if (validTracks.Count > MaxTracks)
        {
            throw new DomainException($"Et program kan højst have {MaxTracks} spor.");
        }

        Name = validName;
        Description = validDescription;
        FirstYear = firstYear;
        LastYear = lastYear;
        Targets = targets.OrderBy(t => t.Year).ToList();
        Tracks = validTracks;
    }
}

// The saving a programme must reach in one budget year ("13,4 mio. kr. i 2019").
public sealed record YearTarget
{
    public YearTarget(int year, Money amount)
    {
        if (!Plausible.IsKroner(amount.Kroner))
        {
            throw new DomainException(amount.Kroner < 0 ? "Et mål kan ikke være negativt." : Plausible.KronerMessage);
        }

        Year = year;
        Amount = amount;
    }

    public int Year { get; }

    public Money Amount { get; }
}
