using Demarche.Core.Text;

namespace Demarche.Quotes;

/// <summary>
/// Finds the outermost quoted passages of each paragraph, whatever the mark style (“ ” " „ « » ‘ ’ '). A mark opens
/// or closes by what stands around it, not by its shape, so reversed or stray closing marks ("type.“") still close;
/// ’ between letters or after a word with no single quote open is an apostrophe; a double quote still open at the
/// paragraph's end runs on to it (the next paragraph usually reopens it).
/// </summary>
internal static class QuoteMarkScanner
{
    private readonly record struct OpenMark(int Offset, bool Single);

    public static List<QuoteSpan> Scan(string text, IReadOnlyList<TextSpan> paragraphs)
    {
        var spans = new List<QuoteSpan>();
        var stack = new List<OpenMark>();
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var para = paragraphs[p];
            stack.Clear();
            for (int i = para.Start; i < para.End; i++)
            {
                char c = text[i];
                if (!QuoteMarks.IsMark(c)) continue;
                bool single = QuoteMarks.IsSingle(c);
                if (single && i > para.Start && i + 1 < para.End && QuoteMarks.IsWordChar(text[i - 1]) && QuoteMarks.IsWordChar(text[i + 1]))
                    continue; // don’t, Israel’s
                bool canOpen = QuoteMarks.CanOpen(text, i, para.Start, para.End);
                bool canClose = QuoteMarks.CanClose(text, i, para.Start, para.End);
                if (!canOpen && !canClose && QuoteMarks.IsSpaced(text, i, para.Start, para.End))
                {
                    // “ We will not give up ,”  /  « Bonjour »: the shape decides
                    canOpen = QuoteMarks.IsOpeningShape(c) || c == '"' && Matching(stack, single: false) < 0;
                    canClose = QuoteMarks.IsClosingShape(c) || !canOpen;
                }
                int match = Matching(stack, single);
                if (canClose && match >= 0)
                {
                    var open = stack[match];
                    stack.RemoveRange(match, stack.Count - match);
                    // outermost: nothing open below it but single marks that never closed (’90s)
                    bool outermost = open.Single ? stack.Count == 0 : stack.TrueForAll(m => m.Single);
                    if (outermost) Add(spans, text, p, open.Offset, i, i + 1, runsOn: false);
                }
                else if (canOpen)
                {
                    stack.Add(new OpenMark(i, single));
                }
            }
            // a double quote left open runs on to the paragraph's end; single marks left open were apostrophes
            int firstDouble = stack.FindIndex(m => !m.Single);
            if (firstDouble >= 0)
                Add(spans, text, p, stack[firstDouble].Offset, para.End, para.End, runsOn: true);
        }
        return spans;
    }

    /// <summary>The open mark a closing mark of this family closes: the topmost double, or a single on top.</summary>
    private static int Matching(List<OpenMark> stack, bool single)
    {
        if (stack.Count == 0) return -1;
        if (single) return stack[^1].Single ? stack.Count - 1 : -1;
        for (int k = stack.Count - 1; k >= 0; k--)
            if (!stack[k].Single) return k;
        return -1;
    }

    private static void Add(List<QuoteSpan> spans, string text, int paragraph, int openMark, int contentEnd, int afterClose, bool runsOn)
    {
        int s = openMark + 1, e = contentEnd;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',')) e--;
        if (e > s) spans.Add(new QuoteSpan(paragraph, openMark, s, e, afterClose, runsOn));
    }
}
