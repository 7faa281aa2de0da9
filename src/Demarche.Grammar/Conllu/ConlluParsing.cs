using Demarche.Grammar.Parsing;
using Demarche.Grammar.Training;

namespace Demarche.Grammar.Conllu;

/// <summary>
/// Tags and parses the sentences of a CoNLL-U file on its own words, writes them with the predicted LEMMA, UPOS,
/// XPOS, HEAD and DEPREL (FEATS and DEPS empty, MISC reduced to SpaceAfter=No), and scores them against the
/// file's own columns when it has them.
/// </summary>
public static class ConlluParsing
{
    public sealed class Score
    {
        public long Words, Upos, Xpos, Uas, Las, LasFull, Sentences;
        public string Summary() =>
            $"{Sentences:N0} sentences, {Words:N0} words: UPOS {Pct(Upos)}  XPOS {Pct(Xpos)}  UAS {Pct(Uas)}  LAS {Pct(Las)}  (LAS with subtypes {Pct(LasFull)})";
        private string Pct(long x) => Words == 0 ? "-" : $"{100.0 * x / Words:F2}%";
    }

    public static Score Run(IEnumerable<ConlluSentence> sentences, TextWriter output, GrammarModel? model = null)
    {
        model ??= GrammarModel.Default;
        var analyzer = new SentenceAnalyzer(model, Tagging.WordLexicons.Default);
        var lemmatizer = new Lemmatizer(PosLexicon.Default);
        var score = new Score();
        var tags = model.Tagger.Tags;
        foreach (var s in sentences)
        {
            var g = new SentenceGrammar(s.Count);
            analyzer.Analyze(s.Forms, g);
            score.Sentences++;
            for (int i = 0; i < s.Count; i++)
            {
                string upos = tags.Upos(g.Classes[i]), xpos = tags.Xpos(g.Classes[i]);
                string label = model.Parser.LabelNames[g.Labels[i]];
                int head = g.Heads[i] + 1;
                score.Words++;
                if (upos == s.Upos[i]) score.Upos++;
                if (xpos == s.Xpos[i]) score.Xpos++;
                if (head == s.Heads[i])
                {
                    score.Uas++;
                    if (Evaluation.Universal(label) == Evaluation.Universal(s.Deprels[i])) score.Las++;
                    if (label == s.Deprels[i]) score.LasFull++;
                }
                s.Lemmas[i] = lemmatizer.Lemma(s.Forms[i].ToLowerInvariant(), tags.Penn(g.Classes[i]));
                s.Upos[i] = upos;
                s.Xpos[i] = xpos;
                s.Feats[i] = "_";
                s.Heads[i] = head;
                s.Deprels[i] = label;
                s.Misc[i] = s.Misc[i].Split('|').Contains("SpaceAfter=No") ? "SpaceAfter=No" : "_";
            }
            ConlluWriter.Write(output, s);
        }
        return score;
    }
}
