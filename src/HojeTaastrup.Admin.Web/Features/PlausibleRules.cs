using FluentValidation;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Web.Features;

// The domain's plausible ranges (Plausible) as field rules, so that every form and API body refuses
// an absurd amount, FTE, day or text at the field with the same Danish message.
public static class PlausibleRules
{
    public static IRuleBuilderOptions<T, long?> PlausibleKroner<T>(this IRuleBuilder<T, long?> rule) =>
        rule.Must(kroner => kroner is null || Plausible.IsKroner(kroner.Value)).WithMessage(Plausible.KronerMessage);

    public static IRuleBuilderOptions<T, decimal?> PlausibleFte<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.Must(fte => fte is null || Plausible.IsFte(fte.Value)).WithMessage(Plausible.FteMessage);

    public static IRuleBuilderOptions<T, DateOnly?> PlausibleDay<T>(this IRuleBuilder<T, DateOnly?> rule) =>
        rule.Must(day => day is null || Plausible.IsDay(day.Value)).WithMessage(Plausible.DayMessage);

    public static IRuleBuilderOptions<T, string?> PlainText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => !Plausible.HasControlCharacter(text)).WithMessage(Plausible.ControlCharacterMessage);
}
