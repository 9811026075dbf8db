using System.Globalization;
using System.Text.Json;
using HojeTaastrup.Admin.Data.Auditing;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Savings;
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
        "Id", "Key", "Version", "OrganisationVersionId", "ProposalId", "NumberKey", "ProgrammeId",
    };

    private static readonly HashSet<string> MoneyFields = new(StringComparer.Ordinal) { "Payroll", "TargetYearlySaving" };

    // Lists of { year, amount, … } (a savings proposal's amounts, a programme's targets): shown as money per year.
    private static readonly HashSet<string> YearAmountFields = new(StringComparer.Ordinal) { "Amounts", "Targets" };

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
        if (YearAmountFields.Contains(name) && value.StartsWith('[') && TryYearAmounts(value, culture) is { } amounts)
        {
            return amounts.Length == 0 ? text["NoValue"] : amounts;
        }

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

    // "2021: xx mio. kr.; 2022: 3,5 (5,5) mio. kr.; 2023: 6 mio. kr.?" — the audit log keeps the values as JSON
    // (Data/Auditing/AuditJson: property names as in C#, money as whole kroner); null when it is not that shape.
    private static string? TryYearAmounts(string json, CultureInfo culture)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var parts = new List<string>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || Property(item, "year") is not { ValueKind: JsonValueKind.Number } year
                    || Property(item, "amount") is not { } amount)
                {
                    return null;
                }

                var kroner = Kroner(amount);
                var text = Property(item, "uncertain") is { } uncertain
                    ? new YearAmount(
                        year.GetInt32(),
                        kroner,
                        uncertain.ValueKind == JsonValueKind.True && kroner is not null,
                        Property(item, "alternative") is { } alternative && kroner is not null ? Kroner(alternative) : null).ToString(culture)
                    : kroner is { } target ? SavingsAmountText.Format(target, culture) : "–";
                parts.Add($"{year.GetInt32()}: {text}");
            }

            return string.Join("; ", parts);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or DomainException)
        {
            return null;
        }
    }

    private static JsonElement? Property(JsonElement item, string name)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static Money? Kroner(JsonElement value) => value.ValueKind == JsonValueKind.Number ? new Money(value.GetInt64()) : null;

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
