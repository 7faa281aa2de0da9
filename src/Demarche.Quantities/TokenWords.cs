using Demarche.Core.Text;

namespace Demarche.Quantities;

/// <summary>The tokens of a document with their lower-case text (computed once, when first asked), and small questions about them.</summary>
public sealed class TokenWords
{
    private readonly string?[] _lower; // filled on first use: most tokens are never looked at

    public TokenWords(string text, Token[] tokens) : this(text, tokens, new string?[tokens.Length]) { }

    /// <summary>
    /// The words of a document that keep their lower-case text in <paramref name="lowerWords"/> (at least as long as the
    /// tokens; its first <c>tokens.Length</c> entries are emptied): an extractor lends a buffer it keeps between documents.
    /// </summary>
    public TokenWords(string text, Token[] tokens, string?[] lowerWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lowerWords.Length, tokens.Length);
        Text = text;
        Tokens = tokens;
        _lower = lowerWords;
        Array.Clear(_lower, 0, tokens.Length);
    }

    public string Text { get; }
    public Token[] Tokens { get; }
    public int Count => Tokens.Length;

    /// <summary>The lower-case text of token <paramref name="index"/>; "" outside the document.</summary>
    public string this[int index] =>
        index >= 0 && index < Tokens.Length
            ? _lower[index] ??= Lower(Text.AsSpan(Tokens[index].Start, Tokens[index].Length))
            : "";

    /// <summary>The word lower-cased as <see cref="string.ToLowerInvariant()"/> does, as the word pool's string.</summary>
    private static string Lower(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return WordPool.Intern(lower);
    }

    /// <summary>
    /// The lower-case words of tokens [<paramref name="start"/>, <paramref name="end"/>) joined by single spaces, as
    /// <c>string.Join(' ', …)</c> of them (no enumerator or closure a call); a one-word phrase is its word's string.
    /// </summary>
    public string Join(int start, int end)
    {
        if (end - start <= 1) return end > start ? this[start] : "";
        int length = end - start - 1;
        for (int k = start; k < end; k++) length += this[k].Length;
        return string.Create(length, (Words: this, Start: start, End: end), static (into, phrase) =>
        {
            int at = 0;
            for (int k = phrase.Start; k < phrase.End; k++)
            {
                if (k > phrase.Start) into[at++] = ' ';
                phrase.Words[k].CopyTo(into[at..]);
                at += phrase.Words[k].Length;
            }
        });
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
