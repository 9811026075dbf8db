using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// The organisation in force from EffectiveFrom until the next version. History is kept by adding
// versions, not by changing old ones: a new version is usually FromStructure(day, source,
// current.ToStructure()) followed by edits, so that keys stay the same across versions.
public sealed class OrganisationVersion : Entity, IAudited, IVersioned
{
    private const int MaxSourceLength = 500;

    private readonly List<Directorate> _directorates = [];
    private readonly List<Centre> _centres = [];
    private readonly List<Unit> _units = [];

    private OrganisationVersion()
    {
    }

    public OrganisationVersion(DateOnly effectiveFrom, string source)
    {
        EffectiveFrom = Plausible.Day(effectiveFrom);
        Source = NormaliseSource(source);
    }

    public DateOnly EffectiveFrom { get; private set; }

    // Where this version came from: "Import", "Omorganisering: Skærpet fokus på styring …".
    public string Source { get; private set; } = string.Empty;

    public long Version { get; private set; }

    public IReadOnlyList<Directorate> Directorates => _directorates;

    public IReadOnlyList<Centre> Centres => _centres;

    public IReadOnlyList<Unit> Units => _units;

    public static OrganisationVersion FromStructure(DateOnly effectiveFrom, string source, OrganisationStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var version = new OrganisationVersion(effectiveFrom, source);
        version.AddStructure(structure);
        return version;
    }

    // A correction of this version as a whole (an import for the same day): every part is replaced
    // by the structure's, keys included, so that history by key stays intact.
    public void ReplaceStructure(string source, OrganisationStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        Source = NormaliseSource(source);
        _units.Clear();
        _centres.Clear();
        _directorates.Clear();
        AddStructure(structure);
    }

    public OrganisationStructure ToStructure() => new(
        _directorates.Select(d => d.ToSnapshot()).ToList(),
        _centres.Select(c => c.ToSnapshot()).ToList(),
        _units.Select(u => u.ToSnapshot()).ToList());

    public void ChangeSource(string source) => Source = NormaliseSource(source);

    public Directorate AddDirectorate(string name, string directorName) =>
        AddDirectorate(Guid.NewGuid(), name, directorName);

    public void RenameDirectorate(Guid key, string name) => EditDirectorate(key, name, RequireDirectorate(key).DirectorName);

    public void EditDirectorate(Guid key, string name, string directorName)
    {
        var directorate = RequireDirectorate(key);
        directorate.Update(ValidDirectorateName(name, key), NormaliseDirectorName(directorName));
    }

    public void RemoveDirectorate(Guid key)
    {
        var directorate = RequireDirectorate(key);
        if (_centres.Any(c => c.DirectorateKey == key))
        {
            throw new DomainException($"Direktørområdet {directorate.Name} har stadig centre og kan ikke fjernes.");
        }

        _directorates.Remove(directorate);
    }

    public Centre AddCentre(string code, string name, CentreKind kind, Guid directorateKey) =>
        AddCentre(Guid.NewGuid(), code, name, kind, directorateKey);

    public void EditCentre(Guid key, string code, string name, CentreKind kind, Guid directorateKey)
    {
        var centre = RequireCentre(key);
        RequireDirectorate(directorateKey);
        centre.Update(ValidCode(code, key), ValidName(name), RequireKind(kind), directorateKey);
    }

    // Only an empty centre can be removed: its units must first be moved or removed, so that no
    // FTE or payroll disappears by accident.
    public void RemoveCentre(Guid key)
    {
        var centre = RequireCentre(key);
        var units = _units.Count(u => u.CentreKey == key);
        if (units > 0)
        {
            var what = DanishText.Capitalise(CentreKindText.Definite(centre.Kind));
            var count = units == 1 ? "1 afdeling" : $"{units} afdelinger";
            throw new DomainException($"{what} {centre.Code} har stadig {count} og kan ikke fjernes.");
        }

        _centres.Remove(centre);
    }

    public Unit AddUnit(Guid centreKey, string name, decimal fte, Money payroll) =>
        AddUnit(Guid.NewGuid(), centreKey, name, fte, payroll);

    public void EditUnit(Guid key, Guid centreKey, string name, decimal fte, Money payroll)
    {
        var unit = RequireUnit(key);
        var centre = RequireCentre(centreKey);
        EnsureFigures(fte, payroll);
        unit.Update(ValidUnitName(name, centre, key), centreKey, fte, payroll);
    }

    public void RemoveUnit(Guid key) => _units.Remove(RequireUnit(key));

    // Linear in the size of the structure (an import may hold 50,000 units): the per-item checks of
    // AddUnit would scan every unit added before, so the whole structure is checked once with hash sets.
    private void AddStructure(OrganisationStructure structure)
    {
        foreach (var d in structure.Directorates)
        {
            AddDirectorate(d.Key, d.Name, d.DirectorName);
        }

        foreach (var c in structure.Centres)
        {
            AddCentre(c.Key, c.Code, c.Name, c.Kind, c.DirectorateKey);
        }

        var centres = _centres.ToDictionary(c => c.Key);
        var keys = _units.Select(u => u.Key).ToHashSet();
        var names = _units.Select(u => (u.CentreKey, u.Name)).ToHashSet(UnitNameComparer.Instance);
        foreach (var u in structure.Units)
        {
            EnsureNewKey(!keys.Add(u.Key));
            var centre = centres.GetValueOrDefault(u.CentreKey) ?? throw new DomainException("Centret findes ikke.");
            EnsureFigures(u.Fte, u.Payroll);
            var name = ValidName(u.Name);
            if (!names.Add((centre.Key, name)))
            {
                var what = DanishText.Capitalise(CentreKindText.Definite(centre.Kind));
                throw new DomainException($"{what} {centre.Code} har allerede en afdeling med navnet {name}.");
            }

            _units.Add(new Unit(Id, u.Key, name, centre.Key, u.Fte, u.Payroll));
        }
    }

