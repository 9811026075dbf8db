namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<AuditText>: the audit history's texts (AuditText.resx Danish, .en English).
public sealed class AuditText;
