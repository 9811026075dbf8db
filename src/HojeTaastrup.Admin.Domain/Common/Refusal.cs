namespace HojeTaastrup.Admin.Domain.Common;

// Why an entity will not do something now: a stable code and a Danish sentence. An entity answers with one
// (null: allowed), so the page's button, the API's answer and the use case read the same value.
public sealed record Refusal(string Code, string Message)
{
    public DomainException ToException() => new(this);
}
