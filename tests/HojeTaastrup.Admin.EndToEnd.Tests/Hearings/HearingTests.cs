using HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;
using HojeTaastrup.Admin.EndToEnd.Tests.Reorganisation;
using Microsoft.Playwright;

namespace HojeTaastrup.Admin.EndToEnd.Tests.Hearings;

public sealed class HearingTests(PortalFixture portal) : BrowserTest(portal)
{
    private const string OpenHearing = "Høring om skærpet fokus på styring og fornyelse i administrationen";
    private const string PublishedHearing = "Høring om udmøntning af ikke-effektuerede besparelser";

    // The demo MED member answers the open demo hearing (seed 000's reorganisation and its saving) on both
    // proposals and with a general remark; the director sees the answers in the overview and in the note.
    [SkippableFact]
    public async Task MedMember_AnswersTwoProposalsAndAGeneralRemark_DirectorSeesThemInTheNote()
    {
        await SignInAsync(DemoUsers.MedMember);
        await Page.GotoAsync("/hoeringer");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = OpenHearing }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        var hearingUrl = Page.Url;
        await Page.GetByTestId("hearing-detail").GetByTestId("answer-link").ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);

        var answers = new HearingAnswerPage(Page);
        await answers.SubmitAsync(0, "Udvalget støtter, at centrene samles, men beder om en plan for de berørte medarbejdere.");
        await answers.SubmitAsync(1, "Besparelsen bør først regnes ind, når den nye ledelsesstruktur er på plads.\n\nVi foreslår <script>alert('x')</script> som tekst.");
        await answers.SubmitAsync(2, "Processen har været åben, og udvalget vil gerne følge implementeringen.");
        await Assertions.Expect(answers.Current(1)).ToContainTextAsync("<script>alert('x')</script>");
        await SaveScreenshotAsync("hearing-answer");

        await SignInAsync(DemoUsers.Director);
        await Page.GotoAsync(hearingUrl);
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("committee-row").Filter(new() { HasText = "HovedMED" })).ToHaveAttributeAsync("data-answered", "true");
        await Assertions.Expect(Page.GetByTestId("response")).ToHaveCountAsync(3);
        await SaveScreenshotAsync("hearing-overview");

        await Page.GetByTestId("note-link").ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        var note = Page.GetByTestId("hearing-note");
        await Assertions.Expect(note.GetByTestId("note-section")).ToHaveCountAsync(2);
        await Assertions.Expect(note.GetByTestId("note-section").Nth(0)).ToContainTextAsync("en plan for de berørte medarbejdere");
        await Assertions.Expect(note.GetByTestId("note-section").Nth(1)).ToContainTextAsync("<script>alert('x')</script>");
        await Assertions.Expect(note.GetByTestId("note-general")).ToContainTextAsync("HovedMED:");
        await Assertions.Expect(note.GetByTestId("note-general")).ToContainTextAsync("følge implementeringen");
        await Assertions.Expect(note.GetByTestId("note-not-responded")).ToContainTextAsync("SektorMED CHP");
        await SaveScreenshotAsync("hearing-note");
    }

    // Whether the note may be published is the hearing's own answer, read from its view: while the hearing is open, and
    // once it is published, the director sees the button disabled and the reason beside it.
    [SkippableFact]
    public async Task Director_SeesWhyPublishingIsRefused_WhileOpenAndAfterPublication()
    {
        await SignInAsync(DemoUsers.Director);
        await Page.GotoAsync("/hoeringer");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = OpenHearing }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("publish")).ToBeDisabledAsync();
        await Assertions.Expect(Page.GetByTestId("publish-refusal")).ToContainTextAsync("kan først offentliggøres, når høringen er slut");

        await Page.GotoAsync("/hoeringer");
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Page.GetByRole(AriaRole.Link, new() { Name = PublishedHearing }).ClickAsync();
        await ProposalPage.WaitUntilLiveAsync(Page);
        await Assertions.Expect(Page.GetByTestId("publish")).ToBeDisabledAsync();
        await Assertions.Expect(Page.GetByTestId("publish-refusal")).ToHaveTextAsync("Høringsnotatet er offentliggjort og kan ikke længere ændres.");
        await SaveScreenshotAsync("hearing-published");
    }

    private sealed class HearingAnswerPage(IPage page)
    {
        private ILocator Item(int index) => page.GetByTestId("answer-item").Nth(index);

        public ILocator Current(int index) => Item(index).GetByTestId("current-answer");

        public async Task SubmitAsync(int index, string text)
        {
            await Item(index).Locator("textarea").First.FillAsync(text);
            await Item(index).GetByTestId("submit-answer").ClickAsync();
            await Assertions.Expect(Current(index)).ToContainTextAsync(text.Split('\n')[0]);
        }
    }
}
