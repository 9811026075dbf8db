using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HojeTaastrup.Admin.Web.Security;

public static class SecuritySetup
{
    private const string ByPathScheme = "HojeTaastrup.Admin.ByPath";

    public static IServiceCollection AddAdminSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var section = configuration.GetSection(SecurityOptions.Section);
        services.Configure<SecurityOptions>(section);
        var security = section.Get<SecurityOptions>() ?? new SecurityOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddLocalization();

        services.AddAdminDataProtection(configuration, environment);

        // The API speaks bearer tokens, the pages the cookie. Choosing the scheme by path also covers API
        // requests that match no endpoint (unknown address, wrong method): they answer 401/404/405 as
        // problem details instead of redirecting to the login page.
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = ByPathScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddPolicyScheme(ByPathScheme, displayName: null, options => options.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromMinutes(security.ApiTokenMinutes);
            })
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(options =>
            {
                options.LoginPath = "/account/login";
                options.LogoutPath = "/account/logout";
                options.AccessDeniedPath = "/account/access-denied";
                options.Cookie.Name = "HojeTaastrup.Admin";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Production runs behind TLS (directly or via the proxy of HttpSecuritySetup): the cookie never travels in clear.
                options.Cookie.SecurePolicy = environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
            }));

        services.AddIdentityCore<AdminUser>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzæøåABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ0123456789-._@+";

                // Length over composition (NIST SP 800-63B); the portal holds no citizen data.
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;

                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = security.MaxFailedAccessAttempts;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AdminDbContext>()
            .AddSignInManager<AdminSignInManager>()
            .AddClaimsPrincipalFactory<AdminClaimsPrincipalFactory>()
            .AddErrorDescriber<DanishIdentityErrorDescriber>()
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(security.RevalidationMinutes));

        services.AddScoped<CircuitUser>();
        services.AddScoped<CircuitHandler, CircuitUserHandler>();
        services.AddScoped<IAuditActor, CurrentUserAuditActor>();
        services.AddScoped<CircuitActivity>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<CircuitHandler, CircuitActivityHandler>();
        services.AddSingleton<ActiveUsers>();
        services.AddSingleton<UserSessions>();
        services.AddScoped<AuthenticationStateProvider, RevalidatingAuthenticationStateProvider>();
        services.AddScoped<IAuthorizationHandler, ActiveUserHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ActiveUserResultHandler>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<IdentitySeeder>();

        services.AddAuthorization(options =>
        {
            Policies.Configure(options);

            // Pages need a signed-in user unless they say [AllowAnonymous]; the API has its own policy below.
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
            options.AddPolicy(Policies.Api, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new ActiveUserRequirement()));
        });

        return services;
    }

    public static WebApplication MapAccountEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapPost("/account/logout", async ([FromForm] string? returnUrl, SignInManager<AdminUser> signInManager) =>
            {
                await signInManager.SignOutAsync();
                return TypedResults.LocalRedirect("/account/login?signedOut=true");
            })
            .RequireAuthorization(Policies.SignedIn)
            .ExcludeFromDescription();

        return app;
    }
}
