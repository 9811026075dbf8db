using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace HojeTaastrup.Admin.Web.Tests.Performance;

// The catalogue at 2,000 proposals reads a few columns of each in a few commands (never the description, the
// earlier versions or the status history), and answers one page with totals over every filtered row. The time is
// printed, not asserted (a shared build machine is no stopwatch):
//   programme 2021–2024, 2,000 proposals P1…P2000, ØAC; every 7th with an unknown amount in 2021, the others
//   100.000 kr. a year; each with a 2,000-character description and an overdue milestone on every 3rd.
public abstract class SavingsCatalogueTests<TFixture>(TFixture fixture, ITestOutputHelper output)
    where TFixture : AppFixture
{
    private const int Count = 2_000;

    [SkippableFact]
    public async Task Catalogue_Of2000Proposals_ReadsFewColumnsInFewCommands_AndTotalsEveryFilteredRow()
    {
        var programme = await SeedAsync();
        using var reader = await fixture.App.CreateApiClientAsync("okonomi");
        using var counter = new SqlCommandCounter(DatabaseName(fixture.Database.ConnectionString));
        var url = $"/api/v1/proposals?programme={programme}&hasUnknownAmounts=false&sortBy=amount:2022&descending=true&pageSize=25";
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            // warm-up (JIT, the connection pool) and the times of repeated reads
            var each = Stopwatch.StartNew();
            using (await reader.GetAsync(url))
            {
                times.Add(each.Elapsed.TotalMilliseconds);
            }
        }

        counter.Reset();
        var watch = Stopwatch.StartNew();
        using var response = await reader.GetAsync(url);
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = Enumerable.Range(1, Count).Count(i => i % 7 != 0);
        Assert.Equal(expected, (int)page["totalCount"]!);
        Assert.Equal(25, page["rows"]!.AsArray().Count);
        Assert.Equal(expected * 100_000L, (long)page["totals"]![1]!["knownSum"]!);
        Assert.InRange(counter.Commands, 1, 8);
        var proposalReads = counter.Texts.Where(text => text.Contains("\"SavingsProposals\"", StringComparison.Ordinal)).ToList();
        Assert.Single(proposalReads);
        Assert.All(["\"Description\"", "RevisionsJson", "StatusHistoryJson"], column => Assert.DoesNotContain(column, proposalReads[0], StringComparison.Ordinal));
        output.WriteLine($"{fixture.Database.Provider}: catalogue of {Count} proposals, filtered and sorted: {watch.Elapsed.TotalMilliseconds:0} ms "
            + $"(earlier reads: {string.Join(", ", times.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms), {counter.Commands} commands");
    }

    private async Task<Guid> SeedAsync()
    {
        var programme = new SavingsProgramme(
            $"Måling {Guid.NewGuid():N}", null, 2021, 2024,
            Enumerable.Range(2021, 4).Select(y => new YearTarget(y, Money.FromMillions(37))).ToList(), []);
        await using var db = await fixture.CreateDbContextAsync();
        db.SavingsProgrammes.Add(programme);
        var description = new string('x', 2_000);
        for (var i = 1; i <= Count; i++)
        {
            IReadOnlyList<YearAmount> amounts = i % 7 == 0
                ? [YearAmount.Unknown(2021)]
                : Enumerable.Range(2021, 4).Select(y => YearAmount.Known(y, Money.FromKroner(100_000))).ToList();
            IReadOnlyList<Milestone> milestones = i % 3 == 0 ? [new(new DateOnly(2021, 3, 1), "Udkast")] : [];
            db.SavingsProposals.Add(new SavingsProposal(programme, new ProposalContent(
                $"P{i}", $"Forslag {i}", description, "ØAC", "Økonomi- og Analysecenter", null, SavingsCategory.Administration, null, amounts, milestones)));
        }

        await db.SaveChangesAsync();
        return programme.Id;
    }

    private static string DatabaseName(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            ? new NpgsqlConnectionStringBuilder(connectionString).Database!
            : Path.GetFileName(new SqliteConnectionStringBuilder(connectionString).DataSource);
}

public sealed class SavingsCatalogueTestsOnSqlite(SqliteAppFixture fixture, ITestOutputHelper output)
    : SavingsCatalogueTests<SqliteAppFixture>(fixture, output), IClassFixture<SqliteAppFixture>;

public sealed class SavingsCatalogueTestsOnPostgreSql(PostgreSqlAppFixture fixture, ITestOutputHelper output)
    : SavingsCatalogueTests<PostgreSqlAppFixture>(fixture, output), IClassFixture<PostgreSqlAppFixture>;
