using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;

// A proposal whose organisation is corrected after it was made. All browser tests share one app, so
// this works on an organisation of its own from 2001 (before the other tests' organisations and the
// 2010 demo) and never adopts (the 2010 organisation would refuse it anyway; the Web tests adopt).
public sealed partial class BaselineDriftTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string EffectiveFrom = "2001-01-01";

    [SkippableFact]
    public async Task Director_SeesTheCorrectedOrganisation_AndUpdatesTheBaseline()
    {
        using var admin = await ApiAsync(DemoUsers.Administrator);
        var versionId = await ImportAsync(admin);
        using var director = await ApiAsync(DemoUsers.Director);
        var created = await director.PostAsJsonAsync("/api/v1/reorganisations", new { title = "Driften samles", purpose = "Prøve", effectiveDate = "2001-07-01" });
        var proposalId = (string)(await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonObject>())!["id"]!;

        // Made today, on the 2010 organisation: the organisation in force on 1 July 2001 is another one.
        await SignInAsync(DemoUsers.Director);
        await Page.GotoAsync($"/reorganisering/{proposalId}");
        var proposal = new ProposalPage(Page);
        await proposal.WaitUntilLiveAsync();
        var drift = Page.GetByTestId("baseline-drift");
        await Assertions.Expect(drift).ToContainTextAsync("Organisationen er ændret, siden forslaget blev lavet");
        await Assertions.Expect(drift).ToContainTextAsync(MoreRegex());
        await SaveScreenshotAsync("reorganisation-drift-many");
        await UpdateBaselineAsync();
        await proposal.ConfirmActionAsync("Send i høring");
        await Assertions.Expect(proposal.Status).ToHaveTextAsync("I høring");

        // An administrator corrects a figure in that organisation.
        await CorrectVejdriftAsync(admin, versionId);
        await Page.ReloadAsync();
        await proposal.WaitUntilLiveAsync();
        await Assertions.Expect(drift).ToContainTextAsync("Afdelingen Vejdrift i DRC: årsværk 10,0 → 12,5");
        await Assertions.Expect(drift).ToContainTextAsync("Organisationen med virkning fra 1. januar 2001 (Browsertest, drift)");
        await Assertions.Expect(drift.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await SaveScreenshotAsync("reorganisation-drift");

        await Assertions.Expect(drift).ToContainTextAsync("Forslaget kan ikke vedtages, før udgangspunktet er opdateret");
        await Assertions.Expect(Page.GetByTestId("adopt-button")).ToBeDisabledAsync();

        await UpdateBaselineAsync();
        await Assertions.Expect(proposal.Problems).ToHaveCountAsync(0);
        await proposal.OpenTabAsync("Overblik");
        await Assertions.Expect(Page.GetByTestId("overview")).ToContainTextAsync("30,5 → 30,5"); // 12,5 + 8,0 + 10,0 årsværk
        // No longer for the drift, but later organisations (the 2010 demo, and what other tests adopt) come
        // after this proposal's date; the reason names the latest of them.
        await Assertions.Expect(Page.GetByTestId("adopt-button")).ToBeDisabledAsync();
        await Assertions.Expect(Page.GetByTestId("adopt-refusal")).ToHaveTextAsync(LaterOrganisationRegex());
        await Assertions.Expect(Page.GetByTestId("audit-record").First).ToContainTextAsync("(3 afdelinger, 30,5 årsværk)");
    }

    private async Task UpdateBaselineAsync()
    {
        var drift = Page.GetByTestId("baseline-drift");
        await drift.GetByRole(AriaRole.Button, new() { Name = "Opdatér udgangspunkt" }).ClickAsync();
        await Page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Opdatér udgangspunkt" }).ClickAsync();
        await Assertions.Expect(drift).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByText("Udgangspunktet er opdateret.")).ToBeVisibleAsync();
    }

    private static async Task<string> ImportAsync(HttpClient admin)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/organisation/import", new
        {
            effectiveFrom = EffectiveFrom,
            source = "Browsertest, drift",
            directorates = new[] { new { name = "Teknik og drift", director = "Ole Berg" } },
            centres = new[]
            {
                new { code = "DRC", name = "Driftscenter", directorate = "Teknik og drift", kind = "Centre" },
                new { code = "SEC", name = "Servicecenter", directorate = "Teknik og drift", kind = "Centre" },
            },
            units = new[]
            {
                new { name = "Vejdrift", centre = "DRC", fte = 10.0m, payroll = 4_100_000L },
                new { name = "Ejendomme", centre = "DRC", fte = 8.0m, payroll = 3_000_000L },
                new { name = "Servicecenter", centre = "SEC", fte = 10.0m, payroll = 3_900_000L },
            },
        });
        response.EnsureSuccessStatusCode();
        var versions = (await admin.GetFromJsonAsync<JsonArray>("/api/v1/organisation/versions"))!;
        return (string)versions.Single(v => (string)v!["effectiveFrom"]! == EffectiveFrom)!["id"]!;
    }

    private static async Task CorrectVejdriftAsync(HttpClient admin, string versionId)
    {
        var version = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/organisation/versions/{versionId}"))!;
        var unit = version["structure"]!["units"]!.AsArray().Single(u => (string)u!["name"]! == "Vejdrift")!;
        (await admin.PutAsJsonAsync(
            $"/api/v1/organisation/versions/{versionId}/units/{unit["key"]}",
            new { version = (long)version["version"]!, name = "Vejdrift", centreKey = (string)unit["centreKey"]!, fte = 12.5m, payroll = 4_100_000L }))
            .EnsureSuccessStatusCode();
    }

    [GeneratedRegex(@"og \d+ flere")]
    private static partial Regex MoreRegex();

    [GeneratedRegex(@"^Der findes allerede en organisation med virkning fra \d{1,2}\. \w+ \d{4}, efter forslagets virkningsdato\. Forslaget kan ikke vedtages med virkning fra en tidligere dato\.$")]
    private static partial Regex LaterOrganisationRegex();
}
