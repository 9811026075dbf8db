using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// A centre, unit or staff within one organisation version. Changed only through OrganisationVersion.
public sealed class Centre : Entity
{
    private Centre()
    {
    }

    internal Centre(Guid organisationVersionId, Guid key, string code, string name, CentreKind kind, Guid directorateKey)
    {
        OrganisationVersionId = organisationVersionId;
        Key = key;
        Code = code;
        Name = name;
        Kind = kind;
        DirectorateKey = directorateKey;
    }

    public Guid OrganisationVersionId { get; private set; }

    public Guid Key { get; private set; }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public CentreKind Kind { get; private set; }

    // The Key of a Directorate in the same version.
    public Guid DirectorateKey { get; private set; }

    internal void Update(string code, string name, CentreKind kind, Guid directorateKey)
    {
        Code = code;
        Name = name;
        Kind = kind;
        DirectorateKey = directorateKey;
    }

    public CentreSnapshot ToSnapshot() => new(Key, Code, Name, Kind, DirectorateKey);
}
