namespace Demarche.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

/// <summary>One token of the clean text. Offsets are UTF-16 code units, end exclusive.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
    public TextSpan Span => new(Start, End);
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
