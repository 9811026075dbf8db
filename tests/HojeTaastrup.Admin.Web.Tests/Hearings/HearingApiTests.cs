using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Tests.Savings;

namespace HojeTaastrup.Admin.Web.Tests.Hearings;

// Committees and hearings through the HTTP API, raw JSON in and out. Each test makes its own case:
//
//   committees  "SektorMED A …" (the demo user med is a member)   "SektorMED B …" (med is not)
//   programme   one draft savings proposal "H1" of 1 mio. kr. in 2021
//   hearing     opens today, closes today (til og med, Copenhagen); the clock is then moved a day on
public abstract class HearingApiTests<TFixture>(TFixture fixture)
    where TFixture : HearingAppFixture
{
    private const string Hearings = "/api/v1/hearings";
    private const string Committees = "/api/v1/committees";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [SkippableFact]
    public async Task Respond_ForAnotherCommittee_Is403_AndForOwn_IsSavedAndRevised()
    {
        var (hearing, own, other, proposal, _) = await ArrangeAsync("Egen");
        var med = await ClientAsync("med");

        var forbidden = await med.PostAsJsonAsync($"{Hearings}/{hearing}/responses", new { committee = other, proposal, text = "Ikke vores" });
        var draftOfOther = await med.GetAsync($"{Hearings}/{hearing}/committees/{other}/answer");
        var first = await med.PostAsJsonAsync($"{Hearings}/{hearing}/responses", new { committee = own, proposal, text = "Første" });
        var second = await med.PostAsJsonAsync($"{Hearings}/{hearing}/responses", new { committee = own, proposal, text = "Andet <script>alert(1)</script>" });
        var draft = await med.PostAsJsonAsync($"{Hearings}/{hearing}/responses", new { committee = own, proposal = (Guid?)null, text = "Kun et udkast", draft = true });

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, draftOfOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var got = await GetAsync(med, $"{Hearings}/{hearing}");
        Assert.Equal("Open", (string)got["status"]!);
        var response = Assert.Single(got["responses"]!.AsArray())!;
        Assert.Equal("Andet <script>alert(1)</script>", (string)response["text"]!);
        Assert.Equal(2, (int)response["revision"]!);
        Assert.False((bool)response["late"]!);
        var committees = got["committees"]!.AsArray();
        Assert.True((bool)committees.Single(c => (string)c!["id"]! == own)!["answered"]!);
        Assert.False((bool)committees.Single(c => (string)c!["id"]! == other)!["answered"]!);
        var received = (await (await ClientAsync("direktor")).GetFromJsonAsync<JsonArray>($"{Hearings}/{hearing}/responses"))!;
        Assert.Equal(["Første", "Andet <script>alert(1)</script>"], received.Select(r => (string)r!["text"]!));
        Assert.Equal("H1. Forslag H1", (string)received[0]!["subject"]!);
        Assert.Equal(HttpStatusCode.Forbidden, (await med.GetAsync($"{Hearings}/{hearing}/responses")).StatusCode);
        var answer = await GetAsync(med, $"{Hearings}/{hearing}/committees/{own}/answer");
        Assert.Equal("Kun et udkast", (string)answer["items"]!.AsArray().Single(i => i!["proposal"] is null)!["draft"]!);
    }

    [SkippableFact]
    public async Task CreateHearing_OpeningToday_MovesTheProposalToInHearing()
    {
        var (_, _, _, proposal, _) = await ArrangeAsync("Status");
        var director = await ClientAsync("direktor");

        var got = await GetAsync(director, $"/api/v1/proposals/{proposal}");

        Assert.Equal("InHearing", (string)got["status"]!);
    }

    [SkippableFact]
    public async Task Respond_AfterTheDeadline_Is422WithADanishReason_AndTheDirectorRegistersItLate()
    {
        var (hearing, own, _, proposal, _) = await ArrangeAsync("Frist");
        try
        {
            fixture.Clock.Offset = UntilTomorrow();
            var med = await ClientAsync("med");
            var late = await med.PostAsJsonAsync($"{Hearings}/{hearing}/responses", new { committee = own, proposal, text = "For sent" });
            var problem = await late.Content.ReadFromJsonAsync<JsonObject>();

            Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
            Assert.Equal("hearing.deadline-passed", (string)problem!["code"]!);
            Assert.StartsWith("Høringsfristen udløb ved udgangen af", (string)problem["detail"]!, StringComparison.Ordinal);

            var director = await ClientAsync("direktor");
            var registered = await director.PostAsJsonAsync(
                $"{Hearings}/{hearing}/late-responses", new { committee = own, proposal, text = "Sendt med posten", reason = "Modtaget pr. brev" });
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
            var got = await GetAsync(director, $"{Hearings}/{hearing}");
            Assert.Equal("Closed", (string)got["status"]!);
            Assert.True((bool)got["responses"]![0]!["late"]!);
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }

    [SkippableFact]
    public async Task Note_IsAValidDocxWithTheSectionsInOrder_AndReadersSeeItOnlyWhenPublished()
    {
        var (hearing, own, _, proposal, ownName) = await ArrangeAsync("Notat");
        var med = await ClientAsync("med");
        await PostOkAsync(med, $"{Hearings}/{hearing}/responses", new { committee = own, proposal, text = "Svar på forslaget" });
        await PostOkAsync(med, $"{Hearings}/{hearing}/responses", new { committee = own, proposal = (Guid?)null, text = "Generel bemærkning" });
        var reader = await ClientAsync("laeser");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{Hearings}/{hearing}/note")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await med.GetAsync($"{Hearings}/{hearing}/note")).StatusCode);
        try
        {
            fixture.Clock.Offset = UntilTomorrow();
            var director = await ClientAsync("direktor");
            var version = (long)(await GetAsync(director, $"{Hearings}/{hearing}"))["version"]!;
            await PostOkAsync(director, $"{Hearings}/{hearing}/comments", new { proposal, text = "Administrationen følger op.", version });
            var request = new HttpRequestMessage(HttpMethod.Get, $"{Hearings}/{hearing}/note");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(Docx));
            var docx = await director.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
            Assert.Equal(Docx, docx.Content.Headers.ContentType!.MediaType);
            using var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync());
            using var document = WordprocessingDocument.Open(stream, false);
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
            var headings = document.MainDocumentPart.Document.Body.Elements<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
                .Select(p => p.InnerText)
                .ToList();
            Assert.Equal(["Forslag", "H1. Forslag H1", "Bemærkninger fra MED-systemet:", "Administrationens bemærkning:", "Generelle bemærkninger fra MED-systemet", "Udvalg, der ikke har afgivet høringssvar"], headings);
            var order = new[]
            {
                "Intro til notatet", "H1. Forslag H1", "2021: 1 mio. kr.", "Bemærkninger fra MED-systemet:", $"{ownName}:", "Svar på forslaget",
                "Administrationens bemærkning:", "Administrationen følger op.", "Generelle bemærkninger fra MED-systemet", "Generel bemærkning",
                "Udvalg, der ikke har afgivet høringssvar",
            }.Select(text => paragraphs.FindIndex(p => p == text)).ToList();
            Assert.DoesNotContain(-1, order);
            Assert.Equal(order.Order(), order);

            Assert.Equal(HttpStatusCode.OK, (await director.PostAsJsonAsync($"{Hearings}/{hearing}/publish", new { version = version + 1 })).StatusCode);
            var html = await (await ClientAsync("laeser")).GetAsync($"{Hearings}/{hearing}/note");
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Equal("text/html", html.Content.Headers.ContentType!.MediaType);
            Assert.Contains("Generel bemærkning", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Clock.Offset = TimeSpan.Zero;
        }
    }

    [SkippableFact]
    public async Task Committees_OnlyAdministratorsWrite_AndBadInputIs400()
    {
        var admin = await ClientAsync("admin");
        var director = await ClientAsync("direktor");

        var forbidden = await director.PostAsJsonAsync(Committees, new { name = "HovedMED x", level = "Hoved", centres = Array.Empty<string>() });
        var bad = await admin.PostAsJsonAsync(Committees, new { name = " ", level = (string?)null, centres = Array.Empty<string>() });
        var unknownUser = await admin.PostAsJsonAsync($"{Committees}/{Guid.NewGuid()}/members", new { user = "ingen" });

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!;
        Assert.Equal("Udvalget skal have et navn.", (string)errors["name"]![0]!);
        Assert.Equal(HttpStatusCode.NotFound, unknownUser.StatusCode);
    }

    [SkippableFact]
    public async Task DemoHearings_ThePublishedNoteIsReadable_AndMedCanAnswerTheOpenOne()
    {
        var reader = await ClientAsync("laeser");
        var med = await ClientAsync("med");

        var visible = (await reader.GetFromJsonAsync<JsonArray>(Hearings))!;
        var published = visible.Single(h => (string)h!["title"]! == DemoHearings.PublishedTitle)!;
        Assert.DoesNotContain(visible, h => (string)h!["title"]! == DemoHearings.OpenTitle);
        var note = await GetAsync(reader, $"{Hearings}/{published["id"]}/note", json: true);
        Assert.Equal(10, note["proposals"]!.AsArray().Count);
        Assert.Equal(["SektorMED CSÆ", "SektorMED Kultur Fritid og Borgerservice"], note["general"]!.AsArray().Select(r => (string)r!["committee"]!).Order(StringComparer.Ordinal));
        Assert.Equal(["HovedMED"], note["notResponded"]!.AsArray().Select(n => (string)n!));

        var open = (await med.GetFromJsonAsync<JsonArray>(Hearings))!.Single(h => (string)h!["title"]! == DemoHearings.OpenTitle)!;
        Assert.Equal("Open", (string)open["status"]!);
        Assert.Equal(2, open["myCommittees"]!.AsArray().Count);
        var hearing = await GetAsync(med, $"{Hearings}/{open["id"]}");
        Assert.Equal(["reorganisation", "savings", "general"], hearing["subjects"]!.AsArray().Select(s => (string)s!["kind"]!));
    }

    private static string OwnName(string label) => $"SektorMED A {label}";

    // Time until the next Copenhagen midnight plus a minute: "tomorrow", past a deadline of today.
    private static TimeSpan UntilTomorrow() =>
        MunicipalClock.EndOf(MunicipalClock.Today(TimeProvider.System)) - TimeProvider.System.GetUtcNow() + TimeSpan.FromMinutes(1);

    private async Task<(string Hearing, string Own, string Other, string Proposal, string OwnName)> ArrangeAsync(string label)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await ClientAsync("admin");
        var own = await CreatedAsync(admin, Committees, new { name = $"{OwnName(label)} {suffix}", level = "Sektor", centres = new[] { "CAI" } });
        var other = await CreatedAsync(admin, Committees, new { name = $"SektorMED B {label} {suffix}", level = "Sektor", centres = Array.Empty<string>() });
        await PostOkAsync(admin, $"{Committees}/{own["id"]}/members", new { user = "med" });

        var savings = await SavingsApi.SignInAsync(fixture.App, "direktor");
        var programme = await savings.CreateProgrammeAsync($"Høring {label}");
        var proposal = await savings.CreateProposalAsync(programme, SavingsApi.Proposal("H1", new { year = 2021, amount = 1_000_000 }));

        var today = MunicipalClock.Today(fixture.Clock);
        var hearing = await CreatedAsync(savings.Client, Hearings, new
        {
            title = $"Høring {label}",
            intro = "Intro til notatet",
            caseNumber = "00.01.00-A00-1-26",
            contactPerson = "Direktionssekretariatet",
            opens = today.ToString("yyyy-MM-dd"),
            closes = today.ToString("yyyy-MM-dd"),
            committees = new[] { (string)own["id"]!, (string)other["id"]! },
            proposals = new[] { (string)proposal["id"]! },
        });
        return ((string)hearing["id"]!, (string)own["id"]!, (string)other["id"]!, (string)proposal["id"]!, (string)own["name"]!);
    }

    private Task<HttpClient> ClientAsync(string user) => fixture.App.CreateApiClientAsync(user);

    private static async Task<JsonObject> CreatedAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static async Task PostOkAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<JsonObject> GetAsync(HttpClient client, string path, bool json = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (json)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

public sealed class HearingApiTestsOnSqlite(SqliteHearingAppFixture fixture)
    : HearingApiTests<SqliteHearingAppFixture>(fixture), IClassFixture<SqliteHearingAppFixture>;

public sealed class HearingApiTestsOnPostgreSql(PostgreSqlHearingAppFixture fixture)
    : HearingApiTests<PostgreSqlHearingAppFixture>(fixture), IClassFixture<PostgreSqlHearingAppFixture>;
