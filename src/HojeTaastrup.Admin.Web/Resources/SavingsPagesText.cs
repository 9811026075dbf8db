namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<SavingsPagesText>: the savings pages (SavingsPagesText.resx is Danish,
// SavingsPagesText.en.resx English; both written by tools/resx.py from the .txt beside them). Not named
// SavingsText: the domain's SavingsText (Danish words for exports and history) would clash in every page.
public sealed class SavingsPagesText;
