using System.Collections.Concurrent;
using HojeTaastrup.Admin.Data.Identity;

namespace HojeTaastrup.Admin.Web.Security;

// What the API's active-user check needs of a user (ActiveUserRequirement), as read from the database.
public sealed record ActiveUserState(bool IsDisabled, bool LockoutEnabled, DateTimeOffset? LockoutEnd, string? SecurityStamp)
{
    public static ActiveUserState Of(AdminUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ActiveUserState(user.IsDisabled, user.LockoutEnabled, user.LockoutEnd, user.SecurityStamp);
    }

    // The token's stamp must be the user's current one: a new password or new roles give a new stamp.
    public bool Accepts(string? tokenStamp, DateTimeOffset now) =>
        !IsDisabled && !(LockoutEnabled && LockoutEnd >= now) && SecurityStamp is not null && tokenStamp == SecurityStamp;
}

// The API's active-user check read the user from the database on every request (issue 10: a command per
// request, a good part of a cheap read's cost). This keeps what was read for a few seconds. Every change on this
// node that must end a user's access forgets the user at once: the user administration through UserSessions
// (disable, new roles, new password) and a failed sign-in that may have locked the account (AdminSignInManager).
// Another web node reads the same database and sees such a change within Lifetime. A singleton.
public sealed class ActiveUsers(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    // Raised by every Forget: a read that overlapped a change is used once but not kept.
    private long _changes;

    // Null: no such user (deleted). read is called when nothing current is kept.
    public async Task<ActiveUserState?> GetAsync(string userId, Func<Task<ActiveUserState?>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var now = time.GetUtcNow();
        if (_kept.TryGetValue(userId, out var kept) && kept.Until > now)
        {
            return kept.State;
        }

        var changes = Interlocked.Read(ref _changes);
        var state = await read();
        if (Interlocked.Read(ref _changes) == changes)
        {
            _kept[userId] = new Kept(state, now + Lifetime);
        }

        return state;
    }

    public void Forget(string userId)
    {
        Interlocked.Increment(ref _changes);
        _kept.TryRemove(userId, out _);
    }

    private sealed record Kept(ActiveUserState? State, DateTimeOffset Until);
}
