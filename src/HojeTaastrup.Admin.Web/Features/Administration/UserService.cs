using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Domain.Administration;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Web.Features.Hearings;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HojeTaastrup.Admin.Web.Features.Administration;

// The user administration's use cases, for the page and the API alike: load, check the rules, save (the
// context audits the user row and checks its Version), then tell the user's open circuits. Only
// administrators; every change that must end a user's access (disable, new roles, new password) gives
// the user a new security stamp, which API tokens and circuits are checked against. The user's MED committees
// are the committees' own members (Committee.AddMember / RemoveMember), changed in the same save as the user.
public sealed class UserService(
    IDbContextFactory<AdminDbContext> dbFactory,
    CurrentUser currentUser,
    IPasswordHasher<AdminUser> passwordHasher,
    ILookupNormalizer normalizer,
    IdentityErrorDescriber describer,
    IOptions<IdentityOptions> identityOptions,
    UserSessions sessions,
    TimeProvider time,
    IValidator<CreateUserInput> createValidator,
    IValidator<EditUserInput> editValidator,
    IValidator<PasswordInput> passwordValidator,
    IValidator<UserVersionInput> versionValidator)
{
    public const string NotFoundMessage = "Brugeren findes ikke.";
    public const string ForbiddenMessage = "Kun en administrator kan administrere brugere.";
    public const string RolesField = "Roles";
    public const string CommitteesField = "Committees";

    public async Task<IReadOnlyList<UserView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var user = await currentUser.PrincipalAsync();
        EnsureAdministrator(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(db, null, cancellationToken);
        var admins = await ActiveAdministratorIdsAsync(db, cancellationToken);
        var committees = await OrderedCommitteesAsync(db, cancellationToken);
        return users
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)
            .Select(u => View(u, roles[u.Id], user, admins, committees))
            .ToList();
    }

    public async Task<UserView> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.PrincipalAsync();
        EnsureAdministrator(user);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        return await ViewAsync(db, target, user, cancellationToken);
    }

    // The MED committees a user can be put in (the user form's choice), in the committees' own order.
    public async Task<IReadOnlyList<UserCommitteeView>> CommitteeOptionsAsync(CancellationToken cancellationToken = default)
    {
        EnsureAdministrator(await currentUser.PrincipalAsync());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await OrderedCommitteesAsync(db, cancellationToken)).Select(c => new UserCommitteeView(c.Id, c.Name)).ToList();
    }

    public async Task<UserView> CreateAsync(CreateUserInput input, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.PrincipalAsync();
        ArgumentNullException.ThrowIfNull(input);
        EnsureAdministrator(user);
        await createValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var userName = input.UserName.Trim();
        var normalized = normalizer.NormalizeName(userName);

        // Unique whatever the case: "Anne" and "anne" would sign in as the same person.
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            throw DuplicateUserName(userName);
        }

        var created = new AdminUser
        {
            UserName = userName,
            NormalizedUserName = normalized,
            DisplayName = input.DisplayName.Trim(),
            LockoutEnabled = identityOptions.Value.Lockout.AllowedForNewUsers,
            SecurityStamp = NewStamp(),
        };
        created.PasswordHash = passwordHasher.HashPassword(created, input.Password);
        db.Users.Add(created);
        await SetRolesAsync(db, created.Id, [], [.. input.Roles.Distinct(StringComparer.Ordinal)], cancellationToken);
        await SetCommitteesAsync(db, created.Id, input.Committees ?? [], cancellationToken);
        await SaveAsync(db, userName, cancellationToken);
        return await ViewAsync(db, created, user, cancellationToken);
    }

    public async Task<UserView> EditAsync(string id, EditUserInput input, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.PrincipalAsync();
        ArgumentNullException.ThrowIfNull(input);
        EnsureAdministrator(user);
        await editValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var target = await LoadAsync(db, id, input.Version!.Value, cancellationToken);
        var before = await RoleIdsOfAsync(db, id, cancellationToken);
        var after = input.Roles.Distinct(StringComparer.Ordinal).ToList();
        if (before.Contains(Roles.Administrator) && !after.Contains(Roles.Administrator)
            && UserAccountRules.RemoveAdministratorRole(id, await ActiveAdministratorIdsAsync(db, cancellationToken)) is { } refusal)
        {
            throw Refused(refusal);
        }

        target.DisplayName = input.DisplayName.Trim();
        var rolesChanged = await SetRolesAsync(db, id, before, after, cancellationToken);
        if (rolesChanged)
        {
            // Tokens and cookies carry the roles as claims: the old ones must stop working now.
            NewStamps(target);
        }

        // A committee change alone still moves the user's version, so that it is checked against the one read.
        if (await SetCommitteesAsync(db, id, input.Committees, cancellationToken) && !rolesChanged)
        {
            target.ConcurrencyStamp = NewStamp();
        }

        await SaveAsync(db, target.UserName, cancellationToken);
        if (rolesChanged)
        {
            await sessions.UserChangedAsync(id);
        }

        return await ViewAsync(db, target, user, cancellationToken);
    }

    public Task<UserView> DisableAsync(string id, UserVersionInput input, CancellationToken cancellationToken = default) =>
        ChangeUserAsync(id, input, versionValidator, input?.Version, async (user, db, target) =>
        {
            if (UserAccountRules.Disable(ActorId(user), id, await ActiveAdministratorIdsAsync(db, cancellationToken)) is { } refusal)
            {
                throw Refused(refusal);
            }

            if (!target.IsDisabled)
            {
                target.IsDisabled = true;
                NewStamps(target);
            }

            return true;
        }, cancellationToken);

    public Task<UserView> EnableAsync(string id, UserVersionInput input, CancellationToken cancellationToken = default) =>
        ChangeUserAsync(id, input, versionValidator, input?.Version, (_, _, target) =>
        {
            if (target.IsDisabled)
            {
                target.IsDisabled = false;
                target.ConcurrencyStamp = NewStamp();
            }

            return Task.FromResult(false);
        }, cancellationToken);

    // A new password also lifts a lockout: the administrator has just given the user a way back in.
    public Task<UserView> ResetPasswordAsync(string id, PasswordInput input, CancellationToken cancellationToken = default) =>
        ChangeUserAsync(id, input, passwordValidator, input?.Version, (_, _, target) =>
        {
            target.PasswordHash = passwordHasher.HashPassword(target, input!.Password);
            target.AccessFailedCount = 0;
            target.LockoutEnd = null;
            NewStamps(target);
            return Task.FromResult(true);
        }, cancellationToken);

    // One change to one user: an administrator acts, the input has its shape, the user is the version read;
    // saved (audited) only when something changed. change answers whether the user's open sessions and tokens
    // must be checked again at once (UserSessions).
    private async Task<UserView> ChangeUserAsync<TInput>(
        string id, TInput input, IValidator<TInput> validator, long? version,
        Func<ClaimsPrincipal, AdminDbContext, AdminUser, Task<bool>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var user = await currentUser.PrincipalAsync();
        EnsureAdministrator(user);
        await validator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var target = await LoadAsync(db, id, version!.Value, cancellationToken);
        var recheckSessions = await change(user, db, target);
        if (db.ChangeTracker.HasChanges())
        {
            await SaveAsync(db, target.UserName, cancellationToken);
        }

        if (recheckSessions)
        {
            await sessions.UserChangedAsync(id);
        }

        return await ViewAsync(db, target, user, cancellationToken);
    }

    private static async Task<AdminUser> LoadAsync(AdminDbContext db, string id, long version, CancellationToken cancellationToken)
    {
        var target = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new NotFoundException(NotFoundMessage);
        db.Entry(target).ExpectVersion(version);
        return target;
    }

    // Roles live in Identity's join table, which the audit log does not follow: the change is recorded
    // under the user as the field "Roles" (role ids, sorted) in the same save.
    private static async Task<bool> SetRolesAsync(
        AdminDbContext db, string userId, List<string> before, List<string> after, CancellationToken cancellationToken)
    {
        if (before.Count == after.Count && before.All(after.Contains))
        {
            return false;
        }

        var roleIds = await db.Roles.Where(r => r.Name != null).ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        foreach (var removed in before.Except(after))
        {
            db.UserRoles.Remove(await db.UserRoles.SingleAsync(ur => ur.UserId == userId && ur.RoleId == roleIds[removed], cancellationToken));
        }

        foreach (var added in after.Except(before))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = userId, RoleId = roleIds[added] });
        }

        db.RecordAudit(AuditEntry.KindOf<AdminUser>(), userId, AuditAction.Modified, [new AuditFieldChange(RolesField, ListText(before), ListText(after))]);
        return true;
    }

    // null leaves the user's committees as they are. An unknown id is a field error and nothing is changed.
    // Each committee whose members change is audited and versioned itself; the change is also recorded under
    // the user as the field "Committees" (names, sorted), like the roles.
    private static async Task<bool> SetCommitteesAsync(
        AdminDbContext db, string userId, List<Guid>? wanted, CancellationToken cancellationToken)
    {
        if (wanted is null)
        {
            return false;
        }

        var committees = await db.Committees.ToListAsync(cancellationToken);
        var unknown = wanted.Where(id => committees.All(c => c.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure(CommitteesField, $"Udvalget {unknown[0]} findes ikke.")]);
        }

        var before = committees.Where(c => c.IsMember(userId)).ToList();
        var after = committees.Where(c => wanted.Contains(c.Id)).ToList();
        if (before.Count == after.Count && before.All(after.Contains))
        {
            return false;
        }

        foreach (var left in before.Except(after))
        {
            left.RemoveMember(userId);
        }

        foreach (var joined in after.Except(before))
        {
            joined.AddMember(userId);
        }

        db.RecordAudit(
            AuditEntry.KindOf<AdminUser>(), userId, AuditAction.Modified,
            [new AuditFieldChange(CommitteesField, ListText(before.Select(c => c.Name)), ListText(after.Select(c => c.Name)))]);
        return true;
    }

    private static string? ListText(IEnumerable<string> roles)
    {
        var text = string.Join(", ", roles.Order(StringComparer.Ordinal));
        return text.Length == 0 ? null : text;
    }

    // A unique index refusing the user name means someone created the same user in between.
    private async Task SaveAsync(AdminDbContext db, string? userName, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            throw DuplicateUserName(userName ?? "");
        }
    }

    private ValidationException DuplicateUserName(string userName) =>
        new([new ValidationFailure(nameof(CreateUserInput.UserName), describer.DuplicateUserName(userName).Description)]);

    private static DomainException Refused(UserRefusal refusal) => new(refusal.Message) { Code = refusal.Code };

    private static void NewStamps(AdminUser user)
    {
        user.SecurityStamp = NewStamp();
        user.ConcurrencyStamp = NewStamp();
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N").ToUpperInvariant();

    private async Task<UserView> ViewAsync(AdminDbContext db, AdminUser target, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        View(
            target,
            await RoleIdsOfAsync(db, target.Id, cancellationToken),
            user,
            await ActiveAdministratorIdsAsync(db, cancellationToken),
            await OrderedCommitteesAsync(db, cancellationToken));

    private UserView View(
        AdminUser target, IEnumerable<string> roles, ClaimsPrincipal user, IReadOnlyCollection<string> activeAdministrators,
        IReadOnlyList<Committee> committees) => new(
        target.Id,
        target.UserName ?? "",
        target.DisplayName,
        roles.Order(StringComparer.Ordinal).ToList(),
        target.IsDisabled,
        target.LockoutEnd > time.GetUtcNow(),
        target.Version,
        target.IsDisabled ? null : UserAccountRules.Disable(ActorId(user), target.Id, activeAdministrators),
        committees.Where(c => c.IsMember(target.Id)).Select(c => new UserCommitteeView(c.Id, c.Name)).ToList());

    // In the committees' own order (level, then name), as the committee pages show them.
    private static async Task<IReadOnlyList<Committee>> OrderedCommitteesAsync(AdminDbContext db, CancellationToken cancellationToken) =>
        HearingViewMapping.Ordered(await db.Committees.AsNoTracking().ToListAsync(cancellationToken)).ToList();

    private static async Task<List<string>> RoleIdsOfAsync(AdminDbContext db, string userId, CancellationToken cancellationToken) =>
        (await RolesByUserAsync(db, userId, cancellationToken))[userId].ToList();

    private static async Task<ILookup<string, string>> RolesByUserAsync(AdminDbContext db, string? userId, CancellationToken cancellationToken)
    {
        var rows = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where userId == null || ur.UserId == userId
                          select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.UserId, r => r.Name ?? "");
    }

    private static async Task<IReadOnlyCollection<string>> ActiveAdministratorIdsAsync(AdminDbContext db, CancellationToken cancellationToken) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               join u in db.Users on ur.UserId equals u.Id
               where r.Name == Roles.Administrator && !u.IsDisabled
               select u.Id).Distinct().ToListAsync(cancellationToken);

    private static string ActorId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private static void EnsureAdministrator(ClaimsPrincipal user)
    {
        if (!user.IsInAnyRole(Policies.Administrators))
        {
            throw new ForbiddenException(ForbiddenMessage);
        }
    }
}
