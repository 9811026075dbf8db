namespace HojeTaastrup.Admin.Domain.Reorganisation;

public enum ReorganisationProblemCode
{
    MissingRationale,
    CentreNotFound,
    CentreRemovedEarlier,
    UnitNotFound,
    UnitRemovedEarlier,
    DirectorateNotFound,
    UnitWithoutDestination,
    UnitNotInCentre,
    InvalidDestination,
    FteNotAvailable,
    PayrollNotAvailable,
    InvalidAmount,
    DuplicateCode,
    InvalidCode,
    InvalidName,
    InvalidKind,
    TooFewCentres,
    SurvivorNotMerged,
    NoEffect,
    NoSources,
    EmptyCentre,
}
