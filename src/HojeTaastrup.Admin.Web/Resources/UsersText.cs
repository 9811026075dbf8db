namespace HojeTaastrup.Admin.Web.Resources;

// Marker type for IStringLocalizer<UsersText>: the user administration's texts (UsersText.resx Danish, .en English;
// edit UsersText.da.txt / .en.txt and write the .resx with tools/resx.py).
public sealed class UsersText;
