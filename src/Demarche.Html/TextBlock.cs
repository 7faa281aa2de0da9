namespace Demarche.Html;

/// <summary>One paragraph of extracted text: its words, how many of its characters sit inside links, and the element that made it.</summary>
public sealed record TextBlock(string Text, int LinkChars, string Tag)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
