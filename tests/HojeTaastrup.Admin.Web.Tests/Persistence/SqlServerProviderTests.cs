using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Providers;
using HojeTaastrup.Admin.Domain.Reorganisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;

namespace HojeTaastrup.Admin.Web.Tests.Persistence;

// No SQL Server engine runs on the build machines: these check what can be checked without one
// (MigrationSnapshotTests and MigrationScriptTests do the rest).
public sealed class SqlServerProviderTests
{
    private const string ConnectionString = "Server=db.htk.local;Database=admin;User Id=admin;Password=Hemmelig-1;TrustServerCertificate=true";

    [Theory]
    [InlineData("SqlServer")]
    [InlineData("sqlserver")]
    [InlineData("MSSQL")]
    public void FromConfiguration_SqlServer_CreatesTheSqlServerContext(string provider)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [AdminDatabaseSettings.ProviderKey] = provider,
            ["ConnectionStrings:" + AdminDatabaseSettings.ConnectionStringName] = ConnectionString,
        }).Build();

        var settings = AdminDatabaseSettings.FromConfiguration(configuration, Path.GetTempPath());
        using var db = AdminDbContextFactory.Create(settings);

        Assert.Equal(AdminDatabaseProvider.SqlServer, settings.Provider);
        Assert.IsType<SqlServerAdminDbContext>(db);
        Assert.True(db.Database.IsSqlServer());
        Assert.DoesNotContain("Hemmelig", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_SqlServerWithoutConnectionString_IsRefused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [AdminDatabaseSettings.ProviderKey] = "SqlServer",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => AdminDatabaseSettings.FromConfiguration(configuration, Path.GetTempPath()));
        Assert.Contains("SqlServer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_OnSqlServer_StoresMoneyAsBigintDatesAsDateAndInstantsAsUtcDatetimeoffset()
    {
        var settings = new AdminDatabaseSettings(AdminDatabaseProvider.SqlServer, ConnectionString);
        using var db = AdminDbContextFactory.Create(settings);
        var model = db.GetService<IDesignTimeModel>().Model;
        var proposal = model.FindEntityType(typeof(ReorganisationProposal))!;
        var audit = model.FindEntityType(typeof(AuditEntry))!;

        Assert.Equal("bigint", proposal.FindProperty(nameof(ReorganisationProposal.TargetYearlySaving))!.GetColumnType());
        Assert.Equal("date", proposal.FindProperty(nameof(ReorganisationProposal.EffectiveDate))!.GetColumnType());
        var atUtc = audit.FindProperty(nameof(AuditEntry.AtUtc))!;
        Assert.Equal("datetimeoffset", atUtc.GetColumnType());
        var stored = atUtc.GetValueConverter()!.ConvertToProvider(new DateTimeOffset(2026, 6, 4, 10, 0, 0, TimeSpan.FromHours(2)));
        Assert.Equal(new DateTimeOffset(2026, 6, 4, 8, 0, 0, TimeSpan.Zero), stored);
        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)stored!).Offset);
    }
}
