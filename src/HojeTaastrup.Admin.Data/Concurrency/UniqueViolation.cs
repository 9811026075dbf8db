using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HojeTaastrup.Admin.Data.Concurrency;

// A unique index refused a row that was free when the use case checked it: someone else saved the same
// thing (an organisation on the same day, say) in between. To the user that is a concurrency conflict.
public static class UniqueViolation
{
    public const string Message = "En anden har netop gemt det samme (fx en organisation med samme virkningsdato).";

    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const string PostgresUniqueViolation = "23505";
    private const int SqlServerDuplicateKeyInUniqueIndex = 2601;
    private const int SqlServerUniqueConstraintViolation = 2627;

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is not DbUpdateConcurrencyException && exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
                && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            PostgresException postgres => postgres.SqlState == PostgresUniqueViolation,
            SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKeyInUniqueIndex or SqlServerUniqueConstraintViolation,
            _ => false,
        };
    }
}
