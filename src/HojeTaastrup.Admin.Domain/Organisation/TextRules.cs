using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Organisation;

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

    public static string Required(string? text, int maxLength, string label, string whenMissing)
    {
        var trimmed = Optional(text, maxLength, label);
        return trimmed.Length > 0 ? trimmed : throw new DomainException(whenMissing);
    }
}
