namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<HearingsText>: the hearing and committee pages (HearingsText.resx is Danish,
// HearingsText.en.resx English; both written by tools/resx.py from the .txt beside them).
public sealed class HearingsText;
