namespace HojeTaastrup.Admin.Domain.Savings;

// The Danish words for statuses and categories, used in refusals, history and exports alike.
public static class SavingsText
{
    public static string Status(SavingsStatus status) => status switch
    {
        SavingsStatus.Draft => "Udkast",
        SavingsStatus.InHearing => "I høring",
        SavingsStatus.Adopted => "Vedtaget",
        SavingsStatus.Rejected => "Afvist",
        SavingsStatus.Postponed => "Udskudt",
        SavingsStatus.Implementing => "Under gennemførelse",
        SavingsStatus.Realised => "Realiseret",
        SavingsStatus.Closed => "Lukket",
        _ => status.ToString(),
    };

    // "Forslaget {verb}": what happens to a proposal moved to that status.
    public static string Verb(SavingsStatus status) => status switch
    {
        SavingsStatus.Draft => "sættes tilbage til udkast",
        SavingsStatus.InHearing => "sendes i høring",
        SavingsStatus.Adopted => "vedtages",
        SavingsStatus.Rejected => "afvises",
        SavingsStatus.Postponed => "udskydes",
        SavingsStatus.Implementing => "sættes i gang",
        SavingsStatus.Realised => "meldes realiseret",
        SavingsStatus.Closed => "lukkes",
        _ => status.ToString(),
    };

    public static string Category(SavingsCategory category) => category switch
    {
        SavingsCategory.Administration => "Administration",
        SavingsCategory.CitizenFacing => "Borgernær",
        _ => category.ToString(),
    };
}
