using HojeTaastrup.Admin.Data.Concurrency;
using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Conventions;

public static class AdminConventions
{
    private const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";
    private const string SqlServerProviderName = "Microsoft.EntityFrameworkCore.SqlServer";

    // Model-wide rules, so an entity only has to derive from Entity and use Money, DateTimeOffset or IVersioned
    // to be stored right.
    public static void ApplyAdminConventions(this ModelConfigurationBuilder configurationBuilder, string? providerName)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // Applies to Money? too.
        configurationBuilder.Properties<Money>().HaveConversion<MoneyConverter>();

        // SQLite has no date/time type: EF stores DateTimeOffset as text there and cannot compare or
        // order it in SQL. Instants are UTC by rule, so UTC ticks keep them sortable and filterable.
        // PostgreSQL stores them as timestamptz natively, SQL Server as datetimeoffset normalised to UTC.
        // Money is bigint and DateOnly is date on both servers without help.
        if (providerName == SqliteProviderName)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
        else if (providerName == SqlServerProviderName)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }

        configurationBuilder.Conventions.Add(_ => new DomainKeyConvention());
        configurationBuilder.Conventions.Add(_ => new VersionConcurrencyConvention());
    }
}
