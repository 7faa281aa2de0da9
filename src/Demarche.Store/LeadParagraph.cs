namespace Demarche.Store;

/// <summary>
/// Where an article's lead paragraph ends: the first paragraph of running text (at least <see cref="MinLength"/>
/// characters), after the headline and any "Published …" line. GDELT marks events read there as root events.
/// </summary>
public static class LeadParagraph
{
    public const int MinLength = 100;

    /// <summary>The offset just past the lead paragraph (the whole text when it has one paragraph).</summary>
    public static int End(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end - start >= MinLength) return end;
            start = end + 1;
        }
        return text.Length;
    }
}
