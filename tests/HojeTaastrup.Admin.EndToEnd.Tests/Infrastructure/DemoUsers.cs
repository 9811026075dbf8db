namespace HojeTaastrup.Admin.EndToEnd.Tests.Infrastructure;

// Seeded when DemoData:Enabled=true outside Production; the README lists the same logins.
public static class DemoUsers
{
    public const string Password = "Demo-kode-2010";

    public const string Administrator = "admin";
    public const string Director = "direktor";
    public const string Finance = "okonomi";
    public const string MedMember = "med";
    public const string Reader = "laeser";
}
