using System.Text;
using System.Xml;

namespace HojeTaastrup.Admin.Web.Infrastructure.Documents;

// Text as an Office file can hold it. XML 1.0 has no place for most control characters (a form can
// still receive them, e.g. pasted from another program), and an XmlWriter throws on them; they are
// dropped, which loses nothing a reader could see.
internal static class OpenXmlText
{
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    // Leading or trailing spaces vanish unless the text element says xml:space="preserve".
    public static bool NeedsPreservedSpace(string text) =>
        text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));

    private static bool IsClean(string text)
    {
        foreach (var c in text)
        {
            if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
        }

        return true;
    }
}
