using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Parsing;

/// <summary>One sentence's grammar: per word its tag class, Penn tag, lemma, head (-1 for the root) and label.</summary>
public sealed class SentenceGrammar(int length)
{
    public int Length { get; } = length;
    public int[] Classes { get; } = new int[length];
    public int[] Heads { get; } = new int[length];
    public int[] Labels { get; } = new int[length];
}

/// <summary>
/// Tags and parses sentences with a <see cref="GrammarModel"/>. Keeps its buffers between sentences, so one
/// instance serves one thread; make one per thread (the model itself is shared).
/// </summary>
public sealed class SentenceAnalyzer(GrammarModel model, WordLexicons lexicon)
{
    private readonly ParseState _state = new();
    private readonly ParserInput _input = new();
    private WordAtoms[] _atoms = new WordAtoms[64];

    public GrammarModel Model { get; } = model;

    /// <summary>Fills <paramref name="result"/> for the words of one sentence, given as spans of a text.</summary>
    public void Analyze(string text, ReadOnlySpan<(int Start, int End)> words, SentenceGrammar result)
    {
        int n = words.Length;
        if (_atoms.Length < n) _atoms = new WordAtoms[Math.Max(n, _atoms.Length * 2)];
        for (int i = 0; i < n; i++) _atoms[i] = WordAtoms.Of(text.AsSpan(words[i].Start, words[i].End - words[i].Start), lexicon);
        Run(n, result);
    }

    public void Analyze(IReadOnlyList<string> forms, SentenceGrammar result)
    {
        int n = forms.Count;
        if (_atoms.Length < n) _atoms = new WordAtoms[Math.Max(n, _atoms.Length * 2)];
        for (int i = 0; i < n; i++) _atoms[i] = WordAtoms.Of(forms[i], lexicon);
        Run(n, result);
    }

    private void Run(int n, SentenceGrammar result)
    {
        if (n == 0) return;
        var atoms = _atoms.AsSpan(0, n);
        Model.Tagger.Tag(atoms, result.Classes);
        _input.Reset(n);
        for (int i = 0; i < n; i++)
        {
            _input.Set(i, atoms[i], result.Classes[i]);
        }
        Model.Parser.Parse(_input, _state, result.Heads, result.Labels);
    }
}
