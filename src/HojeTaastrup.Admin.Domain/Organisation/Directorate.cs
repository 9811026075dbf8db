using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

// A director's area within one organisation version. Changed only through OrganisationVersion.
public sealed class Directorate : Entity
{
    private Directorate()
    {
    }

    internal Directorate(Guid organisationVersionId, Guid key, string name, string directorName)
    {
        OrganisationVersionId = organisationVersionId;
        Key = key;
        Name = name;
        DirectorName = directorName;
    }

    public Guid OrganisationVersionId { get; private set; }

    public Guid Key { get; private set; }

    public string Name { get; private set; } = string.Empty;

    // Empty while the post is vacant.
    public string DirectorName { get; private set; } = string.Empty;

    internal void Update(string name, string directorName)
    {
        Name = name;
        DirectorName = directorName;
    }

    public DirectorateSnapshot ToSnapshot() => new(Key, Name, DirectorName);
}
