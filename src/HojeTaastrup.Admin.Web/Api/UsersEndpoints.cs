namespace HojeTaastrup.Admin.Web.Api;

public static class UsersEndpoints
{
    public static void Map(RouteGroupBuilder api) => ArgumentNullException.ThrowIfNull(api);
}
