using HojeTaastrup.Admin.Domain.Administration;

namespace HojeTaastrup.Admin.Web.Features.Administration;

// A user as the page and the API show it: never a password hash, security stamp or concurrency stamp.
// DisableRefusal is the rule's answer for the administrator who asked, so the page's button and the
// API's 422 say the same thing. Committees are the MED committees whose members include the user.
public sealed record UserView(
    string Id,
    string UserName,
    string DisplayName,
    IReadOnlyList<string> Roles,
    bool Disabled,
    bool LockedOut,
    long Version,
    UserRefusal? DisableRefusal,
    IReadOnlyList<UserCommitteeView> Committees);

// A MED committee the user sits in (Domain/Hearings/Committee's Members).
public sealed record UserCommitteeView(Guid Id, string Name);
