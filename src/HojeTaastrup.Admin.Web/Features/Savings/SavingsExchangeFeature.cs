namespace HojeTaastrup.Admin.Web.Features.Savings;

public static class SavingsExchangeFeature
{
    // The catalogue's export and import (SavingsExchangeService); SavingsFeature holds the rest of savings.
    public static IServiceCollection AddSavingsExchangeFeature(this IServiceCollection services)
    {
        services.AddScoped<SavingsExchangeService>();
        return services;
    }
}
