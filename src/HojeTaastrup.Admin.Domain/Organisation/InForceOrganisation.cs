namespace HojeTaastrup.Admin.Domain.Organisation;

// The organisation version in force on a day, as a rule needs it: from when, and what it holds.
public sealed record InForceOrganisation(DateOnly EffectiveFrom, OrganisationStructure Structure);
