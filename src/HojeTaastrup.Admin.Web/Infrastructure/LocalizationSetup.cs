using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class LocalizationSetup
{
    public const string DefaultCulture = "da-DK";
    public const string EnglishCulture = "en-GB";
    public const string CultureEndpoint = "/culture/set";

    public static IReadOnlyList<string> SupportedCultures { get; } = [DefaultCulture, EnglishCulture];

    public static IServiceCollection AddAdminLocalization(this IServiceCollection services)
    {
        // No ResourcesPath: a marker type's full name (HojeTaastrup.Admin.Web.Resources.Ui) is its resource name.
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(DefaultCulture);
            options.AddSupportedCultures([.. SupportedCultures]);
            options.AddSupportedUICultures([.. SupportedCultures]);

            // Danish unless the user picked English: the browser's language does not decide for a Danish municipality.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    public static WebApplication UseAdminLocalization(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        app.MapCultureEndpoint();
        return app;
    }

    // GET /culture/set?culture=en&redirectUri=/organisation: stores the choice in the culture cookie and goes back.
    // A plain GET form so that it works on static pages (login) and in interactive circuits alike.
    public static IEndpointConventionBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        return endpoints.MapGet(CultureEndpoint, (string? culture, string? redirectUri, HttpContext context) =>
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(ResolveCulture(culture))),
                    new CookieOptions
                    {
                        Expires = DateTimeOffset.UtcNow.AddYears(1),
                        IsEssential = true,
                        HttpOnly = true,
                        SameSite = SameSiteMode.Lax,
                        Secure = context.Request.IsHttps,
                    });
                return TypedResults.LocalRedirect(IsLocalUrl(redirectUri) ? redirectUri! : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    // "en", "en-GB", "EN-us" → en-GB; everything else, including nothing, → da-DK.
    public static string ResolveCulture(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return DefaultCulture;
        }

        var exact = SupportedCultures.FirstOrDefault(c => string.Equals(c, requested, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact;
        }

        var language = requested.Split('-', 2)[0];
        return SupportedCultures.FirstOrDefault(c => string.Equals(new CultureInfo(c).TwoLetterISOLanguageName, language, StringComparison.OrdinalIgnoreCase))
            ?? DefaultCulture;
    }

    // Same rule as MVC's IUrlHelper.IsLocalUrl: a path on this site, never "//host" or "/\host" (open redirect).
    public static bool IsLocalUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/')
        {
            return false;
        }

        if (url.Length == 1)
        {
            return true;
        }

        return url[1] != '/' && url[1] != '\\' && !url.Any(char.IsControl);
    }
}
