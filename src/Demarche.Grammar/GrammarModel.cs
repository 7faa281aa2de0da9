using System.IO.Compression;
using System.Text;
using Demarche.Core.Data;
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
    private const int Version = 2;
    public const string FileName = "grammar-en.model";

    public Tagger Tagger { get; } = tagger;
    public DependencyParser Parser { get; } = parser;
    public string Description { get; } = description;

    private static readonly Lazy<GrammarModel> _default = new(() => Load(DataDirectory.File("models", FileName)));
    /// <summary>The model shipped in data/models, loaded once.</summary>
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
            w.Write(Description);
            Tagger.Write(w);
            Parser.Write(w);
        }
        File.Move(tmp, path, overwrite: true);
    }

    public static GrammarModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"the grammar model {path} is missing (build it with './demarche train')", path);
        using var file = File.OpenRead(path);
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var buffered = new BufferedStream(brotli, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8);
        if (r.ReadString() != Magic) throw new InvalidDataException($"{path} is not a Demarche grammar model");
        int version = r.ReadInt32();
        if (version is < 1 or > Version) throw new InvalidDataException($"{path} is a grammar model of version {version}; this program reads version {Version}");
        var description = r.ReadString();
        var tagger = Tagger.Read(r, version);
        var parser = DependencyParser.Read(r, VerbTagsOf(tagger.Tags), version);
        return new GrammarModel(tagger, parser, description);
    }
}
