using HojeTaastrup.Admin.Web.Features.Administration;
using HojeTaastrup.Admin.Web.Features.Audit;
using HojeTaastrup.Admin.Web.Features.Hearings;
using HojeTaastrup.Admin.Web.Features.Organisation;
using HojeTaastrup.Admin.Web.Features.Realisation;
using HojeTaastrup.Admin.Web.Features.Reorganisation;
using HojeTaastrup.Admin.Web.Features.Savings;

namespace HojeTaastrup.Admin.Web.Features;

public static class FeatureServices
{
    // Each feature registers its use-case services in its own Add...Feature method.
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        services.AddAdministrationFeature();
        services.AddScoped<AuditLog>();
        services.AddOrganisationFeature();
        services.AddReorganisationFeature();
        services.AddSavingsFeature();
        services.AddSavingsExchangeFeature();
        services.AddHearingsFeature();
        services.AddRealisationFeature();
        return services;
    }
}
