namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<OrganisationText>: the organisation pages and chart. The text sources are
// OrganisationText.da.txt and .en.txt beside it (tools/resx.py writes the .resx files from them).
public sealed class OrganisationText;
