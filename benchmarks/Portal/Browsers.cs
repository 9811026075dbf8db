using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
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

    // Opens circuits on a page one step at a time (e.g. 10, 50, 100 in all) and reads the server's managed heap
    // after a full collection once each step is interactive. Index 0 is the heap before any circuit.
    public async Task<IReadOnlyList<(int Circuits, long HeapBytes)>> CircuitHeapAsync(
        Uri address, CookieContainer cookies, CircuitPage target, IReadOnlyList<int> steps, HttpClient diagnostics)
    {
        await using var context = await SignedInContextAsync(address, cookies);
        var results = new List<(int, long)> { (0, await SettledHeapAsync(diagnostics)) };
        var pages = new List<IPage>();
        foreach (var step in steps)
        {
            while (pages.Count < step)
            {
                var page = await context.NewPageAsync();
                await OpenAsync(page, target);
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

    // Issue 10's interaction latency: on a proposal's page, each tab in turn, `rounds` times round, the time from
    // the click to the tab's content being in the page and painted (measured inside the page: the click, the
    // circuit's round trip, the DOM update and the next frame). Every sample by tab.
    public async Task<IReadOnlyList<(string Tab, double Ms)>> TabSwitchingAsync(Uri address, CookieContainer cookies, string path, int rounds)
    {
        await using var context = await SignedInContextAsync(address, cookies);
        var page = await context.NewPageAsync();
        await OpenAsync(page, new CircuitPage("proposal", path));
        var samples = new List<(string, double)>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (tab, content) in ProposalTabs)
            {
                var ms = await page.EvaluateAsync<double>(ClickTabScript, new[] { tab, content });
                samples.Add((tab, ms));
            }
        }

        await page.CloseAsync();
        return samples;
    }

    // The proposal page's tabs, in the order they are clicked, with the test id of each one's content.
    private static readonly (string Tab, string Content)[] ProposalTabs =
    [
        ("Ændringer", "changes"),
        ("Konsekvenser", "impact"),
        ("Før/efter", "before-after"),
        ("Implementering", "projects"),
        ("Overblik", "overview"),
    ];

    private const string ClickTabScript = """
        ([name, content]) => new Promise((resolve, reject) => {
            const tab = [...document.querySelectorAll('[role=tab]')].find(t => t.textContent.trim().startsWith(name));
            if (!tab) { reject(new Error('no tab ' + name)); return; }
            const started = performance.now();
            tab.click();
            const check = () => {
                const shown = document.querySelector(`[data-testid="${content}"]`);
                if (shown && shown.getClientRects().length > 0) { requestAnimationFrame(() => resolve(performance.now() - started)); return; }
                if (performance.now() - started > 60000) { reject(new Error('tab ' + name + ' not shown in 60 s')); return; }
                requestAnimationFrame(check);
            };
            check();
        })
        """;

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

    private async Task<IBrowserContext> SignedInContextAsync(Uri address, CookieContainer cookies)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        await context.AddCookiesAsync(cookies.GetAllCookies().Select(c => new Microsoft.Playwright.Cookie
        {
            Name = c.Name,
            Value = c.Value,
            Domain = address.Host,
            Path = c.Path,
        }));
        return context;
    }

    // The page's data-interactive="true" says when the circuit has taken over from the prerender; then the tab,
    // if any, is opened and its content waited for.
    private static async Task OpenAsync(IPage page, CircuitPage target)
    {
        await page.GotoAsync(target.Path, new PageGotoOptions { Timeout = 300_000 });
        await page.Locator("[data-interactive='true']").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 300_000 });
        if (target is { Tab: { } tab, TabContent: { } content })
        {
            await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^" + Regex.Escape(tab).Replace("/", "\\/", StringComparison.Ordinal)) }).ClickAsync(new LocatorClickOptions { Timeout = 300_000 });
            await page.GetByTestId(content).WaitForAsync(new LocatorWaitForOptions { Timeout = 300_000 });
        }
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

// A page to hold circuits on: its address and, for a proposal, the tab to open (and its content's test id).
internal sealed record CircuitPage(string Name, string Path, string? Tab = null, string? TabContent = null);

internal sealed record Download(string Path, int Status, string Encoding, long WireBytes, long DecodedBytes)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Status} {Encoding,-5} {WireBytes / 1024.0,8:0.0} KB wire {DecodedBytes / 1024.0,8:0.0} KB decoded  {Path}");
}
