using HojeTaastrup.Admin.Web.Security;

namespace HojeTaastrup.Admin.Web.Api;

// An API request has no circuit: the use cases' CurrentUser is the request's (bearer token) user.
public sealed class RequestUserFilter(CurrentUser currentUser) : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        currentUser.UseRequestUser(context.HttpContext.User);
        return next(context);
    }
}
