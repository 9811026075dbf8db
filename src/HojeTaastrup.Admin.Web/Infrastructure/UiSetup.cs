using HojeTaastrup.Admin.Web.Features.Home;
using MudBlazor;
using MudBlazor.Services;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class UiSetup
{
    public static IServiceCollection AddAdminUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices(options =>
        {
            // Notices stay until read by slow readers too (WCAG 2.2.1), bottom left, away from the page's own actions.
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomLeft;
            options.SnackbarConfiguration.VisibleStateDuration = 8000;
            options.SnackbarConfiguration.ShowCloseIcon = true;
            options.SnackbarConfiguration.PreventDuplicates = false;
        });
        services.AddTransient<MudLocalizer, DanishMudLocalizer>();
        services.AddScoped<HomeDashboard>();
        return services;
    }
}
