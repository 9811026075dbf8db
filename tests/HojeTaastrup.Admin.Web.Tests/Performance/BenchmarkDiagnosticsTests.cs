using System.Net;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using HojeTaastrup.Admin.Web.Tests.Shell;
using Microsoft.Extensions.Configuration;

namespace HojeTaastrup.Admin.Web.Tests.Performance;

// The benchmark's diagnostics endpoint (a full GC on demand) exists only when a benchmark run asks for it,
// and never in Production, whatever the configuration says.
public sealed class BenchmarkDiagnosticsTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [SkippableFact]
    public async Task DiagnosticsEndpoint_ByDefault_IsNotFound()
    {
        using var admin = await fixture.App.CreateSignedInBrowserAsync("admin");

        var response = await admin.GetAsync(BenchmarkDiagnostics.Path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "Staging", false)]
    [InlineData("false", "Staging", false)]
    [InlineData("true", "Production", false)]
    [InlineData("true", "Staging", true)]
    public void Diagnostics_AreOnlyEnabledByTheFlag_OutsideProduction(string? flag, string environment, bool enabled)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Benchmark:Diagnostics"] = flag })
            .Build();

        Assert.Equal(enabled, BenchmarkDiagnostics.IsEnabled(configuration, new TestHostEnvironment(".") { EnvironmentName = environment }));
    }
}
