using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace HojeTaastrup.Admin.Web.Features;

// Thrown by use cases when the thing asked for is not there, or the user may not touch it.
public sealed class NotFoundException(string message) : Exception(message);

public sealed class ForbiddenException(string message) : Exception(message);

public enum UseCaseFailureKind
{
    Invalid,
    Refused,
    NotFound,
    Forbidden,
    Conflict,
}

// Why a use case did not do what it was asked, in one shape for every page and the API: a page shows Message
// (and keeps what the user typed), the API answers with the status that Kind names (Api/ApiExceptionFilter.cs).
// The only place outside the data project that knows EF Core's concurrency exception.
public sealed record UseCaseFailure(UseCaseFailureKind Kind, string Message, IReadOnlyList<ValidationFailure> Errors, string? Code = null)
{
    public const string ConflictMessage = "Der er ændret i data, siden du hentede dem. Hent dem igen og gentag din ændring.";

    public bool IsConflict => Kind == UseCaseFailureKind.Conflict;

    // What a page shows: its own words for a conflict (they say what to reload), else the use case's message.
    public string ToText(string conflictText) => IsConflict ? conflictText : Message;

    public static UseCaseFailure? From(Exception exception) => exception switch
    {
        ValidationException invalid => new(UseCaseFailureKind.Invalid, string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage).Distinct()), [.. invalid.Errors]),
        DomainException refused => new(UseCaseFailureKind.Refused, refused.Message, [], refused.Code),
        NotFoundException notFound => new(UseCaseFailureKind.NotFound, notFound.Message, []),
        ForbiddenException forbidden => new(UseCaseFailureKind.Forbidden, forbidden.Message, []),
        // A stale version, or two saves racing for the same unique key (AdminDbContext turns that into this too).
        DbUpdateConcurrencyException => new(UseCaseFailureKind.Conflict, ConflictMessage, []),
        _ => null,
    };

    // Runs a use case for a page: null when it succeeded, else why not. Anything else is a bug and is thrown on.
    public static async Task<UseCaseFailure?> RunAsync(Func<Task> useCase)
    {
        ArgumentNullException.ThrowIfNull(useCase);
        try
        {
            await useCase();
            return null;
        }
        catch (Exception exception) when (From(exception) is not null)
        {
            return From(exception);
        }
    }
}
