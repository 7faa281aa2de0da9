using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Quantities;

/// <summary>Adds the <c>quantities</c> layer: counted facts (people killed, hostages, money, percentages, hardware), each
/// linked, where the parse shows it, to its event and the actor counted (<see cref="QuantityLinks"/>).</summary>
public sealed class QuantityAnnotator : DeclaredAnnotator
{
    private readonly QuantityExtractor _extractor;

    public QuantityAnnotator() : this(QuantityLexicon.Default) { }

    public QuantityAnnotator(QuantityLexicon lexicon) : base(Stage) => _extractor = new QuantityExtractor(lexicon);

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("quantities",
        Requires: Layer.Tokens | Layer.Sentences,
        Assigns: Layer.Quantities,
        Uses: Layer.Dependencies | Layer.Events | Layer.Mentions);

    public override void Annotate(Document document)
    {
        var links = new QuantityLinks(document);
        var found = _extractor.Extract(document.Text, document.Tokens, document.Sentences);
        var quantities = document.Quantities;
        foreach (var quantity in found) quantities.Add(links.Link(quantity)); // (a loop: no iterator or delegate a document)
        document.MarkDone(Assigns);
    }
}
