using HojeTaastrup.Admin.Web.Features;

namespace HojeTaastrup.Admin.Web.Api;

// Turns what a use case refused (UseCaseFailure, the same mapping the pages use) into the problem details of
// ../shared/API.md, so that bad input or a refused rule never surfaces as a 500.
public sealed class ApiExceptionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception exception) when (UseCaseFailure.From(exception) is { } failure)
        {
            return ApiResults.Failure(failure);
        }
    }
}
