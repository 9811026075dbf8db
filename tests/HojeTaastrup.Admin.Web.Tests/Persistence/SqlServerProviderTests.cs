using System.Reflection;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Data.Providers;
using HojeTaastrup.Admin.Domain.Reorganisation;
using Microsoft.Data.SqlClient;
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

    // SQL Server's two "duplicate key" errors: a unique index (2601) and a unique constraint (2627).
    [Theory]
    [InlineData(2601, true)]
    [InlineData(2627, true)]
    [InlineData(547, false)]
    public void UniqueViolation_SqlServerError_IsAConflictOnlyForDuplicateKeys(int number, bool isConflict)
    {
        var exception = new DbUpdateException("Save failed", SqlServerError(number));

        Assert.Equal(isConflict, UniqueViolation.Is(exception));
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

    // SqlException has no public constructor; SqlClient's own factory is internal, so the test reaches it by name.
    private static SqlException SqlServerError(int number)
    {
        const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Instance;
        var error = (SqlError)typeof(SqlError).GetConstructors(Internal)
            .Single(c => c.GetParameters().Length == 8)
            .Invoke([number, (byte)0, (byte)14, "server", "Cannot insert duplicate key.", "", 0, null]);
        var errors = (SqlErrorCollection)typeof(SqlErrorCollection).GetConstructors(Internal).Single().Invoke(null);
        typeof(SqlErrorCollection).GetMethod("Add", Internal)!.Invoke(errors, [error]);
        return (SqlException)typeof(SqlException).GetMethod("CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])!
            .Invoke(null, [errors, "16.0"])!;
    }
}
