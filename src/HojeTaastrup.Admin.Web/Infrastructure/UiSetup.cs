using HojeTaastrup.Admin.Web.Components;
using HojeTaastrup.Admin.Web.Features.Home;
using Microsoft.AspNetCore.Authorization;
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
            // Notices stay until read by slow readers too (WCAG 2.2.1), bottom right, clear of the menu.
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            options.SnackbarConfiguration.VisibleStateDuration = 8000;
            options.SnackbarConfiguration.ShowCloseIcon = true;
            options.SnackbarConfiguration.PreventDuplicates = false;
            // One at a time (a stack of notices would cover the page's own buttons); DialogExtensions.Tell replaces the
            // one shown rather than queueing behind it.
            options.SnackbarConfiguration.MaxDisplayedSnackbars = 1;
        });
        services.AddTransient<MudLocalizer, DanishMudLocalizer>();
        services.AddScoped<HomeDashboard>();
        return services;
    }

    public static WebApplication MapAdminPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // The circuit's own endpoints (/_blazor) are open: the fallback policy would answer a visitor who is not
        // signed in (the sign-in, not-found and access-denied pages) with the HTML login page, and the page would
        // never go live. What a circuit may show is still decided per page ([Authorize] and AuthorizeRouteView).
        app.MapRazorComponents<App>()
            // The whole CSP, frame-ancestors included, comes from HttpSecuritySetup.
            .AddInteractiveServerRenderMode(options => options.ContentSecurityFrameAncestorsPolicy = null)
            .Add(endpoint =>
            {
                if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText?.StartsWith("/_blazor", StringComparison.Ordinal) == true)
                {
                    endpoint.Metadata.Add(new AllowAnonymousAttribute());
                }
            });
        return app;
    }
}
