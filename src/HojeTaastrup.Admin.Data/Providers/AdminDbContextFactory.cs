using HojeTaastrup.Admin.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace HojeTaastrup.Admin.Data.Providers;

// Registered scoped, so each context carries the actor of the current request or circuit.
public sealed class AdminDbContextFactory(AdminDatabaseSettings settings, DbContextOptions<AdminDbContext> options, IAuditActor auditActor, TimeProvider timeProvider)
    : IDbContextFactory<AdminDbContext>
{
    public AdminDbContext CreateDbContext() => Create(settings.Provider, options, auditActor, timeProvider);

    public static AdminDbContext Create(AdminDatabaseProvider provider, DbContextOptions<AdminDbContext> options, IAuditActor auditActor, TimeProvider timeProvider) => provider switch
    {
        AdminDatabaseProvider.Sqlite => new SqliteAdminDbContext(options, auditActor, timeProvider),
        AdminDatabaseProvider.PostgreSql => new PostgresAdminDbContext(options, auditActor, timeProvider),
        AdminDatabaseProvider.SqlServer => new SqlServerAdminDbContext(options, auditActor, timeProvider),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    // Outside the app (dotnet ef, tests that only need the model): the system actor, options of its own.
    public static AdminDbContext Create(AdminDatabaseSettings settings) =>
        Create(settings.Provider, CreateOptions(settings), SystemAuditActor.Instance, TimeProvider.System);

    public static DbContextOptions<AdminDbContext> CreateOptions(AdminDatabaseSettings settings, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new DbContextOptionsBuilder<AdminDbContext>();
        switch (settings.Provider)
        {
            case AdminDatabaseProvider.Sqlite:
                // An organisation version loads with three owned collections: one joined query returns
                // directorates × centres × units rows (millions for a large import), split queries their sum.
                builder.UseSqlite(settings.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(SqliteConnectionSetup.Instance);
                break;
            case AdminDatabaseProvider.PostgreSql:
                builder.UseNpgsql(settings.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            case AdminDatabaseProvider.SqlServer:
                builder.UseSqlServer(settings.ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, null);
        }

        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder.Options;
    }
}