    private sealed class UnitNameComparer : IEqualityComparer<(Guid CentreKey, string Name)>
    {
        public static readonly UnitNameComparer Instance = new();

        public bool Equals((Guid CentreKey, string Name) x, (Guid CentreKey, string Name) y) =>
            x.CentreKey == y.CentreKey && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((Guid CentreKey, string Name) obj) =>
            HashCode.Combine(obj.CentreKey, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
    }

    private Directorate AddDirectorate(Guid key, string name, string directorName)
    {
        EnsureNewKey(_directorates.Any(d => d.Key == key));
        var directorate = new Directorate(Id, key, ValidDirectorateName(name, key), NormaliseDirectorName(directorName));
        _directorates.Add(directorate);
        return directorate;
    }

    private Centre AddCentre(Guid key, string code, string name, CentreKind kind, Guid directorateKey)
    {
        EnsureNewKey(_centres.Any(c => c.Key == key));
        RequireDirectorate(directorateKey);
        var centre = new Centre(Id, key, ValidCode(code, key), ValidName(name), RequireKind(kind), directorateKey);
        _centres.Add(centre);
        return centre;
    }

    private Unit AddUnit(Guid key, Guid centreKey, string name, decimal fte, Money payroll)
    {
        EnsureNewKey(_units.Any(u => u.Key == key));
        var centre = RequireCentre(centreKey);
        EnsureFigures(fte, payroll);
        var unit = new Unit(Id, key, ValidUnitName(name, centre, key), centreKey, fte, payroll);
        _units.Add(unit);
        return unit;
    }

    private Directorate RequireDirectorate(Guid key) =>
        _directorates.FirstOrDefault(d => d.Key == key) ?? throw new DomainException("Direktørområdet findes ikke.");

    private Centre RequireCentre(Guid key) =>
        _centres.FirstOrDefault(c => c.Key == key) ?? throw new DomainException("Centret findes ikke.");

    private Unit RequireUnit(Guid key) =>
        _units.FirstOrDefault(u => u.Key == key) ?? throw new DomainException("Afdelingen findes ikke.");

    // The code is unique among this version's centres; a removed centre's code may be used again.
    private string ValidCode(string code, Guid centreKey)
    {
        var normalised = OrganisationRules.NormaliseCode(code);
        if (!OrganisationRules.IsValidCode(normalised))
        {
            throw new DomainException(OrganisationRules.InvalidCodeMessage);
        }

        var holder = _centres.FirstOrDefault(c => c.Key != centreKey && string.Equals(c.Code, normalised, StringComparison.Ordinal));
        if (holder is not null)
        {
            throw new DomainException($"Koden {normalised} bruges allerede af {holder.Name}.");
        }

        return normalised;
    }

    private string ValidDirectorateName(string name, Guid key)
    {
        var valid = ValidName(name);
        if (_directorates.Any(d => d.Key != key && string.Equals(d.Name, valid, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Der findes allerede et direktørområde med navnet {valid}.");
        }

        return valid;
    }

    private string ValidUnitName(string name, Centre centre, Guid key)
    {
        var valid = ValidName(name);
        var taken = _units.Any(u => u.Key != key && u.CentreKey == centre.Key
            && string.Equals(u.Name, valid, StringComparison.OrdinalIgnoreCase));
        if (taken)
        {
            var what = DanishText.Capitalise(CentreKindText.Definite(centre.Kind));
            throw new DomainException($"{what} {centre.Code} har allerede en afdeling med navnet {valid}.");
        }

        return valid;
    }

    private static string ValidName(string name)
    {
        var normalised = OrganisationRules.NormaliseName(name);
        var problem = OrganisationRules.NameProblem(normalised);
        return problem is null ? normalised : throw new DomainException(problem);
    }

    private static string NormaliseDirectorName(string directorName) =>
        TextRules.Optional(directorName, OrganisationRules.MaxNameLength, "Direktørens navn");

    private static string NormaliseSource(string source) => TextRules.Optional(source, MaxSourceLength, "Kilden");

    private static CentreKind RequireKind(CentreKind kind) =>
        Enum.IsDefined(kind) ? kind : throw new DomainException("Vælg center, enhed eller stab.");

    private static void EnsureFigures(decimal fte, Money payroll)
    {
        if (!OrganisationRules.IsValidFte(fte))
        {
            throw new DomainException(OrganisationRules.InvalidFteMessage);
        }

        if (payroll < Money.Zero)
        {
            throw new DomainException(OrganisationRules.NegativePayrollMessage);
        }

        if (!Plausible.IsKroner(payroll.Kroner))
        {
            throw new DomainException(Plausible.KronerMessage);
        }
    }

    // Keys come from an imported structure; the same key twice would make two things one.
    private static void EnsureNewKey(bool exists)
    {
        if (exists)
        {
            throw new DomainException("Organisationen indeholder den samme nøgle to gange.");
        }
    }
}
