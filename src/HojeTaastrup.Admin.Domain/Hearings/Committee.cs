using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Hearings;

// A MED committee: its name, its level, the users who sit in it (user ids; one of them may chair it) and the
// centres it covers (codes of the organisation). A MED member answers hearings only for the committees whose
// Members hold his or her id.
public sealed class Committee : Entity, IAudited, IVersioned
{
    public const int MaxNameLength = 200;

    private Committee()
    {
    }

    public Committee(string name, CommitteeLevel level, IEnumerable<string>? centreCodes = null)
    {
        Edit(name, level, centreCodes ?? []);
    }

    public string Name { get; private set; } = string.Empty;

    // The name trimmed and in upper case: unique, so two administrators creating "SektorMED CAI" at once get a 409.
    public string NameKey { get; private set; } = string.Empty;

    public CommitteeLevel Level { get; private set; }

    public IReadOnlyList<string> Members { get; private set; } = [];

    public string? ChairUserId { get; private set; }

    public IReadOnlyList<string> CentreCodes { get; private set; } = [];

    public long Version { get; private set; }

    public static string Key(string name) => (name ?? string.Empty).Trim().ToUpperInvariant();

    public bool IsMember(string? userId) => userId is not null && Members.Contains(userId, StringComparer.Ordinal);

    public void Edit(string name, CommitteeLevel level, IEnumerable<string> centreCodes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(centreCodes);
        Name = name.Trim();
        NameKey = Key(name);
        Level = level;
        CentreCodes = centreCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public void AddMember(string userId, bool chair = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!IsMember(userId))
        {
            Members = [.. Members, userId];
        }

        if (chair)
        {
            ChairUserId = userId;
        }
    }

    public void RemoveMember(string userId)
    {
        Members = Members.Where(m => m != userId).ToList();
        if (ChairUserId == userId)
        {
            ChairUserId = null;
        }
    }

    public void SetChair(string? userId)
    {
        if (userId is not null && !IsMember(userId))
        {
            throw HearingRefusals.ChairNotMember.ToException();
        }

        ChairUserId = userId;
    }
}
