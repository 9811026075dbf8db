namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<Areas>: texts of the feature area pages (Areas.resx, Areas.en.resx).
public sealed class Areas;
