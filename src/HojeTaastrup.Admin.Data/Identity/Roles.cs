namespace HojeTaastrup.Admin.Data.Identity;

// Role ids used in code and the API (../shared/API.md). The UI shows the Danish names from resources.
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Director = nameof(Director);
    public const string Finance = nameof(Finance);
    public const string MedMember = nameof(MedMember);
    public const string Reader = nameof(Reader);

    public static IReadOnlyList<string> All { get; } = [Administrator, Director, Finance, MedMember, Reader];
}
