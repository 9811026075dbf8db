using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Reorganisation;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Tests.Hardening;

// "History only appends" under concurrency: two proposals in hearing with different effective dates,
// adopted at the same moment. Either the second is refused (409, or the 422 it would get one after
// the other), or it took effect after the first and its date is later; never an earlier date after a later one.
public abstract class TimelineRaceTests<TFixture>(TFixture fixture)
    where TFixture : AppFixture
{
    [SkippableFact]
    public async Task Adopt_TwoProposalsAtOnce_SerialiseOnTheTimeline()
    {
        var api = await ReorganisationApi.SignInAsync(fixture.App, "direktor");
        for (var round = 0; round < 5; round++)
        {
            var earlier = await InHearingAsync(api, $"Tidligere {round}", $"{2031 + (2 * round)}-01-01");
            var later = await InHearingAsync(api, $"Senere {round}", $"{2032 + (2 * round)}-01-01");

            // The later one first, so that without serialisation it tends to commit first.
            var answers = await Task.WhenAll(api.ActAsync(later, "adopt"), api.ActAsync(earlier, "adopt"));

            Assert.All(answers, a => Assert.True(
                a.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity,
                $"round {round}: {(int)a.StatusCode}"));
            Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        }

        // The order in which versions were added (the audit log) is the order of their effective dates.
        await using var db = await fixture.CreateDbContextAsync();
        var added = await db.AuditEntries.Where(e => e.EntityKind == nameof(OrganisationVersion) && e.Action == AuditAction.Created)
            .OrderBy(e => e.Id).Select(e => e.EntityId).ToListAsync();
        var dates = await db.OrganisationVersions.ToDictionaryAsync(v => v.Id.ToString(), v => v.EffectiveFrom);
        var days = added.Where(dates.ContainsKey).Select(id => dates[id]).ToList();
        Assert.Equal(days.Order(), days);
    }

    private static async Task<JsonObject> InHearingAsync(ReorganisationApi api, string title, string effectiveDate)
    {
        var proposal = await api.CreateAsync(title, effectiveDate);
        var hearing = await api.ActAsync(proposal, "hearing");
        Assert.Equal(HttpStatusCode.OK, hearing.StatusCode);
        return (await hearing.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}

public sealed class TimelineRaceTestsOnSqlite(SqliteAppFixture fixture)
    : TimelineRaceTests<SqliteAppFixture>(fixture), IClassFixture<SqliteAppFixture>;

public sealed class TimelineRaceTestsOnPostgreSql(PostgreSqlAppFixture fixture)
    : TimelineRaceTests<PostgreSqlAppFixture>(fixture), IClassFixture<PostgreSqlAppFixture>;
