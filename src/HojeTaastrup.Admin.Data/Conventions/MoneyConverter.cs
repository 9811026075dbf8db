using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HojeTaastrup.Admin.Data.Conventions;

// Money is stored as a plain integer column of whole kroner, so SUM and comparisons run in SQL.
public sealed class MoneyConverter : ValueConverter<Money, long>
{
    public MoneyConverter()
        : base(money => money.Kroner, kroner => new Money(kroner))
    {
    }
}
