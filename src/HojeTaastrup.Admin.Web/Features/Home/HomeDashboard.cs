using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Data.Queries;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features.Home;

public sealed record RoleCount(string Role, int Users);

// The organisation in force today: "16 centre og 4 enheder", 46 afdelinger …
public sealed record OrganisationToday(DateOnly EffectiveFrom, CentreCounts Counts, int Units, decimal Fte, Money Payroll);

// Reorganisation proposals by status; the page shows drafts only to those who may see them.
public sealed record ReorganisationCounts(int Drafts, int InHearing, int Adopted, int Withdrawn);

public sealed record DashboardSummary(
    int ActiveUsers,
    int DisabledUsers,
    int Roles,
    IReadOnlyList<RoleCount> UsersPerRole,
    OrganisationToday? Organisation = null,
    ReorganisationCounts? Reorganisations = null);

// The start page's figures. Organisation, savings and hearing counts join as those features arrive.
public sealed class HomeDashboard(IDbContextFactory<AdminDbContext> dbFactory, TimeProvider? time = null)
{
    public async Task<DashboardSummary> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var activeUsers = await db.Users.CountAsync(u => !u.IsDisabled, cancellationToken);
        var disabledUsers = await db.Users.CountAsync(u => u.IsDisabled, cancellationToken);
        var roles = await db.Roles.CountAsync(cancellationToken);

        var perRole = await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                join user in db.Users on userRole.UserId equals user.Id
                where !user.IsDisabled
                group userRole by role.Name into g
                select new { Role = g.Key, Users = g.Count() })
            .ToDictionaryAsync(x => x.Role ?? "", x => x.Users, cancellationToken);

        // Every known role in a fixed order, also those nobody has yet.
        var usersPerRole = Roles.All
            .Select(role => new RoleCount(role, perRole.GetValueOrDefault(role)))
            .ToList();

        return new DashboardSummary(
            activeUsers,
            disabledUsers,
            roles,
            usersPerRole,
            await OrganisationTodayAsync(db, cancellationToken),
            await ReorganisationCountsAsync(db, cancellationToken));
    }

    // Null before the first organisation version. "Today" is the municipality's day.
    private async Task<OrganisationToday?> OrganisationTodayAsync(AdminDbContext db, CancellationToken cancellationToken)
    {
        var today = MunicipalClock.Today(time ?? TimeProvider.System);
        var version = await db.OrganisationVersions.AsNoTracking().InForceOnAsync(today, cancellationToken);
        if (version is null)
        {
            return null;
        }

        var structure = version.ToStructure();
        return new OrganisationToday(version.EffectiveFrom, structure.CountCentres(), structure.Units.Count, structure.TotalFte(), structure.TotalPayroll());
    }

    private static async Task<ReorganisationCounts> ReorganisationCountsAsync(AdminDbContext db, CancellationToken cancellationToken)
    {
        var byStatus = await db.ReorganisationProposals
            .GroupBy(p => p.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Status, x => x.Count, cancellationToken);
        return new ReorganisationCounts(
            byStatus.GetValueOrDefault(ReorganisationStatus.Draft),
            byStatus.GetValueOrDefault(ReorganisationStatus.InHearing),
            byStatus.GetValueOrDefault(ReorganisationStatus.Adopted),
            byStatus.GetValueOrDefault(ReorganisationStatus.Withdrawn));
    }
}
