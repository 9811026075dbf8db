using System.Globalization;
using System.Net;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.Benchmarks.Portal;

// What a browser costs the server and what it downloads: Debian's Chromium through Playwright (no
// `playwright install`), as in tests/HojeTaastrup.Admin.EndToEnd.Tests.
internal sealed class Browsers : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browsers(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static bool Available => File.Exists(ChromiumPath);

    public static async Task<Browsers> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new Browsers(playwright, browser);
    }

    // Opens circuits on a page one step at a time (e.g. 10, 25, 50 in all) and reads the server's managed heap
    // after a full collection once each step is interactive. Index 0 is the heap before any circuit.
    public async Task<IReadOnlyList<(int Circuits, long HeapBytes)>> CircuitHeapAsync(
        Uri address, CookieContainer cookies, string path, IReadOnlyList<int> steps, HttpClient diagnostics)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        await context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = address.Host,
            Path = c.Path,
        }));
        var results = new List<(int, long)> { (0, await SettledHeapAsync(diagnostics)) };
        var pages = new List<IPage>();
        foreach (var step in steps)
        {
            while (pages.Count < step)
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(path, new PageGotoOptions { Timeout = 300_000 });
                // The page's heading says when the circuit has taken over from the prerender.
                await page.Locator("h1[data-interactive='true']").WaitForAsync(new LocatorWaitForOptions { Timeout = 300_000 });
                pages.Add(page);
            }

            results.Add((step, await SettledHeapAsync(diagnostics)));
        }

        foreach (var page in pages)
        {
            await page.CloseAsync();
        }

        return results;
    }

    // Everything a first visit to a page downloads: per response the bytes on the wire (as the browser
    // accepted them, compressed where the server offers it) and the bytes of the decoded body.
    public async Task<IReadOnlyList<Download>> FirstVisitAsync(Uri address, string path)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        var downloads = new List<Download>();
        foreach (var response in responses)
        {
            var sizes = await response.Request.SizesAsync();
            var decoded = response.Status is >= 300 and < 400 ? 0 : (await response.BodyAsync()).Length;
            var headers = await response.AllHeadersAsync();
            downloads.Add(new Download(
                new Uri(response.Url).PathAndQuery,
                response.Status,
                headers.TryGetValue("content-encoding", out var encoding) ? encoding : "-",
                sizes.ResponseBodySize,
                decoded));
        }

        return downloads;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    // Two collections a second apart: what a circuit keeps, not what its start-up left for the collector.
    private static async Task<long> SettledHeapAsync(HttpClient diagnostics)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        await PortalClients.DiagnosticsAsync(diagnostics, collect: true);
        await Task.Delay(TimeSpan.FromSeconds(1));
        return (await PortalClients.DiagnosticsAsync(diagnostics, collect: true)).HeapBytes;
    }
}

internal sealed record Download(string Path, int Status, string Encoding, long WireBytes, long DecodedBytes)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Status} {Encoding,-5} {WireBytes / 1024.0,8:0.0} KB wire {DecodedBytes / 1024.0,8:0.0} KB decoded  {Path}");
}
