using Demarche.Core.Model;
using Demarche.Segmentation;

namespace Demarche.Quotes.Tests;

/// <summary>When the actors stage resolves "he" itself, the quote takes its actor and the words that first named him.</summary>
public sealed class ResolvedPronounTests
{
    [Fact]
    public void PronounMentionGivesActorAndAntecedentWords()
    {
        const string text = "Jonas Held, the chief negotiator, said the talks were over. “We tried everything,” he said.";
        var doc = new Document(new DocumentInfo(), text);
        new SegmentationAnnotator().Annotate(doc);
        var tokens = doc.Tokens;
        int Token(string word, int from = 0) => Array.FindIndex(tokens, from, t => text[t.Start..t.End] == word);
        int jonas = Token("Jonas"), he = Token("he");
        doc.Actors.Add(new Actor { Id = "person:jonas-held", Name = "Jonas Held", Kind = ActorKind.Person, Country = "NOR" });
        doc.Set(new MentionIndex(
        [
            new ActorMention(tokens[jonas].Start, tokens[jonas + 1].End, "person:jonas-held", jonas, 2),
            new ActorMention(tokens[he].Start, tokens[he].End, "person:jonas-held", he, 1) { Via = "pronoun" },
        ], tokens.Length));
        new QuoteAnnotator().Annotate(doc);
        var quote = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("person:jonas-held", quote.Speaker);
        Assert.Contains("Jonas Held", quote.SpeakerText);
    }
}
