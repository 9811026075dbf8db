using FluentValidation;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Features;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Api;

// Turns the refusals that use cases throw into the problem details of ../shared/API.md,
// so that bad input or a refused rule never surfaces as a 500.
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
        catch (ValidationException ex)
        {
            return ApiResults.Validation(ex.Errors);
        }
        catch (DomainException ex)
        {
            var code = ex.Code is null ? null : new Dictionary<string, object?> { ["code"] = ex.Code };
            return TypedResults.Problem(title: "Handlingen blev afvist", detail: ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity, extensions: code);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ApiResults.Conflict();
        }
        catch (NotFoundException ex)
        {
            return TypedResults.Problem(title: "Findes ikke", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (ForbiddenException ex)
        {
            return TypedResults.Problem(title: "Ingen adgang", detail: ex.Message, statusCode: StatusCodes.Status403Forbidden);
        }
    }
}
