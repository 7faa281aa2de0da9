using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Segmentation;

/// <summary>Assigns tokens and sentences; no sentence is longer than the cutter's limit (data/lexicon/segmentation.yaml).</summary>
public sealed class SegmentationAnnotator(LongSentenceCutter? cutter = null) : DeclaredAnnotator(Stage)
{
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly LongSentenceCutter _cutter = cutter ?? LongSentenceCutter.Load();

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("segmentation",
        Requires: Layer.Text,
        Assigns: Layer.Tokens | Layer.Sentences);

    public override void Annotate(Document document)
    {
        document.Tokens = _tokenizer.Tokenize(document.Text);
        document.Sentences = _cutter.Cut(document.Text, document.Tokens, _splitter.Split(document.Text, document.Tokens));
        document.MarkDone(Assigns);
    }
}
