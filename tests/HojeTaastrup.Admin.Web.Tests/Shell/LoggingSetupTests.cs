using HojeTaastrup.Admin.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace HojeTaastrup.Admin.Web.Tests.Shell;

public sealed class LoggingSetupTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), "admin-logging-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void FilePathsUnderContentRoot_RelativeFileSinkPath_IsPlacedUnderTheContentRoot()
    {
        var configuration = Configuration(("Serilog:WriteTo:0:Name", "Console"), ("Serilog:WriteTo:1:Name", "File"), ("Serilog:WriteTo:1:Args:path", "logs/admin-.log"));

        var paths = LoggingSetup.FilePathsUnderContentRoot(configuration, _contentRoot);

        Assert.Equal(Path.Combine(_contentRoot, "logs/admin-.log"), Assert.Single(paths, p => p.Key == "Serilog:WriteTo:1:Args:path").Value);
    }

    [Fact]
    public void FilePathsUnderContentRoot_AbsoluteFileSinkPath_IsLeftAlone()
    {
        var configuration = Configuration(("Serilog:WriteTo:0:Name", "File"), ("Serilog:WriteTo:0:Args:path", "/var/log/admin/admin-.log"));

        Assert.Empty(LoggingSetup.FilePathsUnderContentRoot(configuration, _contentRoot));
    }

    [Fact]
    public void CreateLogger_TwoHostsInOneProcess_BothWriteToTheSharedFileWithProperties()
    {
        var configuration = Configuration(
            ("Serilog:MinimumLevel:Default", "Information"),
            ("Serilog:WriteTo:0:Name", "File"),
            ("Serilog:WriteTo:0:Args:path", "logs/test-.log"),
            ("Serilog:WriteTo:0:Args:rollingInterval", "Day"),
            ("Serilog:WriteTo:0:Args:shared", "true"),
            ("Serilog:WriteTo:0:Args:outputTemplate", "{Message:lj} {Properties:j}{NewLine}"));
        var environment = new TestHostEnvironment(_contentRoot);

        using (var first = LoggingSetup.CreateLogger(configuration, environment) as IDisposable)
        using (var second = LoggingSetup.CreateLogger(configuration, environment) as IDisposable)
        {
            ((Serilog.ILogger)first!).Information("From the {Host} host", "first");
            ((Serilog.ILogger)second!).Information("From the {Host} host", "second");
        }

        var log = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(_contentRoot, "logs"))));
        Assert.Contains("From the first host", log, StringComparison.Ordinal);
        Assert.Contains("From the second host", log, StringComparison.Ordinal);
        Assert.Contains("\"Application\":\"HojeTaastrup.Admin.Web\"", log, StringComparison.Ordinal);
        Assert.Contains("\"Environment\":\"Test\"", log, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
