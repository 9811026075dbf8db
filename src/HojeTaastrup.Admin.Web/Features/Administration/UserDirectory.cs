using HojeTaastrup.Admin.Data;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Administration;

public sealed record UserSummary(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool IsDisabled, DateTimeOffset? LockoutEnd);

public sealed class UserDirectory(IDbContextFactory<AdminDbContext> dbFactory)
{
    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var rolesByUser = roles.ToLookup(r => r.UserId, r => r.Name ?? "");
        return users
            .Select(u => new UserSummary(u.Id, u.UserName ?? "", u.DisplayName, rolesByUser[u.Id].Order().ToList(), u.IsDisabled, u.LockoutEnd))
            .ToList();
    }
}
