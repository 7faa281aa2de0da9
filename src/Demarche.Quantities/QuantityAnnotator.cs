using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Quantities;

/// <summary>Adds the <c>quantities</c> layer: counted facts (people killed, hostages, money, percentages, hardware).</summary>
public sealed class QuantityAnnotator : IAnnotator
{
    private readonly QuantityExtractor _extractor;

    public QuantityAnnotator() : this(QuantityLexicon.Default) { }

    public QuantityAnnotator(QuantityLexicon lexicon) => _extractor = new QuantityExtractor(lexicon);

    public string Name => "quantities";
    public Layer Requires => Layer.Tokens | Layer.Sentences;
    public Layer Assigns => Layer.Quantities;

    public void Annotate(Document document)
    {
        document.Quantities.AddRange(_extractor.Extract(document.Text, document.Tokens, document.Sentences));
        document.MarkDone(Assigns);
    }
}
