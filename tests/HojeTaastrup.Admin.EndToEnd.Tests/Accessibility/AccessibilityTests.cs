using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Accessibility;

// axe-core (WCAG 2.1 A and AA) on every page, as the role that uses it, once the page runs interactively.
// One test per role visits its pages and reports every violation of every page at once: rule, target, summary.
public sealed partial class AccessibilityTests(PortalFixture portal) : BrowserTest(portal)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private readonly StringBuilder _violations = new();

    [SkippableFact]
    public async Task PagesWithoutSignIn_GoLive_AndHaveNoAxeViolations()
    {
        await CheckAsync("/account/login");
        // Open to everyone: their circuit must start for a visitor who is not signed in (the fallback policy once
        // turned the circuit's /_blazor requests into the login page, and these pages never went live).
        await CheckAsync("/not-found");
        await CheckAsync("/account/access-denied");

        AssertNoViolations();
    }

    [SkippableFact]
    public async Task Pages_OfTheReader_HaveNoAxeViolations()
    {
        await SignInAsync(DemoUsers.Reader);

        await CheckAsync("/");
        await CheckAsync("/organisation?dato=2010-06-01");
        await CheckAsync("/organisation/liste?dato=2010-06-01");
        await CheckAsync("/reorganisering");
        await CheckAsync("/hoeringer");
        await CheckAsync("/not-found");
        await CheckAsync("/account/access-denied");
        // An area the reader may not open: the portal's "no access" page inside the layout.
        await CheckAsync("/administration");
        await CheckEveryProposalTabAsync();

        AssertNoViolations();
    }

    [SkippableFact]
    public async Task Pages_OfTheDirector_HaveNoAxeViolations()
    {
        await SignInAsync(DemoUsers.Director);

        await CheckAsync("/");
        await CheckAsync("/reorganisering/ny");
        await CheckAsync("/besparelser");
        await CheckAsync("/gevinstrealisering");
        await CheckRealisationPagesAsync();
        await CheckEveryProposalTabAsync();
        await CheckSavingsPagesAsync();
        await CheckAsync("/hoeringer/ny");
        var hearing = await FirstIdLinkAsync("/hoeringer", "/hoeringer/");
        await CheckAsync(hearing);
        await CheckAsync($"{hearing}/notat");

        AssertNoViolations();
    }

    [SkippableFact]
    public async Task Pages_OfTheAdministrator_HaveNoAxeViolations()
    {
        await SignInAsync(DemoUsers.Administrator);

        await CheckAsync("/");
        await CheckAsync("/organisation/rediger?dato=2010-01-01");
        await CheckAsync("/organisation/import");
        await CheckAsync("/administration");
        await CheckAsync("/administration/udvalg");

        AssertNoViolations();
    }

    [SkippableTheory]
    [InlineData(DemoUsers.Finance)]
    [InlineData(DemoUsers.MedMember)]
    public async Task StartPage_OfTheOtherRoles_HasNoAxeViolations(string userName)
    {
        await SignInAsync(userName);

        await CheckAsync("/");

        AssertNoViolations();
    }

    // Finance's realisation forms on the demo programme: a proposal's entry, baseline and forecast forms, and the
    // investments page with a new fund's grants and an open disbursement form.
    [SkippableFact]
    public async Task RealisationForms_OfFinance_HaveNoAxeViolations()
    {
        await SignInAsync(DemoUsers.Finance);
        await OpenAsync("/gevinstrealisering");
        var programme = (await Page.GetByRole(AriaRole.Link, new() { Name = "Nye Rammer – Ny Administration" }).GetAttributeAsync("href"))!;
        await CheckAsync(await FirstIdLinkAsync(programme, "/gevinstrealisering/forslag/"));
        await Assertions.Expect(Page.GetByTestId("forecast-form")).ToBeVisibleAsync();

        await CheckAsync(programme + "/investeringer");
        await Page.GetByTestId("disburse-open").First.ClickAsync();
        await Assertions.Expect(Page.GetByTestId("disburse-form")).ToBeVisibleAsync();
        await RunAxeAsync(programme + "/investeringer with the disbursement form");

        AssertNoViolations();
    }

    // The MED member's answer page on the open demo hearing.
    [SkippableFact]
    public async Task HearingAnswerPage_OfTheMedMember_HasNoAxeViolations()
    {
        await SignInAsync(DemoUsers.MedMember);

        var answer = await FirstIdLinkAsync("/hoeringer", "/hoeringer/");
        await CheckAsync("/hoeringer");
        await Page.GotoAsync(answer);
        var link = await Page.GetByTestId("hearing-detail").GetByTestId("answer-link").GetAttributeAsync("href");
        await CheckAsync(link!);

        AssertNoViolations();
    }

    private async Task CheckEveryProposalTabAsync()
    {
        await OpenAsync("/reorganisering");
        var href = await Page.Locator("a[href^='/reorganisering/']").Filter(new() { HasTextRegex = new Regex(".") })
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href')).filter(h => /[0-9a-f-]{36}$/.test(h) && !h.includes('?'))");
        Assert.NotEmpty(href);
        await OpenAsync(href[0]);
        var proposal = new ProposalPage(Page);
        foreach (var tab in new[] { "Overblik", "Ændringer", "Konsekvenser", "Før/efter", "Implementering" })
        {
            await proposal.OpenTabAsync(tab);
            await Assertions.Expect(Page.GetByRole(AriaRole.Tab, new() { Selected = true })).ToContainTextAsync(tab);
            await RunAxeAsync($"{href[0]} tab {tab}");
        }
    }

    // The savings pages as the demo data has them (seed 004's NY-NY programme, seed 001's proposals): the list, the
    // catalogue, a programme with its totals and its forms, a proposal with every tab and its form.
    private async Task CheckSavingsPagesAsync()
    {
        await CheckAsync("/besparelser/katalog");
        await CheckAsync("/besparelser/program/ny");
        var programme = await FirstIdLinkAsync("/besparelser", "/besparelser/program/");
        await CheckAsync(programme);
        await CheckAsync($"{programme}/rediger");
        await CheckAsync($"/besparelser/forslag/ny?program={programme[(programme.LastIndexOf('/') + 1)..]}");
        var proposal = await FirstIdLinkAsync(programme, "/besparelser/forslag/");
        await CheckAsync($"{proposal}/rediger");
        await OpenAsync(proposal);
        foreach (var tab in new[] { "Overblik", "Versioner", "Statushistorik" })
        {
            await new ProposalPage(Page).OpenTabAsync(tab);
            await Assertions.Expect(Page.GetByRole(AriaRole.Tab, new() { Selected = true })).ToContainTextAsync(tab);
            await RunAxeAsync($"{proposal} tab {tab}");
        }
    }

    // The realisation pages as the demo data has them: a programme's dashboard (chart, gap, cover measures), a proposal's
    // realisation with finance's forms hidden for the director, the entries and the follow-up comparison.
    private async Task CheckRealisationPagesAsync()
    {
        await OpenAsync("/gevinstrealisering");
        var programme = (await Page.GetByRole(AriaRole.Link, new() { Name = "Nye Rammer – Ny Administration" }).GetAttributeAsync("href"))!;
        await CheckAsync(programme);
        await CheckAsync(await FirstIdLinkAsync(programme, "/gevinstrealisering/forslag/"));
        await CheckAsync(await FirstIdLinkAsync(programme, "/gevinstrealisering/opfoelgning/"));
        await CheckAsync("/gevinstrealisering/poster");
    }

    private async Task<string> FirstIdLinkAsync(string onPage, string prefix)
    {
        await OpenAsync(onPage);
        var hrefs = await Page.Locator($"a[href^='{prefix}']")
            .EvaluateAllAsync<string[]>("(links, prefix) => links.map(a => a.getAttribute('href')).filter(h => h.startsWith(prefix) && /^[0-9a-f-]{36}$/.test(h.slice(prefix.length)))", prefix);
        Assert.NotEmpty(hrefs);
        return hrefs[0];
    }

    private async Task CheckAsync(string path)
    {
        await OpenAsync(path);
        await RunAxeAsync(path);
    }

    // Waits until the circuit runs the page (the layout's or the page's own marker) and its data has loaded.
    private async Task OpenAsync(string path)
    {
        await Page.GotoAsync(path);
        await Assertions.Expect(Page.Locator("h1").First).ToBeVisibleAsync();
        if (await Page.Locator("main[data-circuit]").CountAsync() > 0)
        {
            await Assertions.Expect(Page.Locator("main[data-circuit='on']")).ToHaveCountAsync(1);
        }

        if (await Page.Locator("[data-interactive]").CountAsync() > 0)
        {
            await Assertions.Expect(Page.Locator("[data-interactive='true']")).ToHaveCountAsync(1);
        }

        await Assertions.Expect(Page.GetByText("Indlæser …")).ToHaveCountAsync(0);
    }

    private async Task RunAxeAsync(string where)
    {
        var result = await Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        foreach (var violation in result.Violations)
        {
            foreach (var node in violation.Nodes)
            {
                var checks = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message);
                _violations.AppendLine($"{where}: {violation.Id} ({violation.Impact}, {violation.Help}) at {node.Target}: {Flatten(string.Join(" | ", checks))}");
            }
        }
    }

    private void AssertNoViolations() =>
        Assert.True(_violations.Length == 0, "axe found WCAG 2.1 A/AA violations:" + Environment.NewLine + _violations);

    private static string Flatten(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
