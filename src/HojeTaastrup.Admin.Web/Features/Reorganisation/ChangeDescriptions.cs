using System.Globalization;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// One Danish sentence per change ("Sundhedscenter (SUC) og POC lægges sammen til …"), like the
// domain's messages Danish whatever the UI language. Units are named from the baseline or from the
// earlier change that created them.
public sealed class ChangeDescriptions
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private readonly OrganisationStructure _baseline;
    private readonly Dictionary<Guid, string> _unitNames;

    public ChangeDescriptions(OrganisationStructure baseline, IEnumerable<ReorganisationChange> changes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(changes);
        _baseline = baseline;
        _unitNames = baseline.Units.ToDictionary(u => u.Key, u => u.Name);
        foreach (var change in changes)
        {
            switch (change)
            {
                case SplitUnit split:
                    _unitNames[split.Id] = split.NewName;
                    break;
                case CreateUnit create:
                    _unitNames[create.Id] = create.Name;
                    break;
            }
        }
    }

    public string Describe(ReorganisationChange change) => change switch
    {
        MergeCentres merge => $"{List(merge.Centres)} lægges sammen til {merge.NewCode} {merge.NewName}"
            + (string.IsNullOrWhiteSpace(merge.SurvivingCentre) ? " (nyt center)." : $" ({merge.SurvivingCentre} fortsætter)."),
        DissolveCentre dissolve => $"{dissolve.Centre} nedlægges"
            + (dissolve.Destinations.Count == 0
                ? "."
                : ": " + string.Join("; ", dissolve.Destinations.Select(d => $"{Unit(d.Key)} → {d.Value}")) + "."),
        CreateCentre create => $"Nyt {CentreKindText.Singular(create.CentreKind)} {create.Code} {create.Name} under {Directorate(create.Directorate)}.",
        RenameCentre rename => $"{rename.Centre} omdøbes til {(string.IsNullOrWhiteSpace(rename.NewCode) ? "" : rename.NewCode + " ")}{rename.NewName}.",
        MoveUnit move => $"{Unit(move.Unit)} flyttes til {move.ToCentre}.",
        SplitUnit split => $"{Fte(split.Fte)} årsværk fra {Unit(split.Unit)} bliver den nye afdeling {split.NewName} i {split.ToCentre}.",
        CreateUnit create => $"Ny afdeling {create.Name} i {create.Centre} med {Fte(create.Sources.Sum(s => s.Fte))} årsværk fra "
            + $"{List(create.Sources.Select(s => Unit(s.Unit)).Distinct().ToList())}.",
        ChangeDirectorate changeDirectorate => $"{changeDirectorate.Centre} flyttes til {Directorate(changeDirectorate.Directorate)}.",
        _ => change.GetType().Name,
    };

    private string Unit(Guid key) => _unitNames.GetValueOrDefault(key) ?? "(ukendt afdeling)";

    private string Directorate(Guid key) => _baseline.FindDirectorate(key)?.Name ?? "(ukendt direktørområde)";

    private static string Fte(decimal fte) => OrganisationFormat.Fte(fte, Danish);

    private static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "(ingen)",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} og {items[^1]}",
    };
}
