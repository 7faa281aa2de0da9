using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Quotes;

/// <summary>The document's tokens with their lower-case words, and the lookups the quote and stance finders share.</summary>
[DocumentLayer(Layer.Tokens)]
public sealed class TokenText
{
    private readonly string[] _lower;

    public TokenText(string text, Token[] tokens) : this(text, TextCase.ToLower(text), tokens) { }

    private TokenText(string text, string lower, Token[] tokens)
    {
        Text = text;
        Tokens = tokens;
        _lower = new string[tokens.Length];
        // one lowering for the document; each word is then the pool's string (allocated the first time it is met)
        for (int i = 0; i < tokens.Length; i++)
            _lower[i] = WordPool.Intern(lower.AsSpan(tokens[i].Start, tokens[i].Length));
    }

    /// <summary>
    /// The document's token words, made once and shared by the stages that read them (quotes, stances): kept on the
    /// document as a view of its tokens (made again when the tokens were replaced).
    /// </summary>
    public static TokenText Of(Document document)
    {
        var tokens = document.Tokens;
        if (document.Get<TokenText>() is { } made && ReferenceEquals(made.Tokens, tokens)) return made;
        made = new TokenText(document.Text, document.LowerText, tokens);
        document.Set(made);
        return made;
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public int Count => Tokens.Length;

    public string Lower(int t) => _lower[t];
    public string this[int t] => _lower[t];
    public bool IsHyphen(int t) => Tokens[t].Length == 1 && Text[Tokens[t].Start] is '-' or '\u2010' or '\u2011';

    /// <summary>Whether no space separates token t from the token before it ("two" "-" "state").</summary>
    public bool Glued(int t) => t > 0 && Tokens[t - 1].End == Tokens[t].Start;
    public char First(int t) => Text[Tokens[t].Start];
    public bool IsCapitalised(int t) => char.IsUpper(First(t));
    public bool IsWord(int t) => Tokens[t].Kind is TokenKind.Word or TokenKind.Number;
    public bool IsPunct(int t, char c) => Tokens[t].Length == 1 && First(t) == c;
    public bool IsQuoteMark(int t) => Tokens[t].Length == 1 && QuoteMarks.IsMark(First(t)) && !IsWord(t);
    public bool IsTerminal(int t) => Tokens[t].Kind == TokenKind.Punctuation && First(t) is '.' or '!' or '?' && !IsWord(t);

    /// <summary>The first token that starts at or after the offset.</summary>
    public int AtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>The tokens that lie within [start, end) of the text, as [first, end).</summary>
    public (int First, int End) Within(int start, int end) => (AtOrAfter(start), AtOrAfter(end));

    /// <summary>Whether the words from token t on are the phrase (lower-case words).</summary>
    public bool Matches(int t, string[] phrase, int limit)
    {
        if (t + phrase.Length > limit) return false;
        for (int k = 0; k < phrase.Length; k++)
            if (_lower[t + k] != phrase[k]) return false;
        return true;
    }

    public string Slice(int firstToken, int endToken) =>
        endToken <= firstToken ? "" : Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];
}
