using Demarche.Actors.Matching;
using Demarche.Actors.Recognition;
using Demarche.Core;
using Demarche.Core.Data;
using Demarche.Core.Model;

namespace Demarche.Actors;

/// <summary>
/// The actors stage: fills <see cref="Document.Actors"/> and sets the <see cref="MentionIndex"/> layer
/// (<c>document.Get&lt;MentionIndex&gt;()</c>), which maps every token of a mention to its actor.
/// </summary>
public sealed class ActorsAnnotator : DeclaredAnnotator
{
    private readonly ActorRecognizer _recognizer;

    /// <summary>The shipped dictionaries (data/actors) plus the folder named by DEMARCHE_USER_DICT.</summary>
    public ActorsAnnotator() : base(Stage) => _recognizer = new ActorRecognizer();

    /// <summary>The shipped dictionaries plus a user folder whose YAML files add or override entries.</summary>
    public ActorsAnnotator(string? userDictionaryFolder) : base(Stage)
        => _recognizer = new ActorRecognizer(userDictionaryFolder is null ? null : CompiledLexicon.Load(null, userDictionaryFolder));

    /// <summary>
    /// The shipped dictionaries (plus a user folder, if any), and a gazetteer that places named after "in", "near" …
    /// ("in Kandahar") that the dictionaries do not know as a state's.
    /// </summary>
    public ActorsAnnotator(string? userDictionaryFolder, IPlaceCountries places) : base(Stage)
        => _recognizer = new ActorRecognizer(userDictionaryFolder is null ? null : CompiledLexicon.Load(null, userDictionaryFolder), places);

    public ActorsAnnotator(CompiledLexicon lexicon) : base(Stage) => _recognizer = new ActorRecognizer(lexicon);

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("actors",
        Requires: Layer.Tokens | Layer.Sentences,
        Assigns: Layer.Actors | Layer.Mentions);

    public override void Annotate(Document document)
    {
        var result = _recognizer.Recognize(document);
        document.SetActors(result.Actors);
        document.Set(result.Index);
        document.MarkDone(Assigns);
    }
}
