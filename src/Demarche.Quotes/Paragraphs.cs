using Demarche.Core.Text;

namespace Demarche.Quotes;

/// <summary>The non-blank lines of a clean text: the paragraphs a quote may run across.</summary>
internal static class Paragraphs
{
    public static List<TextSpan> Of(string text)
    {
        var result = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            int s = start, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) result.Add(new TextSpan(s, e));
            start = i + 1;
        }
        return result;
    }
}
