namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<ReorganisationText>: the reorganisation pages (ReorganisationText.resx
// is Danish, ReorganisationText.en.resx English; both written by tools/resx.py from the .txt beside them).
public sealed class ReorganisationText;
