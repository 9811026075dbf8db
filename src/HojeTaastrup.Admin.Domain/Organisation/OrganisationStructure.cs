using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// An immutable picture of the organisation on one day: what the calculations work on, and what
// a reorganisation proposal keeps as its baseline (persisted as JSON). Helpers are methods, not
// properties, so that a JSON snapshot holds the data only.
public sealed record OrganisationStructure(
    IReadOnlyList<DirectorateSnapshot> Directorates,
    IReadOnlyList<CentreSnapshot> Centres,
    IReadOnlyList<UnitSnapshot> Units)
{
    public static OrganisationStructure Empty { get; } = new([], [], []);

    public DirectorateSnapshot? FindDirectorate(Guid key) => Directorates.FirstOrDefault(d => d.Key == key);

    public CentreSnapshot? FindCentre(Guid key) => Centres.FirstOrDefault(c => c.Key == key);

    // Codes are compared without regard to case: "øac" finds ØAC.
    public CentreSnapshot? FindCentre(string code) =>
        Centres.FirstOrDefault(c => string.Equals(c.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public UnitSnapshot? FindUnit(Guid key) => Units.FirstOrDefault(u => u.Key == key);

    public IEnumerable<CentreSnapshot> CentresOf(Guid directorateKey) => Centres.Where(c => c.DirectorateKey == directorateKey);

    public IEnumerable<UnitSnapshot> UnitsOf(Guid centreKey) => Units.Where(u => u.CentreKey == centreKey);

    public decimal FteOfCentre(Guid centreKey) => UnitsOf(centreKey).Sum(u => u.Fte);

    public Money PayrollOfCentre(Guid centreKey) => Money.Sum(UnitsOf(centreKey).Select(u => u.Payroll));

    public decimal FteOfDirectorate(Guid directorateKey) => CentresOf(directorateKey).Sum(c => FteOfCentre(c.Key));

    public Money PayrollOfDirectorate(Guid directorateKey) =>
        Money.Sum(CentresOf(directorateKey).Select(c => PayrollOfCentre(c.Key)));

    public decimal TotalFte() => Units.Sum(u => u.Fte);

    public Money TotalPayroll() => Money.Sum(Units.Select(u => u.Payroll));

    public CentreCounts CountCentres() => CentreCounts.Of(Centres);
}
