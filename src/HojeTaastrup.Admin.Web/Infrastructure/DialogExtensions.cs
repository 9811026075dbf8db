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

    // Tells that a step is done. The newest notice replaces the one shown: one at a time (UiSetup), and a queue would
    // still say "Programmet er oprettet" while the user has moved on to saving a proposal.
    public static void Tell(this ISnackbar snackbar, string message, Severity severity = Severity.Success)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        snackbar.Clear();
        snackbar.Add(message, severity);
    }
}
