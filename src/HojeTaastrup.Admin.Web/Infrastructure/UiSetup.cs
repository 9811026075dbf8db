using Radzen;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class UiSetup
{
    public static IServiceCollection AddAdminUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        return services;
    }
}
