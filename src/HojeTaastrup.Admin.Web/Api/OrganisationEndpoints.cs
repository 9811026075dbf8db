namespace HojeTaastrup.Admin.Web.Api;

public static class OrganisationEndpoints
{
    public static void Map(RouteGroupBuilder api) => ArgumentNullException.ThrowIfNull(api);
}
