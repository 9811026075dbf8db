using FluentValidation;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Features;
using HojeTaastrup.Admin.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Components.Pages.Reorganisation;

// Runs a use case from a page and turns its refusals into the message the page shows; the page keeps
// what the user typed, so nothing is lost.
public static class UseCaseErrors
{
    public static Task<string?> RunAsync(Func<Task> action, IStringLocalizer<ReorganisationText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RunAsync(action, text["Conflict"].Value);
    }

    // The same mapping with a feature's own text for a stale version (the user administration's).
    public static async Task<string?> RunAsync(Func<Task> action, string conflictMessage)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        catch (ValidationException ex)
        {
            return string.Join(" ", ex.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        catch (DbUpdateConcurrencyException)
        {
            return conflictMessage;
        }
        catch (NotFoundException ex)
        {
            return ex.Message;
        }
        catch (ForbiddenException ex)
        {
            return ex.Message;
        }
    }
}
