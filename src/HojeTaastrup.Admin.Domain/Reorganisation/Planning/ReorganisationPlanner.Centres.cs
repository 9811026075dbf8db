using HojeTaastrup.Admin.Domain.Organisation;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// How the changes to centres are checked and applied.
public static partial class ReorganisationPlanner
{
    private static void Merge(MergeCentres change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var codes = (change.Centres ?? []).Select(OrganisationRules.NormaliseCode).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count < 2)
        {
            check.Report(ReorganisationProblemCode.TooFewCentres, "En sammenlægning skal omfatte mindst to centre.");
        }

        var centres = codes.Select(check.Centre).OfType<CentreSnapshot>().ToList();
        CentreSnapshot? survivor = null;
        if (!string.IsNullOrWhiteSpace(change.SurvivingCentre))
        {
            var survivorCode = OrganisationRules.NormaliseCode(change.SurvivingCentre);
            survivor = centres.Find(c => c.Code == survivorCode);
            if (!codes.Contains(survivorCode))
            {
                check.Report(
                    ReorganisationProblemCode.SurvivorNotMerged,
                    $"Det fortsættende center {survivorCode} er ikke blandt de centre, der lægges sammen.",
                    survivorCode);
            }
        }

        var code = check.NewCode(change.NewCode, centres.Select(c => c.Key));
        var name = check.Name(change.NewName, "Det sammenlagte center skal have et navn.");
        var directorate = change.Directorate is { } key ? check.Directorate(key)?.Key : (survivor ?? centres.FirstOrDefault())?.DirectorateKey;
        if (!check.Passed || code is null || name is null || directorate is null)
        {
            return;
        }

        var why = $"lagt sammen i {code} ved ændring {check.Number}";
        var result = survivor is null
            ? new CentreSnapshot(change.Id, code, name, CentreKind.Centre, directorate.Value)
            : survivor with { Code = code, Name = name, DirectorateKey = directorate.Value };
        foreach (var centre in centres.Where(c => c.Key != result.Key))
        {
            foreach (var unit in organisation.UnitsOf(centre.Key))
            {
                organisation.ReplaceUnit(unit with { CentreKey = result.Key });
            }

            organisation.RemoveCentre(centre, why);
        }

        if (survivor is null)
        {
            organisation.AddCentre(result);
        }
        else
        {
            organisation.ReplaceCentre(result, why);
        }
    }

    private static void Dissolve(DissolveCentre change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var centre = check.Centre(change.Centre);
        if (centre is null)
        {
            return;
        }

        var destinations = change.Destinations ?? new Dictionary<Guid, string>();
        var units = organisation.UnitsOf(centre.Key);
        var moves = new List<UnitSnapshot>();
        foreach (var unit in units)
        {
            var destination = DestinationOf(unit, centre, destinations, check);
            if (destination is not null)
            {
                moves.Add(unit with { CentreKey = destination.Key });
            }
        }

        foreach (var key in destinations.Keys.Where(k => !units.Exists(u => u.Key == k)))
        {
            var stranger = check.Unit(key);
            if (stranger is not null)
            {
                check.Report(
                    ReorganisationProblemCode.UnitNotInCentre,
                    $"Afdelingen {stranger.Name} hører ikke til {Definite(centre)} {centre.Code}.",
                    centre.Code,
                    key);
            }
        }

        if (!check.Passed)
        {
            return;
        }

        moves.ForEach(organisation.ReplaceUnit);
        organisation.RemoveCentre(centre, $"nedlagt ved ændring {check.Number}");
    }

    private static CentreSnapshot? DestinationOf(
        UnitSnapshot unit, CentreSnapshot dissolved, IReadOnlyDictionary<Guid, string> destinations, ChangeCheck check)
    {
        if (!destinations.TryGetValue(unit.Key, out var code) || string.IsNullOrWhiteSpace(code))
        {
            check.Report(
                ReorganisationProblemCode.UnitWithoutDestination,
                $"Afdelingen {unit.Name} i {Definite(dissolved)} {dissolved.Code} har ikke fået et nyt center.",
                dissolved.Code,
                unit.Key);
            return null;
        }

        var destination = check.Centre(code);
        if (destination is not null && destination.Key == dissolved.Key)
        {
            check.Report(
                ReorganisationProblemCode.InvalidDestination,
                $"Afdelingen {unit.Name} kan ikke flyttes til {Definite(dissolved)} {dissolved.Code}, som nedlægges.",
                dissolved.Code,
                unit.Key);
            return null;
        }

        return destination;
    }

    private static void Create(CreateCentre change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var code = check.NewCode(change.Code, []);
        var name = check.Name(change.Name, "Det nye center skal have et navn.");
        var directorate = check.Directorate(change.Directorate);
        if (!Enum.IsDefined(change.CentreKind))
        {
            check.Report(ReorganisationProblemCode.InvalidKind, "Vælg center, enhed eller stab.");
        }

        if (check.Passed && code is not null && name is not null && directorate is not null)
        {
            organisation.AddCentre(new CentreSnapshot(change.Id, code, name, change.CentreKind, directorate.Key));
        }
    }

    private static void Rename(RenameCentre change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var centre = check.Centre(change.Centre);
        var name = check.Name(change.NewName, "Angiv det nye navn.");
        if (centre is null || name is null)
        {
            return;
        }

        var code = string.IsNullOrWhiteSpace(change.NewCode) ? centre.Code : check.NewCode(change.NewCode, [centre.Key]);
        if (code is null)
        {
            return;
        }

        if (code == centre.Code && name == centre.Name)
        {
            check.Report(
                ReorganisationProblemCode.NoEffect,
                $"{DanishText.Capitalise(Definite(centre))} {centre.Code} hedder allerede {centre.Name}.",
                centre.Code);
            return;
        }

        organisation.ReplaceCentre(centre with { Code = code, Name = name }, $"omdøbt til {code} ved ændring {check.Number}");
    }

    private static void ChangeDirectorateOf(ChangeDirectorate change, ChangeCheck check, WorkingOrganisation organisation)
    {
        var centre = check.Centre(change.Centre);
        var directorate = check.Directorate(change.Directorate);
        if (centre is null || directorate is null)
        {
            return;
        }

        if (centre.DirectorateKey == directorate.Key)
        {
            check.Report(
                ReorganisationProblemCode.NoEffect,
                $"{DanishText.Capitalise(Definite(centre))} {centre.Code} hører allerede under {directorate.Name}.",
                centre.Code);
            return;
        }

        organisation.ReplaceCentre(centre with { DirectorateKey = directorate.Key }, string.Empty);
    }

    private static string Definite(CentreSnapshot centre) => CentreKindText.Definite(centre.Kind);
}
