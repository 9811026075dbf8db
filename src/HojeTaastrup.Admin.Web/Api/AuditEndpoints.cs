namespace HojeTaastrup.Admin.Web.Api;

public static class AuditEndpoints
{
    public static void Map(RouteGroupBuilder api) => ArgumentNullException.ThrowIfNull(api);
}
