using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Web.Api;
using HojeTaastrup.Admin.Web.Features;
using HojeTaastrup.Admin.Web.Infrastructure;
using HojeTaastrup.Admin.Web.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddAdminLogging();
builder.Services.AddAdminLocalization();
builder.Services.AddAdminPersistence(builder.Configuration, builder.Environment);
builder.Services.AddAdminSecurity(builder.Configuration, builder.Environment);
builder.Services.AddAdminHealthChecks();
builder.Services.AddAdminFeatures();
builder.Services.AddAdminApi();
builder.Services.AddAdminUi();
builder.Services.AddAdminHttpSecurity(builder.Configuration, builder.Environment);

// Kestrel would answer a too-long address with an empty 414; the API's own limit answers first.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 4 * ApiSetup.MaxUrlLength);

var app = builder.Build();

await app.Services.InitializeAdminDatabaseAsync(app.Configuration, app.Environment);

// First, so that a request re-executed for an error or "not found" page is still one line, with the address asked for.
app.UseAdminRequestLogging();
app.UseAdminHttpSecurity();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

// Pages show the Danish "not found" page; the API answers empty 401/403/404 with problem details
// (its branch writes the response first, so the re-execution leaves it alone).
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseWhen(
    context => context.Request.Path.StartsWithSegments("/api"),
    api => api.UseAdminApiErrors());
app.UseAdminLocalization();
app.UseStaticLibraryCompression();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// Scripts and styles are needed by the login page too.
app.MapStaticAssets().AllowAnonymous();
app.MapAdminHealthChecks();
app.MapAccountEndpoints();
app.MapSavingsDownloads();
app.MapHearingDownloads();
app.MapRealisationDownloads();
app.MapAdminApi();
app.MapAdminPages();

await app.RunAsync();

// Visible to WebApplicationFactory in the tests.
public partial class Program;
