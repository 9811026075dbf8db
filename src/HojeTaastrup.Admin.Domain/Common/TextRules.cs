namespace HojeTaastrup.Admin.Domain.Common;

// Free text typed by people: trimmed, and refused with a Danish message when too long or missing.
internal static class TextRules
{
    public static string Optional(string? text, int maxLength, string label)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (Plausible.HasControlCharacter(trimmed))
        {
            throw new DomainException($"{label}: {Plausible.ControlCharacterMessage}");
        }

        return trimmed.Length <= maxLength
            ? trimmed
            : throw new DomainException($"{label} må højst være {maxLength} tegn.");
    }

    // Blank is no text at all (null), for optional fields such as a note or a responsible person.
    public static string? OptionalOrNull(string? text, int maxLength, string label)
    {
        var trimmed = Optional(text, maxLength, label);
        return trimmed.Length == 0 ? null : trimmed;
    }

    public static string Required(string? text, int maxLength, string label, string whenMissing)
    {
        var trimmed = Optional(text, maxLength, label);
        return trimmed.Length > 0 ? trimmed : throw new DomainException(whenMissing);
    }
}
