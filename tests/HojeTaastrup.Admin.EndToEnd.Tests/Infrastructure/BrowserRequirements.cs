namespace HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;

// Debian's Chromium, never a Playwright download: `playwright install` cannot reach its CDN here.
public static class BrowserRequirements
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static string MissingChromiumMessage =>
        $"Browser tests need Chromium at {ChromiumPath}: run `apt-get install -y chromium`.";

    public static bool IsChromiumInstalled => File.Exists(ChromiumPath);

    // In CI a missing browser must fail the run instead of skipping silently.
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
