namespace HojeTaastrup.Admin.Domain.Organisation;

// What differs between two organisations, part by part: e.g. a proposal's baseline and the
// organisation an administrator has corrected since. Parts are matched by Key, so the order of the
// lists does not matter, and values compare as values: 12.0 and 12 årsværk are the same (a JSON
// round-trip may drop the trailing zero). Differences come in the order of the newer organisation,
// removed parts last in the order of the older one.
public sealed record OrganisationDifferences(
    IReadOnlyList<OrganisationDifference<DirectorateSnapshot>> Directorates,
    IReadOnlyList<OrganisationDifference<CentreSnapshot>> Centres,
    IReadOnlyList<OrganisationDifference<UnitSnapshot>> Units)
{
    public int Count => Directorates.Count + Centres.Count + Units.Count;

    public bool IsEmpty => Count == 0;

    public static OrganisationDifferences Between(OrganisationStructure before, OrganisationStructure after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return new OrganisationDifferences(
            Compare(before.Directorates, after.Directorates, d => d.Key, DirectorateFields),
            Compare(before.Centres, after.Centres, c => c.Key, CentreFields),
            Compare(before.Units, after.Units, u => u.Key, UnitFields));
    }

    private static List<OrganisationDifference<T>> Compare<T>(
        IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, Guid> key, Func<T, T, IEnumerable<OrganisationField>> fields)
        where T : class
    {
        var earlier = ByKey(before, key);
        var later = ByKey(after, key);
        var differences = new List<OrganisationDifference<T>>();
        foreach (var (k, now) in later)
        {
            if (!earlier.TryGetValue(k, out var then))
            {
                differences.Add(new OrganisationDifference<T>(k, null, now, []));
                continue;
            }

            var changed = fields(then, now).ToList();
            if (changed.Count > 0)
            {
                differences.Add(new OrganisationDifference<T>(k, then, now, changed));
            }
        }

        differences.AddRange(earlier.Where(e => !later.ContainsKey(e.Key)).Select(e => new OrganisationDifference<T>(e.Key, e.Value, null, [])));
        return differences;
    }

    // Keeps the order of the list; a key listed twice counts once (the first), as the Find methods do.
    private static Dictionary<Guid, T> ByKey<T>(IReadOnlyList<T> parts, Func<T, Guid> key)
    {
        var byKey = new Dictionary<Guid, T>();
        foreach (var part in parts)
        {
            byKey.TryAdd(key(part), part);
        }

        return byKey;
    }

    private static IEnumerable<OrganisationField> DirectorateFields(DirectorateSnapshot before, DirectorateSnapshot after)
    {
        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            yield return OrganisationField.Name;
        }

        if (!string.Equals(before.DirectorName, after.DirectorName, StringComparison.Ordinal))
        {
            yield return OrganisationField.DirectorName;
        }
    }

    private static IEnumerable<OrganisationField> CentreFields(CentreSnapshot before, CentreSnapshot after)
    {
        if (!string.Equals(before.Code, after.Code, StringComparison.Ordinal))
        {
            yield return OrganisationField.Code;
        }

        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            yield return OrganisationField.Name;
        }

        if (before.Kind != after.Kind)
        {
            yield return OrganisationField.Kind;
        }

        if (before.DirectorateKey != after.DirectorateKey)
        {
            yield return OrganisationField.Directorate;
        }
    }

    private static IEnumerable<OrganisationField> UnitFields(UnitSnapshot before, UnitSnapshot after)
    {
        if (!string.Equals(before.Name, after.Name, StringComparison.Ordinal))
        {
            yield return OrganisationField.Name;
        }

        if (before.CentreKey != after.CentreKey)
        {
            yield return OrganisationField.Centre;
        }

        // decimal compares by value: 12.0m == 12m.
        if (before.Fte != after.Fte)
        {
            yield return OrganisationField.Fte;
        }

        if (before.Payroll != after.Payroll)
        {
            yield return OrganisationField.Payroll;
        }
    }
}
