using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

internal sealed class TestHostEnvironment(string contentRoot) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Test";
    public string ApplicationName { get; set; } = "HojeTaastrup.Admin.Web";
    public string ContentRootPath { get; set; } = contentRoot;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
