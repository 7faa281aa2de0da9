using Demarche.Segmentation;

namespace Demarche.Segmentation.Tests;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = new Tokenizer().Tokenize(text);
        return new SentenceSplitter().Split(text, tokens).Select(s => text[s.Start..s.End]).ToArray();
    }

    [Theory]
    [InlineData("The U.S. envoy met Gen. Smith on Jan. 5 in Geneva. Talks went on.", 2)]
    [InlineData("Mr. Brown and Mrs. Okafor arrived. They spoke briefly.", 2)]
    [InlineData("John F. Kennedy visited Berlin in 1963. He gave a speech.", 2)]
    [InlineData("Growth reached 2.3 per cent. Inflation fell to 4.5%.", 2)]
    [InlineData("The U.N. said aid had arrived. Officials agreed.", 2)]
    [InlineData("Resolution No. 1701 was adopted. It ended the fighting.", 2)]
    [InlineData("He arrived at 10 a.m. and left at noon.", 1)]
    [InlineData("Sanctions were imposed by the U.S. The move angered Moscow.", 2)]
    [InlineData("“We will not back down,” he said. “Never.”", 2)]
    [InlineData("She asked, “Is this the end?” and left the room.", 1)]
    [InlineData("“It is over.” The minister walked out.", 2)]
    [InlineData("What next? Nobody knows! Wait and see…", 3)]
    [InlineData("Lt. Col. Ahmed and Sgt. Diallo were hurt.", 1)]
    [InlineData("The St. Petersburg forum opened. Putin spoke.", 2)]
    [InlineData("Talks with the E.U. resume on Oct. 12, officials said.", 1)]
    [InlineData("Prices rose (by 3%). Then they fell.", 2)]
    public void SplitsIntoExpectedNumberOfSentences(string text, int expected)
    {
        Assert.Equal(expected, Sentences(text).Length);
    }

    [Fact]
    public void LineBreaksAlwaysEndSentences()
    {
        var s = Sentences("A headline without a stop\nThe first paragraph starts here.\n\nAnother paragraph");
        Assert.Equal(["A headline without a stop", "The first paragraph starts here.", "Another paragraph"], s);
    }

    [Fact]
    public void ClosingQuoteStaysWithItsSentence()
    {
        var s = Sentences("He said: “It is bullying.” Then he left.");
        Assert.Equal("He said: “It is bullying.”", s[0]);
        Assert.Equal("Then he left.", s[1]);
    }

    [Fact]
    public void StrayReversedClosingMarkStaysInSentence()
    {
        var s = Sentences("“This is bullying, and of a stupid type.“");
        Assert.Single(s);
        Assert.EndsWith("type.“", s[0]);
    }

    [Fact]
    public void SentenceOffsetsCoverTheirTokens()
    {
        const string text = "Israel struck targets in Lebanon. Hezbollah fired rockets.\nThe U.S. urged calm.";
        var tokens = new Tokenizer().Tokenize(text);
        var sentences = new SentenceSplitter().Split(text, tokens);
        Assert.Equal(tokens.Length, sentences.Sum(s => s.TokenCount));
        foreach (var s in sentences)
        {
            Assert.Equal(tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(tokens[s.EndToken - 1].End, s.End);
        }
    }

    [Fact]
    public void EmptyTextHasNoSentences()
    {
        Assert.Empty(Sentences(""));
        Assert.Empty(Sentences("   \n  "));
    }
}
