using System.Net;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Hardening;

// Response headers, and the portal behind a TLS-terminating proxy on the loopback address (a known
// proxy by default): the forwarded scheme makes the sign-in cookie Secure and HSTS sent.
public sealed class HttpSecurityTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [SkippableFact]
    public async Task Pages_CarryNosniffReferrerPolicyAndAContentSecurityPolicy()
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync("/account/login");

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
    }

    // The sign-in page reads ?idle=true and ?signedOut=true; anything else is no notice, never a server error.
    [SkippableTheory]
    [InlineData("/account/login?idle=ja")]
    [InlineData("/account/login?signedOut=1&idle=")]
    [InlineData("/account/login?idle=true")]
    public async Task SignInPage_QueryItCannotRead_StillOpens(string path)
    {
        using var client = fixture.App.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [SkippableFact]
    public async Task BehindATlsProxy_HstsIsSent_AndTheSignInCookieIsSecure()
    {
        using var client = fixture.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("http://portal.kommune.example/"),
        });
        var server = fixture.App.Server;
        var context = await server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/account/login";
            http.Request.Host = new Microsoft.AspNetCore.Http.HostString("portal.kommune.example");
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Connection.RemoteIpAddress = IPAddress.Loopback;
        });

        Assert.Equal(200, context.Response.StatusCode);
        Assert.StartsWith("max-age=", context.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
        Assert.All(context.Response.Headers.SetCookie, cookie => Assert.Contains("secure", cookie!, StringComparison.OrdinalIgnoreCase));
    }
}
