using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HojeTaastrup.Admin.Data.Conventions;

// SQL Server's datetimeoffset keeps whatever offset it is given; instants are UTC by rule, so they are
// stored with offset zero, as PostgreSQL's timestamptz does and as SQLite's UTC ticks come back.
public sealed class UtcDateTimeOffsetConverter : ValueConverter<DateTimeOffset, DateTimeOffset>
{
    public UtcDateTimeOffsetConverter()
        : base(value => value.ToUniversalTime(), value => value.ToUniversalTime())
    {
    }
}
