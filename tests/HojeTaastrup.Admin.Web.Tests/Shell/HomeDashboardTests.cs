using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Web.Features.Home;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

// Against a real SQLite file: the counts are SQL, not LINQ to objects.
public sealed class HomeDashboardTests : IDisposable
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"admin-dashboard-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<AdminDbContext> _options;

    public HomeDashboardTests()
    {
        _options = new DbContextOptionsBuilder<AdminDbContext>().UseSqlite($"Data Source={_databaseFile}").Options;
        using var db = new AdminDbContext(_options);
        db.Database.EnsureCreated();
    }

    [Fact]
    public async Task Load_CountsEnabledUsersAndTheirRoles()
    {
        await using (var db = new AdminDbContext(_options))
        {
            var roles = Roles.All.ToDictionary(r => r, r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() });
            db.Roles.AddRange(roles.Values);
            var anna = User("anna");
            var bo = User("bo");
            var carl = User("carl", disabled: true);
            db.Users.AddRange(anna, bo, carl);
            db.UserRoles.AddRange(
                new IdentityUserRole<string> { UserId = anna.Id, RoleId = roles[Roles.Administrator].Id },
                new IdentityUserRole<string> { UserId = anna.Id, RoleId = roles[Roles.Director].Id },
                new IdentityUserRole<string> { UserId = bo.Id, RoleId = roles[Roles.Director].Id },
                new IdentityUserRole<string> { UserId = carl.Id, RoleId = roles[Roles.Finance].Id });
            await db.SaveChangesAsync();
        }

        var summary = await new HomeDashboard(new Factory(_options)).LoadAsync();

        Assert.Equal(2, summary.ActiveUsers);
        Assert.Equal(1, summary.DisabledUsers);
        Assert.Equal(5, summary.Roles);
        Assert.Equal(
            [new(Roles.Administrator, 1), new(Roles.Director, 2), new(Roles.Finance, 0), new(Roles.MedMember, 0), new(Roles.Reader, 0)],
            summary.UsersPerRole);
    }

    [Fact]
    public async Task Load_EmptyDatabase_ListsEveryRoleWithZero()
    {
        var summary = await new HomeDashboard(new Factory(_options)).LoadAsync();

        Assert.Equal(0, summary.ActiveUsers);
        Assert.Equal(Roles.All, summary.UsersPerRole.Select(r => r.Role));
        Assert.All(summary.UsersPerRole, r => Assert.Equal(0, r.Users));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }

    private static AdminUser User(string name, bool disabled = false) =>
        new() { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name, IsDisabled = disabled };

    private sealed class Factory(DbContextOptions<AdminDbContext> options) : IDbContextFactory<AdminDbContext>
    {
        public AdminDbContext CreateDbContext() => new(options);
    }
}
