using Bunit;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;
using HojeTaastrup.Admin.Web.Components.Shared;
using HojeTaastrup.Admin.Web.Features.Audit;
using HojeTaastrup.Admin.Web.Security;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// The history component over the real AuditLog and a real SQLite database: a proposal created by Anna on
// 1 February 2021 and renamed by Bo a day later. Who may read it is decided by AuditLog from the user's policies.
public sealed class AuditHistoryComponentTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset Created = new(2021, 2, 1, 11, 0, 0, TimeSpan.Zero);
    private readonly string _kind = AuditEntry.KindOf<ReorganisationProposal>();
    private string _proposalId = "";

    public async Task InitializeAsync()
    {
        await database.MigrateAsync();
        var proposal = new ReorganisationProposal("Fælles sekretariat", "Færre ledere", new DateOnly(2021, 6, 1), OrganisationStructure.Empty);
        await using (var db = database.CreateContext(new TestAuditActor("anna", "anna@htk.dk"), new FixedTimeProvider(Created)))
        {
            db.ReorganisationProposals.Add(proposal);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(new TestAuditActor("bo", "bo@htk.dk"), new FixedTimeProvider(Created.AddDays(1))))
        {
            var loaded = await db.ReorganisationProposals.SingleAsync(p => p.Id == proposal.Id);
            loaded.Edit("Fælles sekretariat for Teknik", "Færre ledere", new DateOnly(2021, 6, 1));
            await db.SaveChangesAsync();
        }

        _proposalId = proposal.Id.ToString();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task History_ForAnEditor_ShowsEachSaveNewestFirstInDanish()
    {
        await using var ctx = CreateContext(Policies.EditReorganisations);

        var history = ctx.Render<AuditHistory>(p => p.Add(h => h.EntityKind, _kind).Add(h => h.EntityId, _proposalId));

        history.WaitForAssertion(() => Assert.Equal(2, history.FindAll("[data-testid='audit-record']").Count));
        var rows = history.FindAll("[data-testid='audit-record']");
        Assert.Equal("bo@htk.dk", rows[0].Children[1].TextContent);
        Assert.Equal("Ændret", rows[0].Children[2].TextContent);
        Assert.Equal("anna@htk.dk", rows[1].Children[1].TextContent);
        Assert.Equal("Oprettet", rows[1].Children[2].TextContent);
        var title = rows[0].QuerySelectorAll(".audit-changes li").Single(li => li.QuerySelector(".audit-field")!.TextContent == "Titel");
        Assert.Equal("Fælles sekretariat", title.QuerySelector(".audit-before")!.TextContent);
        Assert.Equal("Fælles sekretariat for Teknik", title.QuerySelector(".audit-after")!.TextContent);
        Assert.Contains("2021", rows[1].QuerySelector(".audit-when")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Historik", history.Find("h2#audit-history-title").TextContent);
    }

    [Fact]
    public async Task History_ForAnAdministrator_IsShown()
    {
        await using var ctx = CreateContext(Policies.Administer);

        var history = ctx.Render<AuditHistory>(p => p.Add(h => h.EntityKind, _kind).Add(h => h.EntityId, _proposalId));

        history.WaitForAssertion(() => Assert.Equal(2, history.FindAll("[data-testid='audit-record']").Count));
    }

    [Fact]
    public async Task History_ForAUserWhoMayNotEditProposals_IsNotShownAtAll()
    {
        await using var ctx = CreateContext(Policies.SignedIn);

        var history = ctx.Render<AuditHistory>(p => p.Add(h => h.EntityKind, _kind).Add(h => h.EntityId, _proposalId));

        Assert.Empty(history.FindAll("[data-testid='audit-history']"));
        Assert.Empty(history.Markup.Trim());
    }

    [Fact]
    public async Task History_OfAnEntityWithoutEntries_SaysThereIsNoHistoryYet()
    {
        await using var ctx = CreateContext(Policies.EditReorganisations);

        var history = ctx.Render<AuditHistory>(p => p.Add(h => h.EntityKind, _kind).Add(h => h.EntityId, Guid.NewGuid().ToString()));

        history.WaitForAssertion(() => Assert.Equal("Der er ingen historik endnu.", history.Find("[data-testid='audit-empty']").TextContent));
        Assert.Empty(history.FindAll("[data-testid='audit-record']"));
    }

    // A proposal saved 25 times: the newest 20 are drawn, the rest on request (issue 10: every drawn record is kept by
    // every circuit on the page).
    [Fact]
    public async Task History_OfManySaves_ShowsTheNewestTwenty_AndTheRestOnRequest()
    {
        var proposal = new ReorganisationProposal("Mange gemninger", "Prøve", new DateOnly(2021, 6, 1), OrganisationStructure.Empty);
        for (var save = 0; save < 25; save++)
        {
            await using var db = database.CreateContext(new TestAuditActor("bo", "bo@htk.dk"), new FixedTimeProvider(Created.AddMinutes(save)));
            if (save == 0)
            {
                db.ReorganisationProposals.Add(proposal);
            }
            else
            {
                var loaded = await db.ReorganisationProposals.SingleAsync(p => p.Id == proposal.Id);
                loaded.Edit($"Mange gemninger {save}", "Prøve", new DateOnly(2021, 6, 1));
            }

            await db.SaveChangesAsync();
        }

        await using var ctx = CreateContext(Policies.EditReorganisations);
        var history = ctx.Render<AuditHistory>(p => p.Add(h => h.EntityKind, _kind).Add(h => h.EntityId, proposal.Id.ToString()));

        history.WaitForAssertion(() => Assert.Equal(20, history.FindAll("[data-testid='audit-record']").Count));
        Assert.Contains("Mange gemninger 24", history.FindAll("[data-testid='audit-record']")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Viser de 20 nyeste af 25 ændringer.", history.Find("[data-testid='audit-more']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Vis 5 flere", history.Find("[data-testid='audit-more'] button").TextContent, StringComparison.Ordinal);

        await history.Find("[data-testid='audit-more'] button").ClickAsync(new());
        history.WaitForAssertion(() => Assert.Equal(25, history.FindAll("[data-testid='audit-record']").Count));
        Assert.Equal("Oprettet", history.FindAll("[data-testid='audit-record']")[24].Children[2].TextContent);
        Assert.Empty(history.FindAll("[data-testid='audit-more']"));
    }

    private BunitContext CreateContext(params string[] policies)
    {
        var ctx = ComponentTestContext.CreateDanish();
        var authorization = ctx.AddAuthorization();
        authorization.SetAuthorized("anna@htk.dk");
        authorization.SetPolicies(policies);
        ctx.Services.AddSingleton<IDbContextFactory<AdminDbContext>>(new TestContextFactory(database));
        ctx.Services.AddScoped<CurrentUser>();
        ctx.Services.AddScoped<AuditLog>();
        return ctx;
    }

    private sealed class TestContextFactory(TestDatabase database) : IDbContextFactory<AdminDbContext>
    {
        public AdminDbContext CreateDbContext() => database.CreateContext();
    }
}
