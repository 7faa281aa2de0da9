using Demarche.Core.Model;

namespace Demarche.Quotes;

/// <summary>The phrase naming an actor next to a verb, and the actor it stands for (null when it names none).</summary>
public sealed record ActorPhrase(int FirstToken, int EndToken, string Text, string? ActorId, bool IsPronoun);

/// <summary>
/// Reads the subject before a verb or the phrase after it the way the quotes stage reads speakers, for the stages
/// that need a holder or an agent (stances): "In a statement, Egypt's foreign ministry | rejected", "But on
/// Tuesday, the US ambassador to Israel, Mike Huckabee, | said".
/// </summary>
public sealed class ActorPhrases
{
    private readonly SpeakerPhraseReader _reader;

    public ActorPhrases(Document document, QuoteCueLexicon? lexicon = null)
    {
        var tokens = TokenText.Of(document);
        _reader = new SpeakerPhraseReader(tokens, lexicon ?? QuoteCueLexicon.Default, document.Get<MentionIndex>(), document.ActorsById);
    }

    /// <summary>The subject in tokens [from, verb): introductory phrases, datelines and earlier clauses are skipped.</summary>
    public ActorPhrase? SubjectBefore(int fromToken, int verbToken) => Convert(_reader.Before(fromToken, verbToken));

    /// <summary>The phrase that starts at a token and runs to punctuation or a relative clause, within the limit.</summary>
    public ActorPhrase? PhraseAfter(int fromToken, int limitToken) => Convert(_reader.After(fromToken, limitToken));

    private static ActorPhrase? Convert(SpeakerPhrase? p) =>
        p is null ? null : new ActorPhrase(p.First, p.End, p.Text, p.ActorId, p.Form == SpeakerForm.Pronoun);
}
