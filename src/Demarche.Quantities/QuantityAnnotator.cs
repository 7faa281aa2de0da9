using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Quantities;

/// <summary>Adds the <c>quantities</c> layer: counted facts (people killed, hostages, money, percentages, hardware).</summary>
public sealed class QuantityAnnotator : DeclaredAnnotator
{
    private readonly QuantityExtractor _extractor;

    public QuantityAnnotator() : this(QuantityLexicon.Default) { }

    public QuantityAnnotator(QuantityLexicon lexicon) : base(Stage) => _extractor = new QuantityExtractor(lexicon);

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("quantities",
        Requires: Layer.Tokens | Layer.Sentences,
        Assigns: Layer.Quantities);

    public override void Annotate(Document document)
    {
        document.Quantities.AddRange(_extractor.Extract(document.Text, document.Tokens, document.Sentences));
        document.MarkDone(Assigns);
    }
}
