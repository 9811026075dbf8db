namespace HojeTaastrup.Admin.Domain.Organisation;

// The fields of a directorate, centre or unit that OrganisationDifferences compares.
public enum OrganisationField
{
    Name,
    DirectorName,
    Code,
    Kind,
    Directorate,
    Centre,
    Fte,
    Payroll,
}
