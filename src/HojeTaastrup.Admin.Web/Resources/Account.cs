namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<Account>: sign-in, sign-out and API token texts (Account.resx, Account.en.resx).
public sealed class Account;
