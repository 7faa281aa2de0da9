using Demarche.Core.Text;
using Demarche.Segmentation;

namespace Demarche.Segmentation.Tests;

public class TokenizerTests
{
    private static string[] Words(string text) => new Tokenizer().Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("The U.S. said", new[] { "The", "U.S.", "said" })]
    [InlineData("killing 1,200 people", new[] { "killing", "1,200", "people" })]
    [InlineData("2.3 million", new[] { "2.3", "million" })]
    [InlineData("Israel’s security", new[] { "Israel", "’s", "security" })]
    [InlineData("Israel's security", new[] { "Israel", "'s", "security" })]
    [InlineData("I don’t see", new[] { "I", "do", "n’t", "see" })]
    [InlineData("Hamas’ attack", new[] { "Hamas", "’", "attack" })]
    [InlineData("a two-state solution", new[] { "a", "two", "-", "state", "solution" })]
    [InlineData("Côte d'Ivoire", new[] { "Côte", "d'Ivoire" })]
    [InlineData("$1.3 billion", new[] { "$", "1.3", "billion" })]
    [InlineData("rose 4.5%.", new[] { "rose", "4.5", "%", "." })]
    [InlineData("(Reuters) -", new[] { "(", "Reuters", ")", "-" })]
    [InlineData("“Yes,” he said.", new[] { "“", "Yes", ",", "”", "he", "said", "." })]
    [InlineData("Gen. Abdel", new[] { "Gen.", "Abdel" })]
    [InlineData("No. 10", new[] { "No.", "10" })]
    [InlineData("said no.", new[] { "said", "no", "." })]
    [InlineData("at 10:30 today", new[] { "at", "10:30", "today" })]
    [InlineData("see https://example.org/a.b, then", new[] { "see", "https://example.org/a.b", ",", "then" })]
    [InlineData("wait...", new[] { "wait", "..." })]
    [InlineData("Lai Ching-te", new[] { "Lai", "Ching", "-", "te" })]
    public void SplitsAsExpected(string text, string[] expected)
    {
        Assert.Equal(expected, Words(text));
    }

    [Fact]
    public void OffsetsAreExactAndOrdered()
    {
        const string text = "  Donald Trump’s administration, on Tuesday (June 10), said: “No.”  ";
        var tokens = new Tokenizer().Tokenize(text);
        int last = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Start >= last && t.End > t.Start);
            Assert.False(string.IsNullOrWhiteSpace(text[t.Start..t.End]));
            last = t.End;
        }
    }

    [Fact]
    public void NumbersAreMarked()
    {
        var text = "55,000 people and 2.3 million";
        var tokens = new Tokenizer().Tokenize(text);
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
        Assert.Equal(TokenKind.Number, tokens[3].Kind);
    }

    [Fact]
    public void SurrogatePairsAreOneToken()
    {
        var text = "peace 🕊 now";
        Assert.Equal(["peace", "🕊", "now"], Words(text));
    }
}
