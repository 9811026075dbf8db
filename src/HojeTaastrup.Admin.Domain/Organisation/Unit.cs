using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// A unit (afdeling/team) within one organisation version. Changed only through OrganisationVersion.
public sealed class Unit : Entity
{
    private Unit()
    {
    }

    internal Unit(Guid organisationVersionId, Guid key, string name, Guid centreKey, decimal fte, Money payroll)
    {
        OrganisationVersionId = organisationVersionId;
        Key = key;
        Name = name;
        CentreKey = centreKey;
        Fte = fte;
        Payroll = payroll;
    }

    public Guid OrganisationVersionId { get; private set; }

    public Guid Key { get; private set; }

    public string Name { get; private set; } = string.Empty;

    // The Key of a Centre in the same version.
    public Guid CentreKey { get; private set; }

    public decimal Fte { get; private set; }

    public Money Payroll { get; private set; }

    internal void Update(string name, Guid centreKey, decimal fte, Money payroll)
    {
        Name = name;
        CentreKey = centreKey;
        Fte = fte;
        Payroll = payroll;
    }

    public UnitSnapshot ToSnapshot() => new(Key, Name, CentreKey, Fte, Payroll);
}
