using Demarche.Core.Text;

namespace Demarche.Stances;

/// <summary>The document's tokens with their lower-case words.</summary>
internal sealed class Words
{
    private readonly string[] _lower;

    public Words(string text, Token[] tokens)
    {
        Text = text;
        Tokens = tokens;
        _lower = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) _lower[i] = text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant();
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public int Count => Tokens.Length;
    public string this[int t] => _lower[t];
    public bool IsWord(int t) => Tokens[t].Kind is TokenKind.Word or TokenKind.Number;
    public bool IsCapitalised(int t) => char.IsUpper(Text[Tokens[t].Start]);
    public bool IsHyphen(int t) => Tokens[t].Length == 1 && Text[Tokens[t].Start] is '-' or '\u2010' or '\u2011';

    /// <summary>Whether no space separates token t from the token before it ("two" "-" "state").</summary>
    public bool Glued(int t) => t > 0 && Tokens[t - 1].End == Tokens[t].Start;

    /// <summary>The text of tokens [first, end), with the document's own spacing.</summary>
    public string Slice(int first, int end) => end <= first ? "" : Text[Tokens[first].Start..Tokens[end - 1].End];

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
}
