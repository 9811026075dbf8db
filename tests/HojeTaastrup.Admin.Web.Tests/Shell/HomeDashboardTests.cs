using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Data.Identity;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Home;
using HojeTaastrup.Admin.Web.Tests.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

// Against a real SQLite file set up by the app's own persistence registration: the counts are SQL.
public sealed class HomeDashboardTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"admin-dashboard-{Guid.NewGuid():N}");
    private ServiceProvider _services = default!;
    private IServiceScope _scope = default!;

    private IDbContextFactory<AdminDbContext> Factory => _scope.ServiceProvider.GetRequiredService<IDbContextFactory<AdminDbContext>>();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Sqlite",
                ["ConnectionStrings:Admin"] = $"Data Source={Path.Combine(_folder, "admin.db")}",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAdminPersistence(configuration, new TestHostEnvironment(_folder));
        _services = services.BuildServiceProvider();
        await _services.MigrateAdminDatabaseAsync();
        _scope = _services.CreateScope();
    }

    [Fact]
    public async Task Load_CountsEnabledUsersAndTheirRoles()
    {
        await using (var db = await Factory.CreateDbContextAsync())
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

        var summary = await new HomeDashboard(Factory).LoadAsync();

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
        var summary = await new HomeDashboard(Factory).LoadAsync();

        Assert.Equal(0, summary.ActiveUsers);
        Assert.Equal(Roles.All, summary.UsersPerRole.Select(r => r.Role));
        Assert.All(summary.UsersPerRole, r => Assert.Equal(0, r.Users));
    }

    [Fact]
    public async Task Load_CountsTheOrganisationInForceToday_NotALaterOne()
    {
        await using (var db = await Factory.CreateDbContextAsync())
        {
            db.OrganisationVersions.Add(OrganisationVersion.FromStructure(Seed2010.BaselineDate, "2010", Seed2010.Baseline));
            var later = new OrganisationVersion(new DateOnly(2031, 1, 1), "Senere");
            later.AddCentre("ABC", "Et center", CentreKind.Centre, later.AddDirectorate("Område", "").Key);
            db.OrganisationVersions.Add(later);
            await db.SaveChangesAsync();
        }

        var today = new FixedTimeProvider(new DateTimeOffset(2030, 6, 1, 10, 0, 0, TimeSpan.Zero));
        var summary = await new HomeDashboard(Factory, today).LoadAsync();

        Assert.NotNull(summary.Organisation);
        Assert.Equal("16 centre og 4 enheder", summary.Organisation.Counts.Describe());
        Assert.Equal(Seed2010.Baseline.Units.Count, summary.Organisation.Units);
        Assert.Equal(Seed2010.Baseline.TotalFte(), summary.Organisation.Fte);
        Assert.Equal(Seed2010.BaselineDate, summary.Organisation.EffectiveFrom);
    }

    [Fact]
    public async Task Load_BeforeAnyOrganisation_HasNone()
    {
        var summary = await new HomeDashboard(Factory).LoadAsync();

        Assert.Null(summary.Organisation);
    }

    [Fact]
    public async Task Load_CountsReorganisationProposalsByStatus()
    {
        await using (var db = await Factory.CreateDbContextAsync())
        {
            var inHearing = new ReorganisationProposal("I høring", "", new DateOnly(2010, 10, 1), Seed2010.Baseline);
            inHearing.SendToHearing();
            db.ReorganisationProposals.AddRange(
                new ReorganisationProposal("Udkast 1", "", new DateOnly(2011, 1, 1), Seed2010.Baseline),
                new ReorganisationProposal("Udkast 2", "", new DateOnly(2011, 1, 1), Seed2010.Baseline),
                inHearing);
            await db.SaveChangesAsync();
        }

        var summary = await new HomeDashboard(Factory).LoadAsync();

        Assert.Equal(new ReorganisationCounts(Drafts: 2, InHearing: 1, Adopted: 0, Withdrawn: 0), summary.Reorganisations);
    }

    public async Task DisposeAsync()
    {
        _scope.Dispose();
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static AdminUser User(string name, bool disabled = false) =>
        new() { UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name, IsDisabled = disabled };
}
