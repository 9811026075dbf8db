using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HojeTaastrup.Admin.Web.Components.Pages.Savings;

// A template column whose sort reaches ServerData under a name of ours ("number", "amount:2021"): MudBlazor names
// a template column's sort by a new Guid, which the catalogue query could not read.
public sealed class SortKeyColumn<T> : TemplateColumn<T>
{
    [Parameter, EditorRequired]
    public string SortKey { get; set; } = "";

    public override string PropertyName => SortKey;
}
