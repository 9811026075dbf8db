using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Web.Features.Organisation;

// What an import would do, shown before the user confirms. Replaces is the version of the same day
// that the import would overwrite (null: a new version is added).
public sealed record ImportPreviewView(
    DateOnly EffectiveFrom,
    CentreCounts Counts,
    int Directorates,
    int Units,
    decimal Fte,
    Money Payroll,
    OrganisationVersionSummaryView? Replaces);

// What an import did: a new version (Created) or a replaced one, as it now reads.
public sealed record ImportOutcomeView(bool Created, OrganisationVersionView Organisation);
