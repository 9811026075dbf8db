using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace HojeTaastrup.Admin.Web.Infrastructure;

// How the portal behaves behind a municipality's TLS-terminating reverse proxy, and the response
// headers every answer carries. docs/operations.md describes the settings and an nginx example.
public static class HttpSecuritySetup
{
    public const string Section = "ReverseProxy";

    // Blazor Server needs its own scripts and a websocket to the same origin; the component library
    // sets inline styles. Nothing is loaded from elsewhere, and nothing may frame the portal.
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'self'";

    public static IServiceCollection AddAdminHttpSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        // The antiforgery cookie's default is never Secure; like the sign-in cookie, it is whenever the
        // request came over https (through the proxy too), and always in Production.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy =
            environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        var section = configuration.GetSection(Section);

        // Only the proxies named here may say that the client used https (X-Forwarded-Proto) and who
        // the client is (X-Forwarded-For); anyone else could forge it.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = section.GetValue("ForwardLimit", 1);
            foreach (var proxy in section.GetSection("KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = section.GetValue("HstsIncludeSubDomains", false);
        });
        return services;
    }

    // First in the pipeline, so that scheme and client address are right for everything after it.
    public static WebApplication UseAdminHttpSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return next(context);
        });
        return app;
    }
}
