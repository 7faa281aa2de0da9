using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Training;

/// <summary>What to train on and how: treebank files, epochs, seed, jackknifing folds.</summary>
public sealed record TrainingOptions
{
    public required IReadOnlyList<string> Train { get; init; }
    public IReadOnlyList<string> Dev { get; init; } = [];
    public int TaggerEpochs { get; init; } = 10;
    public int ParserEpochs { get; init; } = 15;
    public int Seed { get; init; } = 1;
    /// <summary>Folds for the tags the parser trains on (each fold tagged by a tagger trained on the others); 0 trains on gold tags.</summary>
    public int Folds { get; init; } = 10;
    public float Prune { get; init; } = 0f;
    /// <summary>Beam width for a globally trained move model on top of the greedy one (1: greedy only).</summary>
    public int Beam { get; init; } = 1;
    public int BeamEpochs { get; init; } = 10;
    /// <summary>Jackknife taggers train for this many epochs (fewer than the final tagger: they only tag held-out folds).</summary>
    public int JackknifeEpochs { get; init; } = Jackknife.Epochs;
    /// <summary>A model to start from: its tagger is kept and the parser retrained (skips tagger training and jackknifing).</summary>
    public GrammarModel? From { get; init; }
    /// <summary>Train a second tagger pass that also sees the first pass's classes to the right (needs jackknife folds).</summary>
    public bool TwoPass { get; init; } = true;
    /// <summary>Stop after the tagger (for tagger experiments).</summary>
    public bool TaggerOnly { get; init; }
}

/// <summary>Trains the tagger and the parser together (deterministic: the same data and seed give the same model).</summary>
public static class GrammarTraining
{
    public static GrammarModel Run(TrainingOptions o, TextWriter log)
    {
        var lexicon = WordLexicons.Default;
        var tags = new TagSet();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var train = Treebank.Load(o.Train, tags, lexicon, addTags: true);
        var dev = Treebank.Load(o.Dev, tags, lexicon, addTags: false);
        log.WriteLine($"read {train.Count:N0} training sentences ({train.Sum(s => s.Words.Length):N0} words), {dev.Count:N0} dev; {tags.Count} tag classes ({sw.Elapsed.TotalSeconds:F1} s)");

        if (o.From is not null)
        {
            // keep the given model's tagger: train the parser on its tags
            tags = o.From.Tagger.Tags;
            train = Treebank.Load(o.Train, tags, lexicon, addTags: false);
            dev = Treebank.Load(o.Dev, tags, lexicon, addTags: false);
        }
        // the second pass and the parser train on tags as good (and as wrong) as they will see
        if (o.Folds > 1 && o.From is null) Jackknife.Tag(train, tags, o.Folds, o.JackknifeEpochs, o.Seed, log, sw, o.Prune);
        var finalTagger = o.From?.Tagger ?? new TaggerTrainer(tags, o.TaggerEpochs, o.Seed, log).Train(train, dev, o.Prune);
        if (o.From is null && o.Folds > 1 && o.TwoPass)
        {
            var firstPass = train.Select(s => s.PredictedTags!).ToList();
            finalTagger = new TaggerTrainer(tags, o.TaggerEpochs, o.Seed, log).Train(train, dev, o.Prune, firstPass, finalTagger.Model);
        }
        if (o.TaggerOnly) return new GrammarModel(finalTagger, new Parsing.DependencyParser(new Learning.LinearModel(4, [], []), new Learning.LinearModel(1, [], []), ["root"]), "tagger only");
        if (o.From is not null && o.Folds > 1)
            foreach (var s in train) { s.PredictedTags = new int[s.Words.Length]; finalTagger.Tag(s.Words, s.PredictedTags); }
        foreach (var s in dev)
        {
            s.PredictedTags = new int[s.Words.Length];
            finalTagger.Tag(s.Words, s.PredictedTags);
        }
        var labels = train.SelectMany(s => s.Deprels).Append("root").Append("dep").Append("parataxis")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var verbTags = GrammarModel.VerbTagsOf(tags);
        var parser = new ParserTrainer(labels, o.ParserEpochs, o.Seed, log: log).Train(train, dev, verbTags, o.Prune);
        if (o.Beam > 1)
        {
            var beamMoves = new BeamTrainer(o.Beam, o.BeamEpochs, o.Seed, log).Train(train, dev, parser, o.Prune);
            parser = new Parsing.DependencyParser(parser.Moves, parser.Labels, [.. parser.LabelNames]) { VerbTags = verbTags, BeamMoves = beamMoves, BeamWidth = o.Beam };
        }
        log.WriteLine($"trained in {sw.Elapsed.TotalSeconds:F0} s");
        return new GrammarModel(finalTagger, parser, $"trained on {string.Join(", ", o.Train.Select(Path.GetFileName))}; seed {o.Seed}");
    }
}
