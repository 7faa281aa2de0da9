using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Training;

/// <summary>
/// Tags training sentences as a parser will see them: each fold by a first-pass tagger trained on the other folds
/// (so the parser learns from tags as good, and as wrong, as at parsing time). Deterministic for a seed.
/// </summary>
public static class Jackknife
{
    /// <summary>Epochs of a fold's tagger (fewer than the final tagger's: it only tags the held-out fold).</summary>
    public const int Epochs = 6;

    /// <summary>Sets <see cref="TrainingSentence.PredictedTags"/> of every sentence of <paramref name="train"/> (sentence i is in fold i mod <paramref name="folds"/>).</summary>
    public static void Tag(List<TrainingSentence> train, TagSet tags, int folds, int epochs, int seed, TextWriter log, System.Diagnostics.Stopwatch clock, float prune = 0f)
    {
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = train.Where((_, i) => i % folds != fold).ToList();
            var tagger = new TaggerTrainer(tags, epochs, seed + fold).Train(rest, null, prune);
            foreach (var s in train.Where((_, i) => i % folds == fold))
            {
                s.PredictedTags = new int[s.Words.Length];
                tagger.Tag(s.Words, s.PredictedTags);
            }
            log.WriteLine($"jackknife fold {fold + 1}/{folds} tagged ({clock.Elapsed.TotalSeconds:F0} s)");
        }
    }
}
