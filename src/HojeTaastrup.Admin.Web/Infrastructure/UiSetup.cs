using HojeTaastrup.Admin.Web.Components;
using HojeTaastrup.Admin.Web.Features.Home;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.ResponseCompression;
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

        // MapStaticAssets sends our own files and the framework's script pre-compressed, but the component library's
        // files come without a compressed copy (613 KB of CSS on every first visit). Those are compressed on the way
        // out; pages are not (they carry the antiforgery token, and compressing secrets beside user input is BREACH).
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/css", "text/javascript", "application/javascript"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddScoped<HomeDashboard>();
        return services;
    }

    // Only the static files of the component library (/_content/…): see AddAdminUi.
    public static WebApplication UseStaticLibraryCompression(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/_content"), branch => branch.UseResponseCompression());
        return app;
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
