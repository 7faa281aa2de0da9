namespace Demarche.Quotes;

/// <summary>
/// Quoted words found between marks: <see cref="Start"/>..<see cref="End"/> are the words (no marks, no trailing comma),
/// <see cref="OpenMark"/> the offset of the opening mark, <see cref="AfterClose"/> the offset just after the closing
/// mark, or the paragraph's end when the quote runs on (<see cref="RunsOn"/>) into the next paragraph.
/// </summary>
internal sealed record QuoteSpan(int Paragraph, int OpenMark, int Start, int End, int AfterClose, bool RunsOn)
{
    public int Length => End - Start;
}
