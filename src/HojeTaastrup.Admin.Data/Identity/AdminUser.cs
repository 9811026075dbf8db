using Microsoft.AspNetCore.Identity;

namespace HojeTaastrup.Admin.Data.Identity;

public sealed class AdminUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    // A disabled user cannot sign in, and loses access in open circuits at the next revalidation.
    public bool IsDisabled { get; set; }
}
