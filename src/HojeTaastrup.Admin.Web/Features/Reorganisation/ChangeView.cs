namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// One change of a proposal as the changes tab and the API show it.

public sealed class ChangeView : ChangeFields
{
    public Guid Id { get; init; }

    // As people count: 1 is the first change.
    public int Number { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyList<ProblemView> Problems { get; init; } = [];
}
