namespace HojeTaastrup.Admin.Domain.Reorganisation;

// Draft → InHearing → Adopted, or Withdrawn from Draft or InHearing.
public enum ReorganisationStatus
{
    Draft,
    InHearing,
    Adopted,
    Withdrawn,
}
