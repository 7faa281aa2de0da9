using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Model;

namespace Demarche.Actors.Recognition;

/// <summary>What the actors stage found in one article.</summary>
public sealed record ActorRecognition(IReadOnlyList<Actor> Actors, MentionIndex Index);

/// <summary>Finds the actors of an article whose tokens and sentences are set. Thread-safe; one per lexicon.</summary>
public sealed class ActorRecognizer
{
    private readonly CompiledLexicon _lexicon;
    private readonly IPlaceCountries? _places;

    /// <param name="lexicon">The dictionaries; null: the shipped ones.</param>
    /// <param name="places">Countries of places the dictionaries lack ("in Kandahar"); null: none.</param>
    public ActorRecognizer(CompiledLexicon? lexicon = null, IPlaceCountries? places = null)
    {
        _lexicon = lexicon ?? CompiledLexicon.Default;
        _places = places;
    }

    public CompiledLexicon Lexicon => _lexicon;

    public ActorRecognition Recognize(Document document)
    {
        var reader = new ArticleReader(_lexicon, document, _places);
        reader.Run();
        var actors = reader.Book.Finish();
        var recognition = new ActorRecognition(actors, new MentionIndex(reader.Book.Mentions, document.Tokens.Length));
        reader.Release();
        return recognition;
    }
}
