using HojeTaastrup.Admin.Web.Features.Home;
using Radzen;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class UiSetup
{
    public static IServiceCollection AddAdminUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddRadzenComponents();
        services.AddScoped<HomeDashboard>();
        return services;
    }
}
