using System.IO.Compression;
using System.Text;
using Demarche.Core.Data;
using Demarche.Grammar.Learning;
using Demarche.Grammar.Parsing;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar;

/// <summary>
/// The trained tagger and parser, stored together in one Brotli-compressed file
/// (<c>data/models/grammar-en.model</c>; its source and licence are in <c>data/models/README.md</c>).
/// </summary>
public sealed class GrammarModel(Tagger tagger, DependencyParser parser, string description)
{
    private const string Magic = "DEMARCHE-GRAMMAR";
    private const int Version = 4;
    public const string FileName = "grammar-en.model";

    public Tagger Tagger { get; } = tagger;
    public DependencyParser Parser { get; } = parser;
    public string Description { get; } = description;

    /// <summary>
    /// The neural parser that parses instead of <see cref="Parser"/> when the model has one (sentences up to
    /// <see cref="NeuralParser.MaxWords"/> words; longer ones and the tagger stay with this model).
    /// </summary>
    public Neural.NeuralParser? Neural { get; init; }

    /// <summary>A copy without the features whose largest weight is below <paramref name="threshold"/> (of 30,000).</summary>
    public GrammarModel Pruned(int threshold)
    {
        var tagger = new Tagger(Tagger.Tags, Tagger.Model.Pruned(threshold), Tagger.Second?.Pruned(threshold));
        var parser = new DependencyParser(Parser.Moves.Pruned(threshold), Parser.Labels.Pruned(threshold), [.. Parser.LabelNames])
        {
            VerbTags = Parser.VerbTags, BeamMoves = Parser.BeamMoves?.Pruned(threshold), BeamWidth = Parser.BeamWidth, BeamMargin = Parser.BeamMargin,
        };
        return new GrammarModel(tagger, parser, Description + (threshold > 0 ? $"; features below {threshold} pruned" : ""));
    }

    /// <summary>The features of each part, for reports ("tagger 223,727 + 221,000; moves …").</summary>
    public string Sizes() =>
        $"tagger {Tagger.Model.Count:N0}{(Tagger.Second is { } t2 ? $" + {t2.Count:N0}" : "")} features, moves {Parser.Moves.Count:N0}, "
        + $"labels {Parser.Labels.Count:N0}{(Parser.BeamMoves is { } b ? $", beam moves {b.Count:N0} (width {Parser.BeamWidth})" : "")}";

    /// <summary>The same tagger with the parser searching another beam width (see <see cref="DependencyParser.WithBeam"/>).</summary>
    public GrammarModel WithBeam(int width, float? margin = null) => new(Tagger, Parser.WithBeam(width, margin), Description) { Neural = Neural };

    private static readonly Lazy<GrammarModel> _transition = new(() =>
    {
        var model = StartupTrace.Time("grammar model", () => Load(DataDirectory.File("models", FileName)));
        var width = Environment.GetEnvironmentVariable(BeamVariable);
        var margin = MarginFromEnvironment;
        return int.TryParse(width, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int w)
            ? model.WithBeam(w, margin)
            : margin is { } m ? model.WithBeam(model.Parser.BeamMoves is null ? 0 : model.Parser.BeamWidth, m) : model;
    });

    /// <summary>The environment variable that sets the beam's margin for every command (see <see cref="AnalysisBeamMargin"/>; 0: none).</summary>
    public const string MarginVariable = "DEMARCHE_PARSER_MARGIN";

    private static float? MarginFromEnvironment =>
        float.TryParse(Environment.GetEnvironmentVariable(MarginVariable), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float m) && m >= 0 ? m : null;

    private static readonly Lazy<Neural.NeuralParser?> _neural = new(() =>
    {
        var path = DataDirectory.File("models", Grammar.Neural.NeuralParser.FileName);
        return File.Exists(path) ? StartupTrace.Time("neural parser", () => Grammar.Neural.NeuralParser.Load(path)) : null;
    });

    /// <summary>The shipped tagger and transition parser, without the neural parser.</summary>
    public static GrammarModel Transition => _transition.Value;

    /// <summary>The shipped neural parser, or null when data/models holds none.</summary>
    public static Neural.NeuralParser? ShippedNeural => _neural.Value;

    /// <summary>The same model with <paramref name="neural"/> parsing instead of the transition parser.</summary>
    public GrammarModel WithNeural(Neural.NeuralParser? neural) => new(Tagger, Parser, Description) { Neural = neural };

    /// <summary>The environment variable that sets the parser's beam width for every command (0: the greedy model).</summary>
    public const string BeamVariable = "DEMARCHE_PARSER_BEAM";

    /// <summary>
    /// The environment variable that picks the parser of every command: "neural" or "transition" (default: the
    /// neural parser for <c>parse</c>, the transition parser for analysis; see <c>docs/grammar.md</c>).
    /// </summary>
    public const string ParserVariable = "DEMARCHE_PARSER";

    private static string? ParserChoice => Environment.GetEnvironmentVariable(ParserVariable) is { Length: > 0 } v ? v.Trim().ToLowerInvariant() : null;

    /// <summary>
    /// The beam width of analysis: on examples/dev and the PLOVER records width 4 codes events as well as the
    /// model's 8 (held-out PLOVER type 0.54 / full 0.33 at both), 1.35 times faster (docs/grammar.md).
    /// </summary>
    public const int AnalysisBeamWidth = 4;

