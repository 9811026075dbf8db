using System.Net;
using HojeTaastrup.Admin.Web.Security;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Shell;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Security;

public sealed class SharedKeysTestsOnSqlite(SqliteTestDatabase database) : SharedKeysTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class SharedKeysTestsOnPostgreSql(PostgreSqlTestDatabase database) : SharedKeysTests(database), IClassFixture<PostgreSqlTestDatabase>;

// Two web nodes on one database, as behind a load balancer: what one node issued (an API token, a sign-in
// cookie) the other accepts when the keys are in the database, and refuses when each has its own folder.
// The first node issues before the second starts, as when a node is added to a running site.
public abstract class SharedKeysTests(TestDatabase database)
{
    private static readonly Dictionary<string, string?> DatabaseStore = new() { [DataProtectionSetup.StoreKey] = "Database" };

    [SkippableFact]
    public async Task ApiToken_FromAnotherNodeWithKeysInTheDatabase_IsAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, await ApiTokenOnSecondNodeAsync(DatabaseStore));
    }

    [SkippableFact]
    public async Task ApiToken_FromAnotherNodeWithItsOwnKeysFolder_IsRefused()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await ApiTokenOnSecondNodeAsync(settings: null));
    }

    [SkippableFact]
    public async Task SignInCookie_FromAnotherNodeWithKeysInTheDatabase_IsAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, await SignInCookieOnSecondNodeAsync(DatabaseStore));
    }

    [SkippableFact]
    public async Task SignInCookie_FromAnotherNodeWithItsOwnKeysFolder_IsRefused()
    {
        Assert.Equal(HttpStatusCode.Redirect, await SignInCookieOnSecondNodeAsync(settings: null));
    }

    private async Task<HttpStatusCode> ApiTokenOnSecondNodeAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        await using var first = new AdminAppFactory(database.Provider, database.ConnectionString, settings);
        using var issued = await first.CreateApiClientAsync(AuthorizationTable.Reader);
        await using var second = new AdminAppFactory(database.Provider, database.ConnectionString, settings);
        using var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = issued.DefaultRequestHeaders.Authorization;

        using var response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));
        return response.StatusCode;
    }

    private async Task<HttpStatusCode> SignInCookieOnSecondNodeAsync(IReadOnlyDictionary<string, string?>? settings)
    {
        await using var first = new AdminAppFactory(database.Provider, database.ConnectionString, settings);
        // Cookies handled for the antiforgery token of the login form.
        using var browser = first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var signIn = await AdminAppFactory.PostLoginFormAsync(browser, AuthorizationTable.Reader, AdminAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("HojeTaastrup.Admin=", StringComparison.Ordinal));
        await using var second = new AdminAppFactory(database.Provider, database.ConnectionString, settings);
        using var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

public sealed class DataProtectionSetupTests
{
    [Fact]
    public void AddAdminDataProtection_UnknownStore_IsRefused()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DataProtectionSetup.StoreKey] = "Redis" })
            .Build();

        var error = Assert.Throws<InvalidOperationException>(() =>
            new ServiceCollection().AddAdminDataProtection(configuration, new TestHostEnvironment(Path.GetTempPath())));

        Assert.Contains("Folder or Database", error.Message, StringComparison.Ordinal);
    }
}
