namespace HojeTaastrup.Admin.Domain.Reorganisation;

public enum ImplementationProjectStatus
{
    NotStarted,
    InProgress,
    Done,
}
