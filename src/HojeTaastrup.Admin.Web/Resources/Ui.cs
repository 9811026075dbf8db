namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<Ui>: the shell's texts (layout, menu, start page, error pages, role names).
// Ui.resx is Danish (the neutral language), Ui.en.resx English.
public sealed class Ui;
