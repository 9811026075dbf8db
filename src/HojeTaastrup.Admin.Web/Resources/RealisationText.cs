namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<RealisationText>: the realisation pages. The text sources are RealisationText.da.txt
// and .en.txt beside it (tools/resx.py writes the .resx files from them).
public sealed class RealisationText;
