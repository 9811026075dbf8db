namespace HojeTaastrup.Admin.Domain.Common;

// A rule of the domain refused an action. The message is Danish and meant for the user; Code, when the rule has
// one, is what tests and API clients match (the API sends it as "code" in the problem details).
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

    public DomainException(Refusal refusal)
        : base(refusal?.Message)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        Code = refusal.Code;
    }
}
