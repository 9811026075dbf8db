using FluentValidation;
using FluentValidation.Results;
using HojeTaastrup.Admin.Domain.Common;
using HojeTaastrup.Admin.Domain.Organisation;
using HojeTaastrup.Admin.Domain.Reorganisation;

namespace HojeTaastrup.Admin.Web.Features.Reorganisation;

// Between the flat change of the API and the forms, and the typed changes of the domain.
public static class ChangeMapping
{
    public static readonly IReadOnlyList<string> Kinds =
    [
        nameof(MergeCentres),
        nameof(DissolveCentre),
        nameof(CreateCentre),
        nameof(RenameCentre),
        nameof(MoveUnit),
        nameof(SplitUnit),
        nameof(CreateUnit),
        nameof(ChangeDirectorate),
    ];

    // The input has passed ChangeInputValidator, so the fields its kind needs are there. A directorate
    // given by name is resolved against the proposal's organisation (its baseline: changes create no directorates).
    public static ReorganisationChange ToDomain(ChangeFields input, OrganisationStructure organisation)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(organisation);
        ResolveDirectorate(input, organisation);
        var rationale = input.Rationale?.Trim() ?? "";
        return input.Kind switch
        {
            nameof(MergeCentres) => new MergeCentres(
                input.Centres ?? [], input.NewCode ?? "", input.NewName ?? "", rationale, Blank(input.SurvivingCentre), input.Directorate),
            nameof(DissolveCentre) => new DissolveCentre(
                input.Centre ?? "",
                (input.Destinations ?? []).Where(d => !string.IsNullOrWhiteSpace(d.Value)).ToDictionary(d => d.Key, d => d.Value),
                rationale),
            nameof(CreateCentre) => new CreateCentre(
                input.Code ?? "", input.Name ?? "", input.CentreKind ?? CentreKind.Centre, input.Directorate ?? Guid.Empty, rationale),
            nameof(RenameCentre) => new RenameCentre(input.Centre ?? "", input.NewName ?? "", rationale, Blank(input.NewCode)),
            nameof(MoveUnit) => new MoveUnit(input.Unit ?? Guid.Empty, input.ToCentre ?? "", rationale),
            nameof(SplitUnit) => new SplitUnit(
                input.Unit ?? Guid.Empty,
                input.Fte ?? 0,
                input.NewName ?? "",
                input.ToCentre ?? "",
                rationale,
                input.Payroll is { } kroner ? Money.FromKroner(kroner) : null),
            nameof(CreateUnit) => new CreateUnit(
                input.Centre ?? "",
                input.Name ?? "",
                (input.Sources ?? []).Select(s => new UnitShare(s.Unit ?? Guid.Empty, s.Fte ?? 0)).ToList(),
                rationale),
            nameof(ChangeDirectorate) => new ChangeDirectorate(input.Centre ?? "", input.Directorate ?? Guid.Empty, rationale),
            _ => throw new DomainException($"Ukendt type ændring: {input.Kind}."),
        };
    }

    public static T Fill<T>(T target, ReorganisationChange change)
        where T : ChangeFields
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(change);
        target.Kind = change.GetType().Name;
        target.Rationale = change.Rationale;
        switch (change)
        {
            case MergeCentres merge:
                target.Centres = [.. merge.Centres];
                target.NewCode = merge.NewCode;
                target.NewName = merge.NewName;
                target.SurvivingCentre = merge.SurvivingCentre;
                target.Directorate = merge.Directorate;
                break;
            case DissolveCentre dissolve:
                target.Centre = dissolve.Centre;
                target.Destinations = dissolve.Destinations.ToDictionary(d => d.Key, d => d.Value);
                break;
            case CreateCentre create:
                target.Code = create.Code;
                target.Name = create.Name;
                target.CentreKind = create.CentreKind;
                target.Directorate = create.Directorate;
                break;
            case RenameCentre rename:
                target.Centre = rename.Centre;
                target.NewName = rename.NewName;
                target.NewCode = rename.NewCode;
                break;
            case MoveUnit move:
                target.Unit = move.Unit;
                target.ToCentre = move.ToCentre;
                break;
            case SplitUnit split:
                target.Unit = split.Unit;
                target.Fte = split.Fte;
                target.NewName = split.NewName;
                target.ToCentre = split.ToCentre;
                target.Payroll = split.Payroll?.Kroner;
                break;
            case CreateUnit createUnit:
                target.Centre = createUnit.Centre;
                target.Name = createUnit.Name;
                target.Sources = createUnit.Sources.Select(s => new UnitShareInput { Unit = s.Unit, Fte = s.Fte }).ToList();
                break;
            case ChangeDirectorate changeDirectorate:
                target.Centre = changeDirectorate.Centre;
                target.Directorate = changeDirectorate.Directorate;
                break;
        }

        return target;
    }

    // "Social og Sundhed" → its key, whatever the case; an unknown or ambiguous name is a 400 at the field.
    private static void ResolveDirectorate(ChangeFields input, OrganisationStructure organisation)
    {
        if (input.Directorate is not null || input.DirectorateName is not { } name)
        {
            return;
        }

        var matches = organisation.Directorates
            .Where(d => string.Equals(OrganisationRules.NormaliseName(d.Name), OrganisationRules.NormaliseName(name), StringComparison.OrdinalIgnoreCase))
            .ToList();
        input.Directorate = matches.Count switch
        {
            1 => matches[0].Key,
            0 => throw DirectorateRefused($"Direktørområdet '{name}' findes ikke i forslagets organisation. Angiv navnet, som det står der, eller direktørområdets id."),
            _ => throw DirectorateRefused($"Flere direktørområder hedder '{name}'. Angiv direktørområdets id."),
        };
        input.DirectorateName = null;
    }

    private static ValidationException DirectorateRefused(string message) =>
        new([new ValidationFailure(nameof(ChangeFields.Directorate), message)]);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
