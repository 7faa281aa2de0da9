using Demarche.Core.Data;
using Demarche.Core.Text;

namespace Demarche.Segmentation;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a line break, or at . ! ? … (with any closing quotes or
/// brackets after it) when the next token can start a sentence. Abbreviations and initials carry their period
/// inside the token (see <see cref="Tokenizer"/>), so they never end a sentence, except those that may
/// ("in the U.S. The …") when a capitalised function word follows.
/// </summary>
public sealed class SentenceSplitter
{
    private static readonly HashSet<string> SentenceStarters = WordList.Read(DataDirectory.File("lexicon", "sentence-starters.txt")).ToHashSet(StringComparer.Ordinal);

    public List<Sentence> Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>(tokens.Length / 20 + 1);
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int last = i;
            bool boundary = false;
            var t = tokens[i];
            if (IsTerminal(text, t))
            {
                while (last + 1 < tokens.Length && IsClosing(text, tokens[last + 1]) && !HasLineBreakBetween(text, tokens[last], tokens[last + 1]))
                    last++;
                boundary = last + 1 >= tokens.Length || HasLineBreakBetween(text, tokens[last], tokens[last + 1])
                    || CanStart(text, tokens[last], tokens[last + 1]);
            }
            else if (t.Kind == TokenKind.Word && text[t.End - 1] == '.' && i + 1 < tokens.Length
                && Abbreviations.MayEndSentence(text.AsSpan(t.Start, t.Length - 1))
                && SentenceStarters.Contains(text.Substring(tokens[i + 1].Start, tokens[i + 1].Length))
                && text[tokens[i + 1].Start - 1] == ' ')
            {
                boundary = true;
            }
            if (!boundary && last + 1 < tokens.Length && HasLineBreakBetween(text, tokens[last], tokens[last + 1]))
                boundary = true;
            if (boundary || last + 1 >= tokens.Length)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[last].End, first, last + 1 - first));
                first = last + 1;
                i = last;
            }
        }
        return sentences;
    }

    private static bool IsTerminal(string text, Token t) =>
        t.Kind == TokenKind.Punctuation && (t.Length == 1 ? text[t.Start] is '.' or '!' or '?' or '\u2026' : text[t.Start] == '.');

    /// <summary>A closing quote or bracket; an opening curly mark counts only when nothing follows it (a stray, reversed closing mark).</summary>
    private static bool IsClosing(string text, Token t)
    {
        if (t.Length != 1) return false;
        char c = text[t.Start];
        if (c is '\u201C' or '"' or '\'') return t.End == text.Length || char.IsWhiteSpace(text[t.End]);
        return c is '\u201D' or '\u2019' or ')' or ']' or '\u00BB';
    }

    private static bool HasLineBreakBetween(string text, Token a, Token b) => text.AsSpan(a.End, b.Start - a.End).Contains('\n');

    /// <summary>After a terminal mark, a sentence starts with a capital, a digit or an opening quote or bracket, after a space.</summary>
    private static bool CanStart(string text, Token prev, Token next)
    {
        if (next.Start == prev.End) return false;
        char c = text[next.Start];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB' or '\'' || !char.IsLetter(c) && c != ',';
    }
}
