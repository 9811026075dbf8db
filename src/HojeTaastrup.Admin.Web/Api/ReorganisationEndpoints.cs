namespace HojeTaastrup.Admin.Web.Api;

public static class ReorganisationEndpoints
{
    public static void Map(RouteGroupBuilder api) => ArgumentNullException.ThrowIfNull(api);
}
