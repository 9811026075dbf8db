using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A project that carries out an adopted reorganisation ("Kommunikation og åbenhed", "Fysisk
// placering/flytning"). Changed only through ReorganisationProposal.
public sealed class ImplementationProject : Entity
{
    private ImplementationProject()
    {
    }

    internal ImplementationProject(Guid proposalId, string name, string? owner, DateOnly? dueDate)
    {
        ProposalId = proposalId;
        Name = name;
        Owner = owner;
        DueDate = dueDate;
    }

    public Guid ProposalId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    // Who answers for the project; often a centre manager, not (yet) a portal user.
    public string? Owner { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public ImplementationProjectStatus Status { get; private set; }

    internal void Update(string name, string? owner, DateOnly? dueDate, ImplementationProjectStatus status)
    {
        Name = name;
        Owner = owner;
        DueDate = dueDate;
        Status = status;
    }
}
