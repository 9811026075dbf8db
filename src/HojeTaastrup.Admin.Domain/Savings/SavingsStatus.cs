namespace HojeTaastrup.Admin.Domain.Savings;

// Draft → InHearing → Adopted / Rejected / Postponed → Implementing → Realised / Closed
// (SavingsProposal.StatusRefusal holds the guards).
public enum SavingsStatus
{
    Draft,
    InHearing,
    Adopted,
    Rejected,
    Postponed,
    Implementing,
    Realised,
    Closed,
}

// Konto 6 (administration) or services to citizens (borgernær): the council often wants savings on the first.
public enum SavingsCategory
{
    Administration,
    CitizenFacing,
}
