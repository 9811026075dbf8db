using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HojeTaastrup.Admin.Data.Conventions;

// Any offset is normalised to UTC on the way in; values come back with offset zero.
public sealed class UtcTicksConverter : ValueConverter<DateTimeOffset, long>
{
    public UtcTicksConverter()
        : base(value => value.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero))
    {
    }
}
