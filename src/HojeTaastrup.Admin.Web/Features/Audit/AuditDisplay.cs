using System.Globalization;
using System.Text.Json;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace HojeTaastrup.Admin.Web.Features.Audit;

public sealed record AuditLine(string Field, string? Before, string? After);

// Turns the audit log's raw field changes ("Units[<key>].Fte": "12.5" → "14.5") into what a person reads
// ("Afdeling · Årsværk": "12,5" → "14,5"). Texts come from AuditText: Field_<name>, Value_<enum value>,
// Count_<field> for lists; anything without a text is shown as it is.
public static class AuditDisplay
{
    // Keys and bookkeeping columns say nothing to a reader.
    private static readonly HashSet<string> HiddenFields = new(StringComparer.Ordinal)
    {
        "Id", "Key", "Version", "OrganisationVersionId", "ProposalId",
    };

    private static readonly HashSet<string> MoneyFields = new(StringComparer.Ordinal) { "Payroll", "TargetYearlySaving" };

    public static IReadOnlyList<AuditLine> Describe(IEnumerable<AuditFieldChange> changes, IStringLocalizer text, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(text);
        culture ??= CultureInfo.CurrentCulture;
        return changes
            .Where(c => !HiddenFields.Contains(LastSegment(c.Field)))
            .Select(c => new AuditLine(Label(c.Field, text), Value(c.Field, c.Before, text, culture), Value(c.Field, c.After, text, culture)))
            .ToList();
    }

    // "Units[<key>].Fte" → "Afdeling · Årsværk".
    public static string Label(string field, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(field);
        return string.Join(" · ", field.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(s => Translate(text, "Field_", Bare(s)) ?? Bare(s)));
    }

    public static string? Value(string field, string? value, IStringLocalizer text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (value is null)
        {
            return null;
        }

        var name = LastSegment(field);
        if (value.StartsWith('[') && TryCountArray(value, out var count))
        {
            var format = count == 1
                ? Translate(text, "CountOne_", name) ?? text["CountOne"]
                : Translate(text, "Count_", name) ?? text["Count"];
            return string.Format(culture, format, count);
        }

        if (value.StartsWith('{'))
        {
            var label = Translate(text, "Object_", name) ?? text["Object"];
            return TryUnitFigures(value, out var units, out var fte)
                ? string.Format(culture, text["ObjectFigures"], label, units, fte.ToString("#,##0.0", culture))
                : label;
        }

        if (MoneyFields.Contains(name) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kroner))
        {
            return Formatting.Amount(new Money(kroner), culture);
        }

        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Formatting.Day(day, culture);
        }

        if (value.Contains('.', StringComparison.Ordinal) && decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(culture);
        }

        return Translate(text, "Value_", value) ?? value;
    }

    private static string LastSegment(string field) => Bare(field[(field.LastIndexOf('.') + 1)..]);

    private static string Bare(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? segment : segment[..bracket];
    }

    private static string? Translate(IStringLocalizer text, string prefix, string name)
    {
        var found = text[prefix + name];
        return found.ResourceNotFound ? null : found.Value;
    }

    // An organisation snapshot (a proposal's baseline) in figures, so that a rebase's before and after differ
    // where the organisation did: "organisationen … (46 afdelinger, 522,5 årsværk)".
    private static bool TryUnitFigures(string json, out int units, out decimal fte)
    {
        units = 0;
        fte = 0;
        try
        {
            using var document = JsonDocument.Parse(json);
            var list = document.RootElement.EnumerateObject()
                .FirstOrDefault(p => string.Equals(p.Name, "units", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Array);
            if (list.Value.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var unit in list.Value.EnumerateArray())
            {
                units++;
                fte += unit.ValueKind == JsonValueKind.Object
                    && unit.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, "fte", StringComparison.OrdinalIgnoreCase)).Value is { ValueKind: JsonValueKind.Number } number
                    ? number.GetDecimal()
                    : 0;
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryCountArray(string json, out int count)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            count = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.GetArrayLength() : 0;
            return document.RootElement.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            count = 0;
            return false;
        }
    }
}
