using HojeTaastrup.Admin.Data.Demo;
using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HojeTaastrup.Admin.Web.Tests.Security;

// Paths of the authorisation table may name demo data whose id the database assigns.
internal static class DemoIds
{
    public static async Task<string> ResolveAsync(AdminAppFactory app, string path)
    {
        if (!path.Contains(AuthorizationTable.DemoReorganisation, StringComparison.Ordinal))
        {
            return path;
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AdminDbContext>>().CreateDbContextAsync();
        var id = await db.ReorganisationProposals.Where(p => p.Title == Seed2010.Title).Select(p => p.Id).SingleAsync();
        return path.Replace(AuthorizationTable.DemoReorganisation, id.ToString(), StringComparison.Ordinal);
    }
}
