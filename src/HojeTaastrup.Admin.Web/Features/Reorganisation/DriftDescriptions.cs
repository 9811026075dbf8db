using System.Globalization;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Infrastructure;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// One short Danish line per difference between a proposal's baseline and the organisation in force
// now ("Afdelingen Jobformidling i JOC: årsværk 20,0 → 22,0"), Danish whatever the UI language like
// ChangeDescriptions. Parts are named as they were in the baseline, added parts as they are now.
internal static class DriftDescriptions
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static IReadOnlyList<string> Describe(OrganisationDifferences differences, OrganisationStructure baseline, OrganisationStructure current) =>
    [
        .. differences.Directorates.Select(d => Line($"Direktørområdet {(d.Before ?? d.After)!.Name}", d, Fields(d))),
        .. differences.Centres.Select(c =>
        {
            var centre = (c.Before ?? c.After)!;
            return Line($"{Capitalise(CentreKindText.Definite(centre.Kind))} {centre.Code} {centre.Name}", c, Fields(c, baseline, current));
        }),
        .. differences.Units.Select(u =>
        {
            var unit = (u.Before ?? u.After)!;
            var centre = (u.Before is null ? current : baseline).FindCentre(unit.CentreKey)?.Code ?? "(ukendt center)";
            var added = u.After is { } now ? $" ({Fte(now.Fte)} årsværk, {Amount(now.Payroll)})" : "";
            return Line($"Afdelingen {unit.Name} i {centre}", u, Fields(u, baseline, current), added);
        }),
    ];

    private static string Line<T>(string subject, OrganisationDifference<T> difference, IEnumerable<string> fields, string addedDetail = "")
        where T : class => difference.Kind switch
    {
        DifferenceKind.Added => $"{subject} er tilføjet{addedDetail}",
        DifferenceKind.Removed => $"{subject} er fjernet",
        _ => $"{subject}: {string.Join(", ", fields)}",
    };

    private static IEnumerable<string> Fields(OrganisationDifference<DirectorateSnapshot> d) =>
        d.Fields.Select(field => field switch
        {
            OrganisationField.DirectorName => Was("direktør", d.Before!.DirectorName, d.After!.DirectorName),
            _ => Was("navn", d.Before!.Name, d.After!.Name),
        });

    private static IEnumerable<string> Fields(OrganisationDifference<CentreSnapshot> c, OrganisationStructure baseline, OrganisationStructure current) =>
        c.Fields.Select(field => field switch
        {
            OrganisationField.Code => Was("kode", c.Before!.Code, c.After!.Code),
            OrganisationField.Kind => Was("type", CentreKindText.Singular(c.Before!.Kind), CentreKindText.Singular(c.After!.Kind)),
            OrganisationField.Directorate => Was(
                "direktørområde",
                baseline.FindDirectorate(c.Before!.DirectorateKey)?.Name,
                current.FindDirectorate(c.After!.DirectorateKey)?.Name),
            _ => Was("navn", c.Before!.Name, c.After!.Name),
        });

    private static IEnumerable<string> Fields(OrganisationDifference<UnitSnapshot> u, OrganisationStructure baseline, OrganisationStructure current) =>
        u.Fields.Select(field => field switch
        {
            OrganisationField.Centre => Was("center", baseline.FindCentre(u.Before!.CentreKey)?.Code, current.FindCentre(u.After!.CentreKey)?.Code),
            OrganisationField.Fte => Was("årsværk", Fte(u.Before!.Fte), Fte(u.After!.Fte)),
            OrganisationField.Payroll => Was("lønsum", Amount(u.Before!.Payroll), Amount(u.After!.Payroll)),
            _ => Was("navn", u.Before!.Name, u.After!.Name),
        });

    private static string Was(string field, string? before, string? after) => $"{field} {before ?? "(ukendt)"} → {after ?? "(ukendt)"}";

    private static string Fte(decimal fte) => OrganisationFormat.Fte(fte, Danish);

    private static string Amount(Money money) => Formatting.Amount(money, Danish);

    private static string Capitalise(string text) => text.Length == 0 ? text : string.Concat(text[..1].ToUpper(Danish), text[1..]);
}
