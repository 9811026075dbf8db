namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class LoggingSetup
{
    // TODO(shell): Serilog from configuration (console + rolling file), structured properties.
    public static WebApplicationBuilder AddAdminLogging(this WebApplicationBuilder builder) => builder;

    // TODO(shell): ASP.NET Core HTTP logging without secrets.
    public static WebApplication UseAdminRequestLogging(this WebApplication app) => app;
}
