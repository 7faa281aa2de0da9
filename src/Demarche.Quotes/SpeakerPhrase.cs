namespace Demarche.Quotes;

internal enum SpeakerForm
{
    /// <summary>Names an actor of the actors layer (a person, a state, a document).</summary>
    Named,
    /// <summary>he, she, they, it, one of them: stands for a speaker named before.</summary>
    Pronoun,
    /// <summary>the official, the minister: a title that refers back.</summary>
    Definite,
    /// <summary>a European diplomat: a speaker with no actor.</summary>
    Anonymous,
}

/// <summary>The words naming a speaker, the actor they stand for (if any), and their head word ("diplomat").</summary>
internal sealed record SpeakerPhrase(int First, int End, string Text, string? ActorId, SpeakerForm Form, string Head);

/// <summary>Who a quote or a reported clause is attributed to, and by which cue.</summary>
internal sealed record Attribution(string? Speaker, string? SpeakerText, string? Cue, SpeakerForm Form, string? Head);
