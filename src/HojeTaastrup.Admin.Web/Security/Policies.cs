using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace HojeTaastrup.Admin.Web.Security;

// One policy per action, checked on the server by pages ([Authorize(Policy = ...)]) and API endpoints
// (RequireAuthorization). The navigation menu only mirrors them.
public static class Policies
{
    // Every API endpoint: a bearer token (never the cookie) of a user who is still enabled.
    public const string Api = nameof(Api);
    public const string SignedIn = nameof(SignedIn);
    public const string ViewOrganisation = nameof(ViewOrganisation);
    public const string EditOrganisation = nameof(EditOrganisation);
    public const string ViewReorganisations = nameof(ViewReorganisations);
    public const string EditReorganisations = nameof(EditReorganisations);
    public const string ViewSavings = nameof(ViewSavings);
    public const string EditProgrammes = nameof(EditProgrammes);
    public const string EditSavingsProposals = nameof(EditSavingsProposals);
    public const string ViewHearings = nameof(ViewHearings);
    public const string EditHearings = nameof(EditHearings);
    public const string RespondHearings = nameof(RespondHearings);
    public const string ViewRealisation = nameof(ViewRealisation);
    public const string RecordRealisation = nameof(RecordRealisation);
    public const string DecideCoverMeasures = nameof(DecideCoverMeasures);
    public const string Administer = nameof(Administer);
    public const string ViewAudit = nameof(ViewAudit);

    // Who may do what, once: the policies below and the use cases' authorization handlers
    // (Features/*/…Access.cs, UserService) read these, so a route and its use case never disagree.
    public static IReadOnlyList<string> OrganisationEditors { get; } = [Roles.Administrator];

    public static IReadOnlyList<string> ReorganisationEditors { get; } = [Roles.Director];

    public static IReadOnlyList<string> DraftReaders { get; } = [Roles.Director, Roles.Administrator];

    // Savings: finance sets programmes and targets with the directors; the directors write the proposals;
    // drafts are read by those who prepare them (and administrators), the rest by everyone signed in.
    public static IReadOnlyList<string> ProgrammeEditors { get; } = [Roles.Director, Roles.Finance];

    public static IReadOnlyList<string> SavingsProposalEditors { get; } = [Roles.Director];

    public static IReadOnlyList<string> SavingsDraftReaders { get; } = [Roles.Administrator, Roles.Director, Roles.Finance];

    // Realisation: finance records what was realised, imports, freezes follow-ups; the directors decide cover measures;
    // everyone signed in reads.
    public static IReadOnlyList<string> RealisationRecorders { get; } = [Roles.Finance];

    public static IReadOnlyList<string> CoverMeasureDeciders { get; } = [Roles.Director];

    public static IReadOnlyList<string> Administrators { get; } = [Roles.Administrator];

    // Hearings: directors open and publish them; MED members answer (for their own committees only, HearingAccess);
    // these follow every hearing before publication, readers see the published ones.
    public static IReadOnlyList<string> HearingManagers { get; } = [Roles.Director];

    public static IReadOnlyList<string> HearingResponders { get; } = [Roles.MedMember];

    public static IReadOnlyList<string> HearingFollowers { get; } = [Roles.Administrator, Roles.Director, Roles.Finance, Roles.MedMember];

    public static bool IsInAnyRole(this System.Security.Claims.ClaimsPrincipal user, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Any(user.IsInRole);
    }

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(ViewOrganisation, p => p.RequireAuthenticatedUser());
        options.AddPolicy(EditOrganisation, p => p.RequireRole(OrganisationEditors));
        options.AddPolicy(ViewReorganisations, p => p.RequireAuthenticatedUser());
        options.AddPolicy(EditReorganisations, p => p.RequireRole(ReorganisationEditors));
        // Readers open the savings pages too; the use cases leave the drafts out for them (SavingsAccess).
        options.AddPolicy(ViewSavings, p => p.RequireAuthenticatedUser());
        options.AddPolicy(EditProgrammes, p => p.RequireRole(ProgrammeEditors));
        options.AddPolicy(EditSavingsProposals, p => p.RequireRole(SavingsProposalEditors));
        options.AddPolicy(ViewHearings, p => p.RequireAuthenticatedUser());
        options.AddPolicy(EditHearings, p => p.RequireRole(HearingManagers));
        options.AddPolicy(RespondHearings, p => p.RequireRole(HearingResponders));
        options.AddPolicy(ViewRealisation, p => p.RequireAuthenticatedUser());
        options.AddPolicy(RecordRealisation, p => p.RequireRole(RealisationRecorders));
        options.AddPolicy(DecideCoverMeasures, p => p.RequireRole(CoverMeasureDeciders));
        options.AddPolicy(Administer, p => p.RequireRole(Administrators));
        options.AddPolicy(ViewAudit, p => p.RequireRole(Roles.Administrator, Roles.Director, Roles.Finance));
    }
}
