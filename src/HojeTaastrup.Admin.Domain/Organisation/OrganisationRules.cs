namespace HojeTaastrup.Admin.Domain.Organisation;

// The rules for codes, names and figures of the organisation, shared by the entity methods,
// the reorganisation planner and (for field messages) the input validators of the web layer.
public static class OrganisationRules
{
    public const int MaxCodeLength = 10;
    public const int MaxNameLength = 200;

    public const string InvalidCodeMessage = "Koden skal være 1–10 tegn: store bogstaver (A–Å) eller cifre.";
    public const string MissingNameMessage = "Navnet skal udfyldes.";
    public const string InvalidFteMessage = "Årsværk skal være mellem 0 og 100.000 og må højst have én decimal.";
    public const string NegativePayrollMessage = "Lønsummen kan ikke være negativ.";

    public static readonly string NameTooLongMessage = $"Navnet må højst være {MaxNameLength} tegn.";

    // People type "bsc" or " ØAC "; the code is stored upper case and trimmed.
    public static string NormaliseCode(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    public static bool IsValidCode(string? code) =>
        code is { Length: >= 1 and <= MaxCodeLength } && code.All(IsCodeCharacter);

    public static string NormaliseName(string? name) => (name ?? string.Empty).Trim();

    // Null when the (normalised) name is acceptable, otherwise the Danish message.
    public static string? NameProblem(string name) => name.Length switch
    {
        0 => MissingNameMessage,
        > MaxNameLength => NameTooLongMessage,
        _ when Common.Plausible.HasControlCharacter(name) => Common.Plausible.ControlCharacterMessage,
        _ => null,
    };

    // FTE (årsværk) is kept with one decimal, as the municipality reports it.
    public static bool IsValidFte(decimal fte) => Common.Plausible.IsFte(fte) && decimal.Round(fte, 1) == fte;

    private static bool IsCodeCharacter(char c) => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or 'Æ' or 'Ø' or 'Å';
}
