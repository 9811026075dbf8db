using System.Linq.Expressions;
using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Data.Conventions;

// Queryable.Sum has no Money overload, and EF cannot translate Money.Kroner on a converted column.
// Casting through object to long is the pattern EF translates to SUM over the stored kroner column:
//   query.Sum(x => (long)(object)x.Amount)   and inside GroupBy projections the same.
// These helpers wrap it for the common case.
public static class MoneyQueryableExtensions
{
    public static async Task<Money> SumMoneyAsync<T>(this IQueryable<T> source, Expression<Func<T, Money>> selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        var kroner = await source.Select(AsStoredKroner<T, Money, long>(selector)).SumAsync(cancellationToken);
        return new Money(kroner);
    }

    // Missing amounts (null) are left out of the sum, as SQL does.
    public static async Task<Money> SumMoneyAsync<T>(this IQueryable<T> source, Expression<Func<T, Money?>> selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        var kroner = await source.Select(AsStoredKroner<T, Money?, long?>(selector)).SumAsync(cancellationToken);
        return new Money(kroner ?? 0);
    }

    private static Expression<Func<T, TKroner>> AsStoredKroner<T, TMoney, TKroner>(Expression<Func<T, TMoney>> selector)
    {
        var asObject = Expression.Convert(selector.Body, typeof(object));
        return Expression.Lambda<Func<T, TKroner>>(Expression.Convert(asObject, typeof(TKroner)), selector.Parameters);
    }
}
