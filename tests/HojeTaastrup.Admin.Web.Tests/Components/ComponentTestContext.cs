using System.Globalization;
using Bunit;
using HojeTaastrup.Admin.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace HojeTaastrup.Admin.Web.Tests.Components;

// A bunit context set up as the app sets up the UI: MudBlazor with the Danish localizer, the app's localization,
// JS calls answered loosely (MudBlazor measures and focuses through JS), and Danish culture for the test.
// Create it with `await using`: MudBlazor's services are only IAsyncDisposable.
public static class ComponentTestContext
{
    public static BunitContext CreateDanish()
    {
        var culture = CultureInfo.GetCultureInfo(LocalizationSetup.DefaultCulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;

        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddTransient<MudLocalizer, DanishMudLocalizer>();
        context.Services.AddAdminLocalization();
        return context;
    }
}
