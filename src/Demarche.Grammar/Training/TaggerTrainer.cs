using Demarche.Grammar.Learning;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Training;

/// <summary>Trains the <see cref="Tagger"/>: averaged perceptron, sentences in a seeded random order each epoch.</summary>
public sealed class TaggerTrainer(TagSet tags, int epochs, int seed, TextWriter? log = null)
{
    /// <summary>
    /// Trains one pass. For a second pass, <paramref name="firstPass"/> gives each training sentence's first-pass
    /// classes (from taggers that did not see it) and <paramref name="first"/> is the first-pass model, which tags
    /// the dev sentences for the evaluation.
    /// </summary>
    public Tagger Train(IReadOnlyList<TrainingSentence> train, IReadOnlyList<TrainingSentence>? dev = null, float prune = 0f,
        IReadOnlyList<int[]>? firstPass = null, LinearModel? first = null)
    {
        var trainer = new PerceptronTrainer(tags.Count);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var rng = new Random(seed);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Max];
        var scores = new float[tags.Count];
        var predicted = new int[256];
        Tagger? best = null;
        double bestAccuracy = -1;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            long correct = 0, total = 0;
            foreach (int si in order)
            {
                var s = train[si];
                if (predicted.Length < s.Words.Length) predicted = new int[s.Words.Length * 2];
                bool title = SentenceShape.IsTitleCase(s.Words);
                var lookahead = firstPass is null ? default : firstPass[si].AsSpan();
                for (int i = 0; i < s.Words.Length; i++)
                {
                    int k = TaggerFeatures.Extract(s.Words, predicted, i, features, lookahead, title);
                    Array.Clear(scores);
                    trainer.Score(features[..k], scores);
                    int guess = Tagger.ArgMax(scores);
                    int truth = s.GoldTags[i];
                    trainer.Update(features[..k], truth, guess);
                    trainer.Tick();
                    predicted[i] = guess;
                    if (guess == truth) correct++;
                    total++;
                }
            }
            var model = trainer.Average(prune);
            var tagger = first is null ? new Tagger(tags, model) : new Tagger(tags, first, model);
            string line = $"tagger epoch {epoch}: train {100.0 * correct / total:F2}%";
            if (dev is { Count: > 0 })
            {
                var acc = Evaluation.Tagging(tagger, dev);
                line += $", dev UPOS {acc.Upos:F2}% XPOS {acc.Xpos:F2}% ({tagger.Model.Count:N0} features)";
                if (acc.Xpos + acc.Upos > bestAccuracy) { bestAccuracy = acc.Xpos + acc.Upos; best = tagger; }
            }
            else best = tagger;
            log?.WriteLine(line);
        }
        return best!;
    }
}
