namespace HojeTaastrup.Admin.Domain.Organisation;

// The Danish words for the kinds of centre, used in domain messages and summary sentences.
public static class CentreKindText
{
    public static string Singular(CentreKind kind) => kind switch
    {
        CentreKind.Unit => "enhed",
        CentreKind.Staff => "stab",
        _ => "center",
    };

    public static string Plural(CentreKind kind) => kind switch
    {
        CentreKind.Unit => "enheder",
        CentreKind.Staff => "stabe",
        _ => "centre",
    };

    // "centret", "enheden", "staben": as in "Centret BSC findes ikke".
    public static string Definite(CentreKind kind) => kind switch
    {
        CentreKind.Unit => "enheden",
        CentreKind.Staff => "staben",
        _ => "centret",
    };

    // "1 center", "13 centre", "4 enheder".
    public static string Count(CentreKind kind, int count) =>
        $"{count} {(count == 1 ? Singular(kind) : Plural(kind))}";
}
