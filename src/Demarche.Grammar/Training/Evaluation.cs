using Demarche.Grammar.Parsing;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Training;

/// <summary>Accuracy figures as the CoNLL 2018 shared task counts them on gold tokens (punctuation included).</summary>
public static class Evaluation
{
    public readonly record struct TagScore(double Upos, double Xpos, int Words);
    public readonly record struct ParseScore(double Uas, double Las, int Words);

    public static TagScore Tagging(Tagger tagger, IReadOnlyList<TrainingSentence> gold)
    {
        long upos = 0, xpos = 0, total = 0;
        var tags = tagger.Tags;
        foreach (var s in gold)
        {
            var predicted = new int[s.Words.Length];
            tagger.Tag(s.Words, predicted);
            for (int i = 0; i < predicted.Length; i++)
            {
                if (tags.Upos(predicted[i]) == tags.Upos(s.GoldTags[i])) upos++;
                if (tags.Xpos(predicted[i]) == tags.Xpos(s.GoldTags[i])) xpos++;
                total++;
            }
        }
        return new TagScore(100.0 * upos / total, 100.0 * xpos / total, (int)total);
    }

    /// <summary>Parses with the sentences' predicted tags (gold where none were predicted).</summary>
    public static ParseScore Parsing(DependencyParser parser, IReadOnlyList<TrainingSentence> gold)
    {
        var state = new ParseState();
        return Score(gold, parser.LabelNames, (input, heads, labels) => parser.Parse(input, state, heads, labels));
    }

    /// <summary>Parses with a beam of the given width over a move model, labels from <paramref name="labeller"/>.</summary>
    public static ParseScore ParsingWithBeam(Demarche.Grammar.Learning.LinearModel moves, DependencyParser labeller, int width, IReadOnlyList<TrainingSentence> gold)
    {
        var beam = new BeamSearch(width);
        return Score(gold, labeller.LabelNames, (input, heads, labels) => beam.Parse(input, moves, labeller, heads, labels));
    }

    /// <summary>Parses gold sentence <paramref name="index"/> into heads (-1 the root) and label indices.</summary>
    public delegate void ParseSentence(int index, TrainingSentence sentence, Span<int> heads, Span<int> labels);

    /// <summary>UAS and LAS (universal labels) of a parser over gold sentences, every word counted.</summary>
    public static ParseScore Score(IReadOnlyList<TrainingSentence> gold, IReadOnlyList<string> labelNames, ParseSentence parse)
    {
        long uas = 0, las = 0, total = 0;
        for (int k = 0; k < gold.Count; k++)
        {
            var s = gold[k];
            int n = s.Words.Length;
            var heads = new int[n];
            var labels = new int[n];
            parse(k, s, heads, labels);
            for (int i = 0; i < n; i++)
            {
                total++;
                if (heads[i] != s.Heads[i]) continue;
                uas++;
                if (Universal(labelNames[labels[i]]) == Universal(s.Deprels[i])) las++;
            }
        }
        return new ParseScore(100.0 * uas / total, 100.0 * las / total, (int)total);
    }

    /// <summary>A transition parse of each sentence from its predicted tags (gold where none were predicted).</summary>
    private static ParseScore Score(IReadOnlyList<TrainingSentence> gold, IReadOnlyList<string> labelNames, Action<ParserInput, Span<int>, Span<int>> parse)
    {
        var input = new ParserInput();
        return Score(gold, labelNames, (_, s, heads, labels) =>
        {
            ParserTrainer.Fill(input, s, s.PredictedTags ?? s.GoldTags);
            parse(input, heads, labels);
        });
    }

    /// <summary>LAS as the shared task scores it compares universal labels (the part before ':').</summary>
    public static string Universal(string label) => label.IndexOf(':') is int c and > 0 ? label[..c] : label;
}
