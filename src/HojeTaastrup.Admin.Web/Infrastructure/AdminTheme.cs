using MudBlazor;

namespace HojeTaastrup.Admin.Web.Infrastructure;

// The portal's calm municipal look as a MudBlazor theme: the same colours and type sizes as wwwroot/app.css
// (whose custom properties the pages' own CSS uses), a local font stack (no web fonts from the internet),
// and contrast of at least 4.5:1 for every text colour (WCAG 2.1 AA).
public static class AdminTheme
{
    public const string FontStack = "\"Segoe UI\", system-ui, -apple-system, \"Helvetica Neue\", Arial, sans-serif";

    private static readonly string[] FontFamily = ["Segoe UI", "system-ui", "-apple-system", "Helvetica Neue", "Arial", "sans-serif"];

    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f6c",            // 8.6:1 on white
            PrimaryDarken = "#073a50",
            PrimaryLighten = "#1d6d8f",
            Secondary = "#4a5a66",
            Tertiary = "#1d6d8f",
            Info = "#0b4f6c",
            Success = "#1f6b34",            // 6.4:1 on white
            Warning = "#8a4b00",            // 6.1:1 on white
            Error = "#a4161a",              // 7.6:1 on white
            Dark = "#1d2b36",
            TextPrimary = "#1d2b36",        // 14.6:1 on white
            TextSecondary = "#4a5a66",      // 7.1:1 on white
            TextDisabled = "#6b7782",       // 4.6:1 on white
            ActionDefault = "#4a5a66",
            ActionDisabled = "#6b7782",
            Background = "#f3f5f7",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#1d2b36",
            DrawerBackground = "#ffffff",
            DrawerText = "#1d2b36",
            DrawerIcon = "#1d2b36",
            LinesDefault = "#d3dae0",
            LinesInputs = "#6b7782",        // input borders: 3:1 against white for non-text contrast
            TableLines = "#d3dae0",
            Divider = "#d3dae0",
            OverlayDark = "rgba(29, 43, 54, 0.5)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontFamily, FontSize = "1rem", LineHeight = "1.5", LetterSpacing = "normal" },
            H1 = new H1Typography { FontFamily = FontFamily, FontSize = "1.75rem", FontWeight = "600", LineHeight = "1.25", LetterSpacing = "normal" },
            H2 = new H2Typography { FontFamily = FontFamily, FontSize = "1.25rem", FontWeight = "600", LineHeight = "1.25", LetterSpacing = "normal" },
            H3 = new H3Typography { FontFamily = FontFamily, FontSize = "1rem", FontWeight = "600", LineHeight = "1.25", LetterSpacing = "normal" },
            Body1 = new Body1Typography { FontFamily = FontFamily, FontSize = "1rem", LineHeight = "1.5", LetterSpacing = "normal" },
            Body2 = new Body2Typography { FontFamily = FontFamily, FontSize = "0.9375rem", LineHeight = "1.5", LetterSpacing = "normal" },
            Button = new ButtonTypography { FontFamily = FontFamily, FontSize = "0.9375rem", FontWeight = "600", LineHeight = "1.5", LetterSpacing = "normal", TextTransform = "none" },
            Caption = new CaptionTypography { FontFamily = FontFamily, FontSize = "0.875rem", LineHeight = "1.4", LetterSpacing = "normal" },
        },
        LayoutProperties = new LayoutProperties
        {
            DefaultBorderRadius = "4px",
            DrawerWidthLeft = "300px",
            AppbarHeight = "60px",
        },
    };
}
