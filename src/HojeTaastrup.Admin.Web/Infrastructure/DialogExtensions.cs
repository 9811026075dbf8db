using MudBlazor;

namespace HojeTaastrup.Admin.Web.Infrastructure;

public static class DialogExtensions
{
    // A yes/no question before a step that cannot be undone from the page (remove, adopt, withdraw).
    // True only when the user chose the action; closing the dialog or Escape is a no.
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string question, string title, string action, string cancel)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var answer = await dialogs.ShowMessageBoxAsync(title, question, yesText: action, cancelText: cancel,
            options: new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true });
        return answer == true;
    }
}
