using Demarche.Core.Text;

namespace Demarche.Quantities;

/// <summary>The tokens of a document with their lower-case text (computed once, when first asked), and small questions about them.</summary>
public sealed class TokenWords
{
    private readonly string?[] _lower; // filled on first use: most tokens are never looked at

    public TokenWords(string text, Token[] tokens)
    {
        Text = text;
        Tokens = tokens;
        _lower = new string?[tokens.Length];
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public int Count => _lower.Length;

    /// <summary>The lower-case text of token <paramref name="index"/>; "" outside the document.</summary>
    public string this[int index] =>
        index >= 0 && index < _lower.Length
            ? _lower[index] ??= Lower(Text.AsSpan(Tokens[index].Start, Tokens[index].Length))
            : "";

    /// <summary>The word lower-cased as <see cref="string.ToLowerInvariant()"/> does, as the word pool's string.</summary>
    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return WordPool.Intern(lower);
    }

    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(Tokens[index].Start, Tokens[index].Length);

    public string Original(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    public string Original(int first, int endExclusive) =>
        Text.Substring(Tokens[first].Start, Tokens[endExclusive - 1].End - Tokens[first].Start);

    public TokenKind Kind(int index) => Tokens[index].Kind;

    /// <summary>True when tokens a and b = a + 1 touch (no space between them).</summary>
    public bool Touch(int a, int b) => a >= 0 && b < Tokens.Length && Tokens[a].End == Tokens[b].Start;

    public bool IsCapitalised(int index) => index >= 0 && index < Tokens.Length && char.IsUpper(Text[Tokens[index].Start]);

    public bool IsWord(int index) =>
        index >= 0 && index < Tokens.Length && Tokens[index].Kind == TokenKind.Word && char.IsLetter(Text[Tokens[index].Start]);

    /// <summary>Punctuation that ends a phrase (commas, quotes, brackets, colons), not hyphens or apostrophes.</summary>
    public bool IsBreak(int index)
    {
        if (index < 0 || index >= Tokens.Length) return true;
        if (Tokens[index].Kind != TokenKind.Punctuation) return false;
        char c = Text[Tokens[index].Start];
        return c is not ('-' or '\'' or '\u2019' or '\u2010' or '\u2011');
    }

    public bool IsHyphen(int index) =>
        index >= 0 && index < Tokens.Length && Text[Tokens[index].Start] is '-' or '\u2010' or '\u2011' or '\u2013' && Tokens[index].Length == 1;
}
