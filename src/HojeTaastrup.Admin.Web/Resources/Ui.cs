namespace HojeTaastrup.Admin.Web.Resources;

public sealed class Ui;
