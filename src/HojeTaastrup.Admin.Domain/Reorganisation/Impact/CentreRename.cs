namespace HojeTaastrup.Admin.Domain.Reorganisation;

public sealed record CentreRename(Guid Centre, string OldCode, string OldName, string NewCode, string NewName);
