using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Savings;

namespace HojeTaastrup.Admin.Web.Tests.Realisation;

// Seed 004 in small, made through the API by a director (so the adoption locks the baselines):
//
//   "Realisering <guid>"   2017–2020, target 3,1 mio. kr. in 2017 and 13,4 mio. kr. in 2020
//   A  Opgavefællesskaber        2017: 1.700.000   2020: 12.000.000      adopted
//   B  Fremtidens borgerkontakt  2020: 1.400.000?                        adopted
//   C  Kladde                    2020: 500.000                           draft (no realisation)
internal sealed record RealisationProgramme(string Id, JsonObject A, JsonObject B, JsonObject C)
{
    public static async Task<RealisationProgramme> CreateAsync(AppFixture fixture, string name)
    {
        var director = await SavingsApi.SignInAsync(fixture.App, "direktor");
        var response = await director.Client.PostAsJsonAsync(SavingsApi.Programmes, new
        {
            name = $"{name} {Guid.NewGuid():N}",
            firstYear = 2017,
            lastYear = 2020,
            targets = new[] { new { year = 2017, amount = 3_100_000L }, new { year = 2020, amount = 13_400_000L } },
            tracks = Array.Empty<string>(),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var programme = await SavingsApi.ReadAsync(response);
        var a = await AdoptAsync(director, programme, SavingsApi.Proposal("A", new { year = 2017, amount = 1_700_000 }, new { year = 2020, amount = 12_000_000 }));
        var b = await AdoptAsync(director, programme, SavingsApi.Proposal("B", new { year = 2020, amount = 1_400_000, uncertain = true }));
        var c = await director.CreateProposalAsync(programme, SavingsApi.Proposal("C", new { year = 2020, amount = 500_000 }));
        return new RealisationProgramme((string)programme["id"]!, a, b, c);
    }

    public string Realisation => $"/api/v1/programmes/{Id}/realisation";

    public string Import => $"/api/v1/programmes/{Id}/realisation/import";

    public static string Entries(JsonObject proposal) => $"/api/v1/proposals/{proposal["id"]}/realisations";

    public static JsonNode Year(JsonObject realisation, int year) => realisation["years"]!.AsArray().Single(y => (int)y!["year"]! == year)!;

    private static async Task<JsonObject> AdoptAsync(SavingsApi director, JsonObject programme, object proposal)
    {
        var created = await director.CreateProposalAsync(programme, proposal);
        var heard = await director.MoveAsync(created, "InHearing");
        return await director.MoveAsync(heard, "Adopted");
    }
}
