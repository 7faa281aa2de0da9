using Demarche.Core;
using Demarche.Core.Model;

namespace Demarche.Grammar;

/// <summary>
/// Assigns part-of-speech tags and lemmas (<see cref="PosTags"/>), noun-phrase and verb-group chunks
/// (<see cref="Chunks"/>) and verb frames with subjects, objects, voice and modality (<see cref="VerbFrames"/>).
/// </summary>
public sealed class GrammarAnnotator(PosLexicon? lexicon = null) : IAnnotator
{
    private readonly PosTagger _tagger = new(lexicon ?? PosLexicon.Default);

    public string Name => "grammar";
    public Layer Requires => Layer.Tokens | Layer.Sentences;
    public Layer Assigns => Layer.PartsOfSpeech | Layer.Chunks;

    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        int n = tokens.Length;
        var tags = new PosTag[n];
        var lemmas = new string[n];
        var lowers = new string[n];
        var sentences = document.Sentences;
        foreach (var s in sentences)
            _tagger.TagSentence(document.Text, tokens, s.FirstToken, s.EndToken, tags, lemmas, lowers);
        for (int i = 0; i < n; i++) { lemmas[i] ??= ""; lowers[i] ??= ""; }

        var chunkList = new List<Chunk>(n / 2);
        foreach (var s in sentences)
            Chunker.ChunkSentence(tags, lowers, s.FirstToken, s.EndToken, chunkList);
        var chunks = chunkList.ToArray();
        var chunkOfToken = new int[n];
        Array.Fill(chunkOfToken, -1);
        for (int c = 0; c < chunks.Length; c++)
            for (int t = chunks[c].First; t < chunks[c].End; t++) chunkOfToken[t] = c;

        var builder = new FrameBuilder(tags, lowers, lemmas, chunks, chunkOfToken);
        var frames = new List<VerbFrame>();
        for (int si = 0; si < sentences.Count; si++)
            frames.AddRange(builder.Build(si, sentences[si].FirstToken, sentences[si].EndToken));
        var frameArray = frames.ToArray();
        var frameOfToken = new int[n];
        Array.Fill(frameOfToken, -1);
        for (int f = 0; f < frameArray.Length; f++)
        {
            for (int t = frameArray[f].First; t < frameArray[f].ParticleEnd; t++) frameOfToken[t] = f;
        }
        // governors were indices within a sentence's frames; make them global
        for (int si = 0, f = 0; si < sentences.Count; si++)
        {
            int startOfSentence = f;
            while (f < frameArray.Length && frameArray[f].Sentence == si)
            {
                if (frameArray[f].Governor >= 0) frameArray[f].Governor += startOfSentence;
                f++;
            }
        }

        document.Set(new PosTags(tags, lemmas, lowers));
        document.Set(new Chunks(chunks, chunkOfToken));
        document.Set(new VerbFrames(frameArray, frameOfToken));
        document.MarkDone(Assigns);
    }
}
