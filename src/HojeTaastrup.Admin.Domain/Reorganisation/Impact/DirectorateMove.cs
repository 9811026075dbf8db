namespace HojeTaastrup.Admin.Domain.Reorganisation;

// A centre that reports to another director after the reorganisation.
public sealed record DirectorateMove(Guid Centre, string Code, Guid From, string FromName, Guid To, string ToName);
