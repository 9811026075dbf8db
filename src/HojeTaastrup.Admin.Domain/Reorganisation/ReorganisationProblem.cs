namespace HojeTaastrup.Admin.Domain.Reorganisation;

// Something wrong with a proposal, pinned on the change that causes it. ChangeIndex counts from 0;
// messages speak of "ændring N" as people count, which is ChangeNumber. Centre and Unit name what
// the problem is about, so that a chart can highlight it.
public sealed record ReorganisationProblem(
    int ChangeIndex,
    Guid ChangeId,
    ReorganisationProblemCode Code,
    string Message,
    string? Centre = null,
    Guid? Unit = null)
{
    public int ChangeNumber => ChangeIndex + 1;
}
