namespace HojeTaastrup.Admin.Web.Features.Organisation;

// How an organisation chart highlights a directorate, centre or unit (by its Key) in a before/after view.
public enum ChartMark
{
    None,
    Added,
    Removed,
    Changed,
    Moved,
}
