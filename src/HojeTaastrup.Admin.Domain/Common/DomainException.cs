namespace HojeTaastrup.Admin.Domain.Common;

// A rule of the domain refused an action. The message is Danish and meant for the user.
public sealed class DomainException : Exception
{
    // A stable name of the refused rule (e.g. "LastAdministrator"), for clients and tests; optional.
    public string? Code { get; init; }

    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
