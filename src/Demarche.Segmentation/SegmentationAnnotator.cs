using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Segmentation;

/// <summary>Assigns tokens and sentences.</summary>
public sealed class SegmentationAnnotator : IAnnotator
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    public string Name => "segmentation";
    public Layer Requires => Layer.Text;
    public Layer Assigns => Layer.Tokens | Layer.Sentences;

    public void Annotate(Document document)
    {
        document.Tokens = _tokenizer.Tokenize(document.Text);
        document.Sentences = _splitter.Split(document.Text, document.Tokens);
        document.MarkDone(Assigns);
    }
}
