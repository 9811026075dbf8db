using System.Net;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;

namespace HojeTaastrup.Admin.Web.Tests.Reorganisation;

// The pages as the server first renders them (prerendering): what a person sees before any click.
public abstract class ReorganisationPageTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task DemoProposalPage_ShowsTheCountsWithoutProblems()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, "laeser");
        var demo = await api.DemoProposalAsync();
        using var browser = await fixture.App.CreateSignedInBrowserAsync("laeser");

        var html = await PageTextAsync(browser, $"/reorganisering/{demo["id"]}");

        Assert.Contains("16 centre og 4 enheder → 13 centre", html, StringComparison.Ordinal);
        Assert.Contains("I høring", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"problems\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Vedtag<", html, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DraftPage_ForAReader_SaysItDoesNotExist_AndTheListLeavesItOut()
    {
        var director = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var draft = await director.CreateAsync("Hemmeligt udkast til ny struktur");
        using var browser = await fixture.App.CreateSignedInBrowserAsync("laeser");

        var page = await PageTextAsync(browser, $"/reorganisering/{draft["id"]}");
        var list = await PageTextAsync(browser, "/reorganisering");

        Assert.Contains("Reorganiseringsforslaget findes ikke.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemmeligt udkast", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Hemmeligt udkast", list, StringComparison.Ordinal);
        Assert.Contains("Skærpet fokus på styring", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Nyt forslag", list, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DraftPage_ForItsDirector_ShowsTheProblemsAlertWithTheChangeNumber()
    {
        var director = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        var draft = await director.CreateAsync("Udkast med problem");
        await director.AddChangeAsync(draft, new { kind = "MoveUnit", unit = Guid.NewGuid(), toCentre = "BSC", rationale = "Prøve" });
        using var browser = await fixture.App.CreateSignedInBrowserAsync("direktor");

        var html = await PageTextAsync(browser, $"/reorganisering/{draft["id"]}");

        Assert.Contains("1 problem skal løses", html, StringComparison.Ordinal);
        Assert.Contains("Ændring 1:", html, StringComparison.Ordinal);
        Assert.Contains("Den valgte afdeling findes ikke i organisationen.", html, StringComparison.Ordinal);
    }

    // Blazor writes letters outside ASCII (æ, ø, →) as character references.
    private static async Task<string> PageTextAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}

public sealed class ReorganisationPageTestsOnSqlite(SqliteAppFixture fixture)
    : ReorganisationPageTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class ReorganisationPageTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : ReorganisationPageTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
