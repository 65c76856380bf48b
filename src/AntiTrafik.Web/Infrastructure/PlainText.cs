using System.Globalization;
using System.Text;

namespace AntiTrafik.Web.Infrastructure;

public static class PlainText
{
    /// <summary>
    /// The letters without their marks (ë → e, ç → c, á → a); every character that is not a letter or
    /// digit becomes <paramref name="separator"/>.
    /// </summary>
    public static string WithoutMarks(string text, char separator)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(char.IsLetterOrDigit(c) ? c : separator);
            }
        }

        return plain.ToString();
    }
}
