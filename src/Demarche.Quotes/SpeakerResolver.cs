using Demarche.Core.Model;

namespace Demarche.Quotes;

/// <summary>Turns the words naming a speaker into an attribution: pronouns and titles are looked up in the
/// mention index (the actors stage resolves them), else in the speakers named just before.</summary>
internal sealed class SpeakerResolver(MentionIndex? index, SpeakerMemory memory)
{
    public Attribution Resolve(SpeakerPhrase phrase, string? cue, int paragraph)
    {
        switch (phrase.Form)
        {
            case SpeakerForm.Named:
                return new Attribution(phrase.ActorId, phrase.Text, cue, SpeakerForm.Named, phrase.Head);
            case SpeakerForm.Pronoun:
            {
                if (index?.AtToken(phrase.First) is { } m)
                {
                    var prior = memory.LastOf(m.ActorId, paragraph, 3);
                    return new Attribution(m.ActorId, prior?.SpeakerText ?? phrase.Text, cue, SpeakerForm.Named, prior?.Head ?? phrase.Head);
                }
                if (memory.Last(paragraph, 2) is { } last)
                    return last with { Cue = cue };
                return new Attribution(null, phrase.Text, cue, SpeakerForm.Pronoun, phrase.Head);
            }
            case SpeakerForm.Definite:
            {
                var prior = memory.LastWithHead(phrase.Head, paragraph, 6);
                return new Attribution(prior?.Speaker, phrase.Text, cue, SpeakerForm.Definite, phrase.Head);
            }
            default:
                return new Attribution(null, phrase.Text, cue, SpeakerForm.Anonymous, phrase.Head);
        }
    }
}
