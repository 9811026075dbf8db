using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// Collects the problems of one change while the planner looks up what the change refers to.
// Each lookup reports its own problem and returns null, so a handler can check everything first
// and report all problems of the change at once.
internal sealed class ChangeCheck(int index, ReorganisationChange change, WorkingOrganisation organisation)
{
    private readonly List<ReorganisationProblem> _problems = [];

    public int Number => index + 1;

    public IReadOnlyList<ReorganisationProblem> Problems => _problems;

    public bool Passed => _problems.Count == 0;

    public void Report(ReorganisationProblemCode code, string message, string? centre = null, Guid? unit = null) =>
        _problems.Add(Problem(code, message, centre, unit));

    public ReorganisationProblem Problem(ReorganisationProblemCode code, string message, string? centre = null, Guid? unit = null) =>
        new(index, change.Id, code, message, centre, unit);

    public CentreSnapshot? Centre(string? code)
    {
        var normalised = OrganisationRules.NormaliseCode(code);
        if (normalised.Length == 0)
        {
            Report(ReorganisationProblemCode.CentreNotFound, "Vælg et center.");
            return null;
        }

        var centre = organisation.FindCentre(normalised);
        if (centre is not null)
        {
            return centre;
        }

        var why = organisation.WhyCodeGone(normalised);
        if (why is null)
        {
            Report(ReorganisationProblemCode.CentreNotFound, $"Centret {normalised} findes ikke.", normalised);
        }
        else
        {
            Report(ReorganisationProblemCode.CentreRemovedEarlier, $"Centret {normalised} findes ikke ({why}).", normalised);
        }

        return null;
    }

    public UnitSnapshot? Unit(Guid key)
    {
        var unit = organisation.FindUnit(key);
        if (unit is not null)
        {
            return unit;
        }

        var why = organisation.WhyUnitGone(key);
        if (why is null)
        {
            Report(ReorganisationProblemCode.UnitNotFound, "Den valgte afdeling findes ikke i organisationen.", unit: key);
        }
        else
        {
            Report(ReorganisationProblemCode.UnitRemovedEarlier, why, unit: key);
        }

        return null;
    }

    public DirectorateSnapshot? Directorate(Guid key)
    {
        var directorate = organisation.FindDirectorate(key);
        if (directorate is null)
        {
            Report(ReorganisationProblemCode.DirectorateNotFound, "Det valgte direktørområde findes ikke.");
        }

        return directorate;
    }

    // A code for a new or renamed centre. Codes held by the centres the change itself takes away
    // (a merge's own centres, the renamed centre) are free to use.
    public string? NewCode(string? code, IEnumerable<Guid> releasedBy)
    {
        var normalised = OrganisationRules.NormaliseCode(code);
        if (!OrganisationRules.IsValidCode(normalised))
        {
            Report(ReorganisationProblemCode.InvalidCode, $"Koden \"{normalised}\" er ugyldig. {OrganisationRules.InvalidCodeMessage}");
            return null;
        }

        var holder = organisation.FindCentre(normalised);
        if (holder is not null && !releasedBy.Contains(holder.Key))
        {
            Report(ReorganisationProblemCode.DuplicateCode, $"Koden {normalised} bruges allerede af {holder.Name}.", normalised);
            return null;
        }

        return normalised;
    }

    public string? Name(string? name, string whenMissing)
    {
        var normalised = OrganisationRules.NormaliseName(name);
        var problem = OrganisationRules.NameProblem(normalised);
        if (problem is null)
        {
            return normalised;
        }

        Report(ReorganisationProblemCode.InvalidName, normalised.Length == 0 ? whenMissing : problem);
        return null;
    }

    // FTE taken from a unit: more than nothing, with at most one decimal.
    public bool Fte(decimal fte)
    {
        if (fte > 0 && OrganisationRules.IsValidFte(fte))
        {
            return true;
        }

        Report(ReorganisationProblemCode.InvalidAmount, $"Årsværk ({DanishText.Fte(fte)}) skal være større end 0 og have højst én decimal.");
        return false;
    }
}
