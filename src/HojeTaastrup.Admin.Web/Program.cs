using HojeTaastrup.Admin.Data;
using HojeTaastrup.Admin.Web.Api;
using HojeTaastrup.Admin.Web.Components;
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

var app = builder.Build();

await app.Services.InitializeAdminDatabaseAsync(app.Configuration, app.Environment);

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

// The API answers empty 401/403/404 with problem details; pages show the Danish "not found" page.
app.UseWhen(
    context => context.Request.Path.StartsWithSegments("/api"),
    api => api.UseStatusCodePages());
app.UseWhen(
    context => !context.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute("/not-found"));
app.UseAdminRequestLogging();
app.UseAdminLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapAdminHealthChecks();
app.MapAccountEndpoints();
app.MapAdminApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();

// Visible to WebApplicationFactory in the tests.
public partial class Program;