    /// <summary>
    /// The beam's margin in analysis, in the shipped model's score units (its averaged weights are integers): a step
    /// keeps only the candidates within this much of the best, so where the best parse is clear the beam narrows to
    /// one item. 50,000 tags and parses about 1.09 times faster than the full width with the same EWT dev UAS and the
    /// same events; 40,000 (1.2 times) lost the reporting tail of "X must withdraw …, the EU said" (docs/grammar.md
    /// "Speed"). Retraining the model means measuring it again.
    /// </summary>
    public const float AnalysisBeamMargin = 50_000;

    private static readonly Lazy<GrammarModel> _forAnalysis = new(() =>
    {
        var model = Environment.GetEnvironmentVariable(BeamVariable) is { Length: > 0 } ? _transition.Value
            : _transition.Value.WithBeam(AnalysisBeamWidth, MarginFromEnvironment ?? AnalysisBeamMargin);
        return ParserChoice == "neural" ? model.WithNeural(_neural.Value) : model;
    });

    /// <summary>
    /// The shipped model as the analysis pipeline uses it: the transition parser at beam <see cref="AnalysisBeamWidth"/>
    /// (unless <see cref="BeamVariable"/> is set), or the neural parser when <see cref="ParserVariable"/> is "neural".
    /// On the events the two parsers code alike and the transition parser is three times faster (docs/grammar.md).
    /// </summary>
    public static GrammarModel ForAnalysis => _forAnalysis.Value;

    private static readonly Lazy<GrammarModel> _default = new(() =>
        ParserChoice == "transition" ? _transition.Value : _transition.Value.WithNeural(_neural.Value));

    /// <summary>
    /// The models shipped in data/models, loaded once: the tagger, the transition parser (with the beam width of
    /// <see cref="BeamVariable"/> when set) and the neural parser, which parses unless <see cref="ParserVariable"/> is
    /// "transition" (the trees of <c>parse</c>).
    /// </summary>
    public static GrammarModel Default => _default.Value;

    public static HashSet<ulong> VerbTagsOf(TagSet tags)
    {
        var set = new HashSet<ulong>();
        for (int i = 0; i < tags.Count; i++) if (tags.Upos(i) is "VERB") set.Add((ulong)i + 1);
        return set;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var tmp = path + ".tmp";
        using (var file = File.Create(tmp))
        using (var brotli = new BrotliStream(file, CompressionLevel.SmallestSize))
        using (var w = new BinaryWriter(brotli, Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Version);
            WriteBody(w, tables: false);
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>The description, tagger and parser, with their tables as in a model file or as in memory (<paramref name="tables"/>: the cache's layout).</summary>
    internal void WriteBody(BinaryWriter w, bool tables)
    {
        w.Write(Description);
        Tagger.Write(w, tables);
        Parser.Write(w, tables);
    }

    internal static GrammarModel ReadBody(BinaryReader r, int version)
    {
        var description = r.ReadString();
        var tagger = Tagger.Read(r, version);
        var parser = DependencyParser.Read(r, VerbTagsOf(tagger.Tags), version);
        return new GrammarModel(tagger, parser, description);
    }

    /// <summary>Whether two models hold the same tag set, labels, beam width and tables (a model from the cache and from its file).</summary>
    public bool SameAs(GrammarModel other) =>
        Description == other.Description && SameTags(Tagger.Tags, other.Tagger.Tags)
        && Tagger.Model.SameTables(other.Tagger.Model) && SameTables(Tagger.Second, other.Tagger.Second)
        && Parser.LabelNames.SequenceEqual(other.Parser.LabelNames) && Parser.BeamWidth == other.Parser.BeamWidth
        && Parser.Moves.SameTables(other.Parser.Moves) && Parser.Labels.SameTables(other.Parser.Labels)
        && SameTables(Parser.BeamMoves, other.Parser.BeamMoves) && Parser.VerbTags.SetEquals(other.Parser.VerbTags);

    private static bool SameTags(TagSet a, TagSet b) =>
        a.Count == b.Count && Enumerable.Range(0, a.Count).All(i => a.Upos(i) == b.Upos(i) && a.Xpos(i) == b.Xpos(i));

    private static bool SameTables(LinearModel? a, LinearModel? b) => a is null ? b is null : b is not null && a.SameTables(b);

    /// <summary>
    /// The model of a file, from the user's cache when it holds a current copy (<see cref="GrammarModelCache"/>), else
    /// from the file itself, after which the copy is written for the next run.
    /// </summary>
    public static GrammarModel Load(string path) => Load(path, GrammarModelCache.ForUser);

    /// <summary>The model of a file, through <paramref name="cache"/> (null: read the file only).</summary>
    public static GrammarModel Load(string path, GrammarModelCache? cache)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"the grammar model {path} is missing (build it with './demarche train')", path);
        if (cache?.TryRead(path) is { } cached) return cached;
        var model = LoadFile(path);
        cache?.TryWrite(path, model);
        return model;
    }

    /// <summary>The model as its (Brotli-compressed) file holds it.</summary>
    public static GrammarModel LoadFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"the grammar model {path} is missing (build it with './demarche train')", path);
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException($"{path} is not a Demarche grammar model");
        int version = r.ReadInt32();
        if (version is < 1 or > Version) throw new InvalidDataException($"{path} is a grammar model of version {version}; this program reads version {Version}");
        return ReadBody(r, version);
    }
}
