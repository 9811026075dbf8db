namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<SavingsExchangeText>: the savings catalogue's import page. The text sources are
// SavingsExchangeText.da.txt and .en.txt beside it (tools/resx.py writes the .resx files from them).
public sealed class SavingsExchangeText;
