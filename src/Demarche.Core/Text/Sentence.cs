namespace Demarche.Core.Text;

/// <summary>A sentence: its character range and the range of its tokens in <see cref="Document.Tokens"/>.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
    public int EndToken => FirstToken + TokenCount;
}
