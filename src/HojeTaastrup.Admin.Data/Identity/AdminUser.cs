using HojeTaastrup.Admin.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace HojeTaastrup.Admin.Data.Identity;

// Versioned like the other edited entities (Data/Concurrency), so that an administrator's edit carries
// the `version` it read. Identity's ConcurrencyStamp stays as well: UserManager's own updates (a failed
// sign-in, say) still conflict with ours, because the user administration rotates it on every change.
public sealed class AdminUser : IdentityUser, IVersioned
{
    public string DisplayName { get; set; } = "";

    // A disabled user cannot sign in; their API tokens and open circuits lose access at once (UserSessions).
    public bool IsDisabled { get; set; }

    public long Version { get; private set; }
}
