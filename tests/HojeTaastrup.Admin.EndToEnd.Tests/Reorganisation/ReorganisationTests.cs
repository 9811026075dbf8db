using System.Text.RegularExpressions;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;

public sealed partial class ReorganisationTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string DemoTitle = "Skærpet fokus på styring og fornyelse i administrationen";

    [SkippableFact]
    public async Task Director_DraftsAProposal_SeesCountsAndAProblemComeAndGo_AndAdoptsIt()
    {
        await SignInAsync(DemoUsers.Director);
        await Page.GotoAsync("/reorganisering");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByRole(AriaRole.Link, new() { Name = DemoTitle })).ToBeVisibleAsync();
        await SaveScreenshotAsync("reorganisation-list");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Nyt forslag" }).ClickAsync();
        await Page.GetByLabel("Titel").FillAsync("Teknik og ejendomme samles");
        await Page.GetByLabel("Formål").FillAsync("Én indgang til det tekniske område og færre ledelseslag.");
        await Page.GetByLabel("Virkningsdato").FillAsync("2030-01-01");
        await Page.GetByLabel("Mål for antal centre").FillAsync("18");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret forslag" }).ClickAsync();

        await Assertions.Expect(Page).ToHaveURLAsync(ProposalUrl());
        var proposal = new ProposalPage(Page);
        await proposal.WaitUntilLiveAsync();
        await Assertions.Expect(proposal.Summary).ToHaveTextAsync("16 centre og 4 enheder → 16 centre og 4 enheder");
        await Assertions.Expect(proposal.Status).ToHaveTextAsync("Udkast");

        await proposal.OpenTabAsync("Ændringer");
        await proposal.StartChangeAsync("Sammenlægning af centre");
        await proposal.Editor.Locator("#merge-TMC").CheckAsync();
        await proposal.Editor.Locator("#merge-VPC").CheckAsync();
        await proposal.Editor.GetByLabel("Ny kode").FillAsync("TVC");
        await proposal.Editor.GetByLabel("Nyt navn").FillAsync("Teknik-, Vej- og Parkcenter");
        await proposal.SaveChangeAsync("Én indgang til teknikområdet.");
        await Assertions.Expect(proposal.Summary).ToHaveTextAsync("16 centre og 4 enheder → 15 centre og 4 enheder");

        await proposal.StartChangeAsync("Flytning af afdeling");
        await proposal.Editor.GetByLabel("Afdeling").SelectOptionAsync(new SelectOptionValue { Label = "Intern service (EJC)" });
        await proposal.Editor.GetByLabel("Til center").SelectOptionAsync("TVC");
        await proposal.SaveChangeAsync("Intern service hører til driften.");

        await proposal.StartChangeAsync("Nedlæggelse af center");
        await proposal.Editor.GetByLabel("Center, der nedlægges").SelectOptionAsync("EJC");
        await Assertions.Expect(proposal.Editor.GetByTestId("dissolve-destinations")).ToContainTextAsync("Ejendomsdrift");
        await Assertions.Expect(proposal.Editor.GetByTestId("dissolve-destinations")).Not.ToContainTextAsync("Intern service");
        await SaveScreenshotAsync("reorganisation-change-editor");
        await proposal.SaveChangeAsync("Ejendomsdriften samles i det tekniske center.");

        // No destination for Ejendomsdrift: a problem at change 3, and the dissolve is not counted.
        await Assertions.Expect(proposal.Problems).ToContainTextAsync("Ændring 3:");
        await Assertions.Expect(proposal.Problems).ToContainTextAsync("Afdelingen Ejendomsdrift i centret EJC har ikke fået et nyt center.");
        await Assertions.Expect(proposal.ChangeProblems).ToHaveCountAsync(1);
        await Assertions.Expect(proposal.Summary).ToHaveTextAsync("16 centre og 4 enheder → 15 centre og 4 enheder");
        await proposal.ChangeProblems.ScrollIntoViewIfNeededAsync();
        await SaveScreenshotAsync("reorganisation-changes");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Rediger ændring 3" }).ClickAsync();
        await proposal.Editor.GetByLabel("Ejendomsdrift").SelectOptionAsync("TVC");
        await proposal.SaveChangeAsync("Ejendomsdriften samles i det tekniske center.");

        await Assertions.Expect(proposal.Problems).ToHaveCountAsync(0);
        await Assertions.Expect(proposal.ChangeProblems).ToHaveCountAsync(0);
        await Assertions.Expect(proposal.Summary).ToHaveTextAsync("16 centre og 4 enheder → 14 centre og 4 enheder");

        await proposal.OpenTabAsync("Konsekvenser");
        var tvc = Page.GetByTestId("impact-centres").Locator("tr", new() { HasText = "TVC" });
        await Assertions.Expect(tvc).ToContainTextAsync("Nyt");
        await Assertions.Expect(tvc).ToContainTextAsync("58,8"); // TMC 27,8 + VPC 11 + both units of EJC 20
        await Assertions.Expect(Page.GetByTestId("impact-moves")).ToContainTextAsync("Intern service");

        await proposal.OpenTabAsync("Overblik");
        await proposal.ConfirmActionAsync("Send i høring");
        await Assertions.Expect(proposal.Status).ToHaveTextAsync("I høring");
        await proposal.ConfirmActionAsync("Vedtag");

        await Assertions.Expect(proposal.Status).ToHaveTextAsync("Vedtaget");
        await Assertions.Expect(Page.GetByTestId("adopted-organisation-link")).ToHaveAttributeAsync("href", "/organisation?dato=2030-01-01");
        await SaveScreenshotAsync("reorganisation-overview-adopted");
        await Assertions.Expect(Page.GetByTestId("audit-record")).ToHaveCountAsync(7); // created, 3 changes added, change 3 fixed, sent to hearing, adopted
        await Page.GetByTestId("audit-history").ScrollIntoViewIfNeededAsync();
        await SaveScreenshotAsync("reorganisation-history");
    }

    [SkippableFact]
    public async Task Reader_SeesTheDemoProposalsImpactAndBeforeAfter()
    {
        await SignInAsync(DemoUsers.Reader);
        await Page.GotoAsync("/reorganisering");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoTitle }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProposalUrl());
        var proposal = new ProposalPage(Page);
        await proposal.WaitUntilLiveAsync();
        await Assertions.Expect(proposal.Summary).ToHaveTextAsync("16 centre og 4 enheder → 13 centre");
        await Assertions.Expect(proposal.Problems).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Vedtag" })).ToHaveCountAsync(0);

        await proposal.OpenTabAsync("Konsekvenser");
        await Assertions.Expect(Page.GetByTestId("impact-centres").Locator("tr", new() { HasText = "ITC" })).ToContainTextAsync("Nedlagt");
        await Page.WaitForTimeoutAsync(400);
        await SaveScreenshotAsync("reorganisation-impact");

        await proposal.OpenTabAsync("Før/efter");
        await Assertions.Expect(Page.GetByTestId("organisation-chart")).ToHaveCountAsync(2);
        await Page.WaitForTimeoutAsync(400); // the tab indicator slides over; let it settle for the picture
        await SaveScreenshotAsync("reorganisation-before-after");

        await Page.GetByTestId("changes-only-toggle").ClickAsync();
        var changesOnly = Page.GetByTestId("changes-only");
        await Assertions.Expect(changesOnly).ToContainTextAsync("Nedlagte centre (7)");
        await Assertions.Expect(changesOnly).ToContainTextAsync("Sundhedsplejen: BUR → SOC");
        await Assertions.Expect(Page.GetByTestId("organisation-chart")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("reorganisation-changes-only");

        await proposal.OpenTabAsync("Implementering");
        await Assertions.Expect(Page.GetByTestId("project-table")).ToContainTextAsync("Kommunikation og åbenhed");
        await Page.WaitForTimeoutAsync(400);
        await SaveScreenshotAsync("reorganisation-projects");

        await proposal.OpenTabAsync("Overblik");
        await Assertions.Expect(Page.GetByTestId("overview-result")).ToHaveTextAsync("16 centre og 4 enheder → 13 centre");
        await Page.WaitForTimeoutAsync(400);
        await SaveScreenshotAsync("reorganisation-overview");
    }

    [SkippableFact]
    public async Task TwoDirectorsEditAtOnce_TheSecondIsToldAndKeepsTheChangeUntilSavedOnTheNewestVersion()
    {
        await SignInAsync(DemoUsers.Director);
        var first = await CreateDraftAsync("Samtidige ændringer", "2031-01-01");
        var other = await Page.Context.NewPageAsync();
        await other.GotoAsync(Page.Url);
        var second = new ProposalPage(other);
        await first.WaitUntilLiveAsync();
        await second.WaitUntilLiveAsync();

        await first.OpenTabAsync("Ændringer");
        await first.StartChangeAsync("Nyt navn eller ny kode");
        await first.Editor.GetByLabel("Center", new() { Exact = true }).SelectOptionAsync("HRC");
        await first.Editor.GetByLabel("Nyt navn").FillAsync("Personale- og Lønscenter");
        await second.OpenTabAsync("Ændringer");
        await second.StartChangeAsync("Nyt navn eller ny kode");
        await second.Editor.GetByLabel("Center", new() { Exact = true }).SelectOptionAsync("BYC");
        await second.Editor.GetByLabel("Nyt navn").FillAsync("Byråds- og Direktionscenter");
        await second.SaveChangeAsync("Direktionen betjenes samme sted.");

        await first.Editor.GetByLabel("Begrundelse").FillAsync("Løn og HR hænger sammen.");
        await first.Editor.GetByRole(AriaRole.Button, new() { Name = "Gem ændring" }).ClickAsync();
        await Assertions.Expect(Page.GetByTestId("action-error")).ToContainTextAsync("ændret af en anden");
        await Assertions.Expect(first.Editor.GetByLabel("Nyt navn")).ToHaveValueAsync("Personale- og Lønscenter");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Hent den nyeste version" }).ClickAsync();
        await first.Editor.GetByRole(AriaRole.Button, new() { Name = "Gem ændring" }).ClickAsync();

        await Assertions.Expect(Page.GetByTestId("change-item")).ToHaveCountAsync(2);
        await Assertions.Expect(Page.GetByTestId("change-list")).ToContainTextAsync("BYC omdøbes til Byråds- og Direktionscenter.");
        await Assertions.Expect(Page.GetByTestId("change-list")).ToContainTextAsync("HRC omdøbes til Personale- og Lønscenter.");
    }

    [SkippableFact]
    public async Task ChangeEditor_ShowsTheFieldsOfEveryKind_AndBuildsANewUnitFromOthers()
    {
        await SignInAsync(DemoUsers.Director);
        var proposal = await CreateDraftAsync("Alle slags ændringer", "2032-01-01");
        await proposal.WaitUntilLiveAsync();
        await proposal.OpenTabAsync("Ændringer");

        var fieldOfKind = new Dictionary<string, string>
        {
            ["Nedlæggelse af center"] = "Center, der nedlægges",
            ["Nyt center"] = "Direktørområde",
            ["Nyt navn eller ny kode"] = "Ny kode (valgfri)",
            ["Flytning af afdeling"] = "Til center",
            ["Udskillelse af afdeling"] = "Årsværk, der udskilles",
            ["Nyt direktørområde"] = "Direktørområde",
            ["Ny afdeling af årsværk fra andre"] = "Center for den nye afdeling",
        };
        await proposal.StartChangeAsync("Sammenlægning af centre");
        foreach (var (kind, field) in fieldOfKind)
        {
            await proposal.Editor.GetByLabel("Type ændring").SelectOptionAsync(new SelectOptionValue { Label = kind });
            await Assertions.Expect(proposal.Editor.GetByLabel(field, new() { Exact = true })).ToBeVisibleAsync();
        }

        await proposal.Editor.GetByLabel("Center for den nye afdeling").SelectOptionAsync("BSC");
        await proposal.Editor.GetByLabel("Navn på den nye afdeling").FillAsync("Digital selvbetjening");
        await proposal.Editor.GetByRole(AriaRole.Button, new() { Name = "Tilføj afdeling" }).ClickAsync();
        await proposal.Editor.GetByRole(AriaRole.Button, new() { Name = "Tilføj afdeling" }).ClickAsync();
        await proposal.Editor.Locator("#source-unit-0").SelectOptionAsync(new SelectOptionValue { Label = "Digitalisering (BSC)" });
        await proposal.Editor.Locator("#source-fte-0").FillAsync("1.5");
        await proposal.Editor.Locator("#source-unit-1").SelectOptionAsync(new SelectOptionValue { Label = "Web og kommunikation (BYC)" });
        await proposal.Editor.Locator("#source-fte-1").FillAsync("2");
        await proposal.SaveChangeAsync("Selvbetjeningen samles.");

        await Assertions.Expect(Page.GetByTestId("change-list"))
            .ToContainTextAsync("Ny afdeling Digital selvbetjening i BSC med 3,5 årsværk fra Digitalisering og Web og kommunikation.");
        await Assertions.Expect(proposal.Problems).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Reader_InEnglish_SeesTheProposalInEnglish()
    {
        await SignInAsync(DemoUsers.Reader);
        await Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Page.GotoAsync("/reorganisering");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoTitle }).ClickAsync();
        var proposal = new ProposalPage(Page);
        await proposal.WaitUntilLiveAsync();

        await Assertions.Expect(proposal.Status).ToHaveTextAsync("In hearing");
        await Assertions.Expect(proposal.Summary).ToHaveTextAsync("16 centres and 4 units → 13 centres");
        await proposal.OpenTabAsync("Effect");
        await Assertions.Expect(Page.GetByTestId("impact-centres")).ToContainTextAsync("Dissolved");
        await Page.WaitForTimeoutAsync(400);
        await SaveScreenshotAsync("reorganisation-impact-en");
    }

    // Creates a draft from the new-proposal page; the page is then the draft's.
    private async Task<ProposalPage> CreateDraftAsync(string title, string effectiveDate)
    {
        await Page.GotoAsync("/reorganisering/ny");
        await Page.GetByLabel("Titel").FillAsync(title);
        await Page.GetByLabel("Virkningsdato").FillAsync(effectiveDate);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Opret forslag" }).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(ProposalUrl());
        return new ProposalPage(Page);
    }

    [GeneratedRegex("/reorganisering/[0-9a-f-]{36}$")]
    private static partial Regex ProposalUrl();
}
