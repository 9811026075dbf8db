using System.Net;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Shell;

// The component library's files have no pre-compressed copy (613 KB of CSS on a first visit): they are compressed on
// the way out. Pages are not (antiforgery tokens beside user input: BREACH). Against the real app, whose static web
// assets only the browser tests' Development host serves.
public sealed class CompressionTests(PortalFixture portal) : BrowserTest(portal)
{
    [SkippableFact]
    public async Task LibraryStyles_AreSentCompressed_AndPagesAreNot()
    {
        using var client = new HttpClient { BaseAddress = Portal.BaseAddress };

        using var css = new HttpRequestMessage(HttpMethod.Get, "/_content/MudBlazor/MudBlazor.min.css");
        // Brotli only: the Development host has a (barely) gzipped copy of its own that would answer "gzip".
        css.Headers.AcceptEncoding.ParseAdd("br");
        using var cssResponse = await client.SendAsync(css);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        page.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var pageResponse = await client.SendAsync(page);

        Assert.Equal(HttpStatusCode.OK, cssResponse.StatusCode);
        Assert.Equal("br", Assert.Single(cssResponse.Content.Headers.ContentEncoding));
        Assert.InRange((await cssResponse.Content.ReadAsByteArrayAsync()).Length, 1, 150_000);
        Assert.Equal(HttpStatusCode.OK, pageResponse.StatusCode);
        Assert.Empty(pageResponse.Content.Headers.ContentEncoding);
    }
}
