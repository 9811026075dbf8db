using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Hearings;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Hearings;

// The MED committees and their members, for administrators (pages and API alike); everyone signed in reads them.
public sealed class CommitteeService(
    IDbContextFactory<AdminDbContext> dbFactory,
    CurrentUser currentUser,
    IValidator<CommitteeInput> committeeValidator,
    IValidator<MemberInput> memberValidator)
{
    public const string NotFoundMessage = "Udvalget findes ikke.";
    public const string ForbiddenMessage = "Kun en administrator kan oprette udvalg og ændre deres medlemmer.";
    public const string SignInMessage = "Log ind for at se udvalgene.";

    public async Task<IReadOnlyList<CommitteeView>> ListAsync(CancellationToken cancellationToken = default)
    {
        await currentUser.RequireAsync(HearingAccess.Hearings, HearingAccess.Read, SignInMessage);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var committees = await db.Committees.AsNoTracking().ToListAsync(cancellationToken);
        var users = await UsersAsync(db, committees.SelectMany(c => c.Members), cancellationToken);
        return HearingViewMapping.Ordered(committees).Select(c => HearingViewMapping.Committee(c, users)).ToList();
    }

    public async Task<CommitteeView> CreateAsync(CommitteeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireAdministratorAsync();
        await committeeValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = Committee.Key(input.Name);
        if (await db.Committees.AnyAsync(c => c.NameKey == key, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(CommitteeInput.Name), $"Der findes allerede et udvalg med navnet {input.Name.Trim()}.")]);
        }

        var committee = new Committee(input.Name, input.Level!.Value, input.Centres.Select(OrganisationRules.NormaliseCode));
        db.Committees.Add(committee);
        await db.SaveChangesAsync(cancellationToken);
        return HearingViewMapping.Committee(committee, new Dictionary<string, UserOption>());
    }

    // The user is given by id or user name; adding a member twice keeps one (and may make him or her chair).
    public async Task<CommitteeView> AddMemberAsync(Guid id, MemberInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireAdministratorAsync();
        await memberValidator.ValidateAndThrowAsync(input, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var committee = await db.Committees.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(NotFoundMessage);
        var wanted = input.User.Trim();
        var normalised = wanted.ToUpperInvariant();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == wanted || u.NormalizedUserName == normalised)
            .Select(u => new { u.Id })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new ValidationException([new ValidationFailure(nameof(MemberInput.User), $"Brugeren {wanted} findes ikke.")]);
        committee.AddMember(user.Id, input.Chair);
        await db.SaveChangesAsync(cancellationToken);
        return HearingViewMapping.Committee(committee, await UsersAsync(db, committee.Members, cancellationToken));
    }

    public async Task<CommitteeView> RemoveMemberAsync(Guid id, string userId, CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var committee = await db.Committees.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException(NotFoundMessage);
        committee.RemoveMember(userId);
        await db.SaveChangesAsync(cancellationToken);
        return HearingViewMapping.Committee(committee, await UsersAsync(db, committee.Members, cancellationToken));
    }

    // The enabled users an administrator can add (the members page's drop-down).
    public async Task<IReadOnlyList<UserOption>> UserOptionsAsync(CancellationToken cancellationToken = default)
    {
        await RequireAdministratorAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled)
            .Select(u => new UserOption(u.Id, u.UserName ?? string.Empty, u.DisplayName))
            .ToListAsync(cancellationToken);
        return users.OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public Task<bool> CanManageAsync() => currentUser.MayAsync(HearingAccess.Hearings, HearingAccess.ManageCommittees);

    internal static async Task<Dictionary<string, UserOption>> UsersAsync(AdminDbContext db, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
                .Select(u => new UserOption(u.Id, u.UserName ?? string.Empty, u.DisplayName))
                .ToDictionaryAsync(u => u.Id, cancellationToken);
    }

    private Task RequireAdministratorAsync() => currentUser.RequireAsync(HearingAccess.Hearings, HearingAccess.ManageCommittees, ForbiddenMessage);
}
