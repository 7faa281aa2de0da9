using Demarche.Core.Model;
using Demarche.Segmentation;

namespace Demarche.Segmentation.Tests;

/// <summary>Sentences longer than the limit are cut into bounded pieces at the best break, covering every token once.</summary>
public class LongSentenceTests
{
    private static Document Segment(string text, LongSentenceCutter? cutter = null)
    {
        var d = new Document(new DocumentInfo { Source = "t" }, text);
        new SegmentationAnnotator(cutter).Annotate(d);
        return d;
    }

    private static void PiecesCoverEveryToken(Document d, int max)
    {
        int next = 0;
        foreach (var s in d.Sentences)
        {
            Assert.Equal(next, s.FirstToken);
            Assert.InRange(s.TokenCount, 1, max);
            Assert.Equal(d.Tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(d.Tokens[s.EndToken - 1].End, s.End);
            next = s.EndToken;
        }
        Assert.Equal(d.Tokens.Length, next);
    }

    [Fact]
    public void TheLimitComesFromTheLexicon()
    {
        Assert.Equal(250, LongSentenceCutter.Load().MaxTokens);
    }

    [Fact]
    public void RepeatedWordsWithoutAStopAreCutAtTheLimit()
    {
        var d = Segment(string.Concat(Enumerable.Repeat("said ", 100_000)));
        PiecesCoverEveryToken(d, 250);
        Assert.Equal(400, d.Sentences.Count);
    }

    [Fact]
    public void APieceEndsAtASemicolonBeforeAColonBeforeACommaAndConjunction()
    {
        var cutter = new LongSentenceCutter(20, ["and"]);
        // tokens 0..19 form the first window: the semicolon (token 15) wins over the comma + "and" (token 17)
        var words = Enumerable.Range(0, 14).Select(i => "w" + i);
        var text = string.Join(' ', words) + " x; y z, and " + string.Join(' ', Enumerable.Range(0, 30).Select(i => "v" + i)) + ".";
        var d = Segment(text, cutter);
        PiecesCoverEveryToken(d, 20);
        Assert.EndsWith("x;", d.Text[d.Sentences[0].Start..d.Sentences[0].End]);

        var withComma = Segment(string.Join(' ', words) + " x y, and z " + string.Join(' ', Enumerable.Range(0, 30).Select(i => "v" + i)) + ".", cutter);
        Assert.EndsWith("y,", withComma.Text[withComma.Sentences[0].Start..withComma.Sentences[0].End]);
    }

    [Fact]
    public void ShortSentencesAreLeftAlone()
    {
        var d = Segment("Mali and Algeria held talks. They agreed to meet again, officials said.");
        Assert.Equal(2, d.Sentences.Count);
    }
}
