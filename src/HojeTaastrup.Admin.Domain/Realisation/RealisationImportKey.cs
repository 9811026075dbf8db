using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HojeTaastrup.Admin.Domain.Common;

namespace HojeTaastrup.Admin.Domain.Realisation;

// The stable key of one row of a finance file: a hash of what the row says (proposal number, year, kroner, day,
// note) and which occurrence of that same content it is in its file. Importing the same file again gives the same
// keys, which are already there, so nothing counts twice; two identical rows in one file (two equal payments on the
// same day) are the first and second occurrence and both count. Decision 0008.
public static class RealisationImportKey
{
    public static string Of(string proposalNumberKey, int year, Money amount, DateOnly day, string? note, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(proposalNumberKey);
        var text = string.Join(
            '\u001F',
            proposalNumberKey.Trim().ToUpperInvariant(),
            year.ToString(CultureInfo.InvariantCulture),
            amount.Kroner.ToString(CultureInfo.InvariantCulture),
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (note ?? string.Empty).Trim(),
            occurrence.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
