using System.Collections.Concurrent;
using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Core.Text;
using Demarche.Grammar.Parsing;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar;

/// <summary>
/// Tags and parses every sentence with the trained models (<see cref="GrammarModel"/>): Penn tags and lemmas
/// (<see cref="PosTags"/>), Universal Dependencies trees (<see cref="Dependencies"/>), noun-phrase and verb-group
/// chunks (<see cref="Chunks"/>) and verb frames read off the tree (<see cref="VerbFrames"/>).
/// </summary>
public sealed class GrammarAnnotator(GrammarModel? model = null) : DeclaredAnnotator(Stage)
{
    private readonly GrammarModel _model = model ?? GrammarModel.ForAnalysis;
    private readonly Lemmatizer _lemmatizer = new(PosLexicon.Default);
    private readonly ConcurrentDictionary<(string, PosTag), string> _lemmas = new();
    private RelationNames? _relations;
    private readonly ThreadLocal<SentenceAnalyzer> _analyzers = new(() => new SentenceAnalyzer(model ?? GrammarModel.ForAnalysis, WordLexicons.Default));
    private const int LemmaCacheLimit = 500_000;

    /// <summary>The stage's name and layers, declared once (see <see cref="StageDeclaration"/>).</summary>
    public static StageDeclaration Stage { get; } = new("grammar",
        Requires: Layer.Tokens | Layer.Sentences,
        Assigns: Layer.PartsOfSpeech | Layer.Chunks | Layer.Dependencies);

    public override void Annotate(Document document)
    {
        var tokens = document.Tokens;
        var text = document.Text;
        int n = tokens.Length;
        var tags = new PosTag[n];
        var lemmas = new string[n];
        var lowers = new string[n];
        var heads = new int[n];
        var labels = new byte[n];
        var classes = new ushort[n];
        Array.Fill(classes, Dependencies.NoClass);
        var analyzer = _analyzers.Value!;
        var tagSet = _model.Tagger.Tags;
        var sentences = document.Sentences;
        var buffers = _buffers ??= new Buffers();
        var spans = buffers.Spans;
        for (int si = 0; si < sentences.Count; si++) // by index: the list is an interface, its enumerator a box
        {
            var s = sentences[si];
            if (s.TokenCount == 0) continue;
            spans.Clear();
            for (int t = s.FirstToken; t < s.EndToken; t++) spans.Add((tokens[t].Start, tokens[t].End));
            var grammar = GrammarFor(s.TokenCount);
            analyzer.Analyze(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(spans), grammar);
            for (int i = 0; i < s.TokenCount; i++)
            {
                int t = s.FirstToken + i;
                int cls = grammar.Classes[i];
                tags[t] = tagSet.Penn(cls);
                classes[t] = (ushort)cls;
                heads[t] = grammar.Heads[i] < 0 ? -1 : s.FirstToken + grammar.Heads[i];
                labels[t] = (byte)grammar.Labels[i];
                lowers[t] = LowerOf(text.AsSpan(tokens[t].Start, tokens[t].Length));
                lemmas[t] = LemmaOf(lowers[t], tags[t]);
            }
        }
        for (int i = 0; i < n; i++) { lemmas[i] ??= ""; lowers[i] ??= ""; }
        var tree = new Dependencies(heads, labels, _relations ??= new RelationNames([.. _model.Parser.LabelNames]), classes, tagSet);

        var chunkList = buffers.Chunks;
        chunkList.Clear();
        for (int si = 0; si < sentences.Count; si++)
            Chunker.ChunkSentence(tags, lowers, sentences[si].FirstToken, sentences[si].EndToken, chunkList);
        var chunks = chunkList.ToArray();
        var chunkOfToken = new int[n];
        Array.Fill(chunkOfToken, -1);
        for (int c = 0; c < chunks.Length; c++)
            for (int t = chunks[c].First; t < chunks[c].End; t++) chunkOfToken[t] = c;

        var arguments = new ArgumentReader(tags, lowers, chunks, chunkOfToken, tree);
        var builder = new TreeFrameBuilder(tags, lowers, lemmas, chunks, tree, arguments);
        var frames = buffers.Frames;
        frames.Clear();
        for (int si = 0; si < sentences.Count; si++)
        {
            int start = frames.Count;
            var built = builder.Build(si, sentences[si].FirstToken, sentences[si].EndToken);
            foreach (var f in built)
            {
                if (f.Governor >= 0) f.Governor += start;
                frames.Add(f);
            }
        }
        var frameArray = frames.ToArray();
        builder.Release();
        buffers.Release();
        var frameOfToken = new int[n];
        Array.Fill(frameOfToken, -1);
        for (int f = 0; f < frameArray.Length; f++)
            for (int t = frameArray[f].First; t < frameArray[f].ParticleEnd; t++) frameOfToken[t] = f;

        document.Set(new PosTags(tags, lemmas, lowers));
        document.Set(tree);
        document.Set(arguments);
        document.Set(new Chunks(chunks, chunkOfToken));
        document.Set(new VerbFrames(frameArray, frameOfToken));
        document.MarkDone(Assigns);
    }

    /// <summary>A thread's lists of a document's token spans, chunks and frames, kept between documents while small.</summary>
    private sealed class Buffers
    {
        private const int KeptCapacity = 4096;
        public readonly List<(int, int)> Spans = new(64);
        public readonly List<Chunk> Chunks = new(256);
        public readonly List<VerbFrame> Frames = new(64);

        /// <summary>Forgets the frames (no document's objects stay reachable) and drops lists a long document grew.</summary>
        public void Release()
        {
            Frames.Clear();
            if (Spans.Capacity > KeptCapacity || Chunks.Capacity > KeptCapacity || Frames.Capacity > KeptCapacity) _buffers = null;
        }
    }

    [ThreadStatic] private static Buffers? _buffers;

    // a thread's results of sentences of each length up to 128 words, reused: the analyzer writes every word's class,
    // head and label anew, and the annotator copies them out before the next sentence
    [ThreadStatic] private static SentenceGrammar?[]? _grammars;

    private static SentenceGrammar GrammarFor(int length)
    {
        if (length >= 128) return new SentenceGrammar(length);
        _grammars ??= new SentenceGrammar?[128];
        return _grammars[length] ??= new SentenceGrammar(length);
    }

    private string LemmaOf(string lower, PosTag tag)
    {
        var key = (lower, tag);
        if (_lemmas.TryGetValue(key, out var lemma)) return lemma;
        lemma = _lemmatizer.Lemma(lower, tag);
        if (_lemmas.Count < LemmaCacheLimit) _lemmas[key] = lemma;
        return lemma;
    }

    private static string LowerOf(ReadOnlySpan<char> word)
    {
        Span<char> buf = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (int k = 0; k < word.Length; k++)
        {
            char c = word[k];
            buf[k] = c == '\u2019' || c == '\u02BC' ? '\'' : char.ToLowerInvariant(c);
        }
        return WordPool.Intern(buf);
    }
}
