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

    [Theory]
    [InlineData("Jonas Held spoke first and left early.\n\nIngrid Solberg did not hide her anger. “It is a betrayal of the spring accord,” she wrote.", "Ingrid Solberg", null)]
    [InlineData("Jonas Held spoke first and left early.\n\nHe came back later. “It is a betrayal of the spring accord,” he wrote.", "he", "person:jonas-held")]
    public void A_name_nearer_than_the_actor_the_actors_stage_chose_wins(string text, string speakerText, string? speaker)
    {
        var doc = new Document(new DocumentInfo(), text);
        new SegmentationAnnotator().Annotate(doc);
        var tokens = doc.Tokens;
        int Token(string word, int from = 0) => Array.FindIndex(tokens, from, t => text[t.Start..t.End] == word);
        int jonas = Token("Jonas");
        int pronoun = Array.FindLastIndex(tokens, t => text[t.Start..t.End] is "she" or "he");
        doc.Actors.Add(new Actor { Id = "person:jonas-held", Name = "Jonas Held", Kind = ActorKind.Person, Country = "NOR" });
        var mentions = new List<ActorMention> { new(tokens[jonas].Start, tokens[jonas + 1].End, "person:jonas-held", jonas, 2) };
        int he = Token("He");
        if (he >= 0) mentions.Add(new ActorMention(tokens[he].Start, tokens[he].End, "person:jonas-held", he, 1) { Via = "pronoun" });
        mentions.Add(new ActorMention(tokens[pronoun].Start, tokens[pronoun].End, "person:jonas-held", pronoun, 1) { Via = "pronoun" });
        doc.Set(new MentionIndex(mentions, tokens.Length));
        new QuoteAnnotator().Annotate(doc);
        var quote = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Contains(speakerText, quote.SpeakerText);
    }
}
