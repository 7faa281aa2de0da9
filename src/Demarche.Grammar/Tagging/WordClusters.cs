using Demarche.Core.Data;

namespace Demarche.Grammar.Tagging;

/// <summary>
/// Word clusters (data/lexicon/word-clusters.tsv): each lowercase word's path in a tree of clusters of words used
/// alike, built from word embeddings by <c>demarche train clusters</c>. A path has one hex digit per level; the
/// tagger and parser use its prefixes as features. The table is built once from the file and kept in the user's
/// cache (<see cref="DataCache"/>), from which later runs map it.
/// </summary>
public sealed class WordClusters
{
    public const string FileName = "word-clusters.tsv";
    /// <summary>The layout of the cached table (the levels, then the table).</summary>
    private const int CacheFormat = 1;
    private readonly WordTable<int> _paths;

    public int Levels { get; }
    /// <summary>The value of a word that has no cluster.</summary>
    public const int None = -1;

    private static readonly Lazy<WordClusters> _default = new(() => StartupTrace.Time("word clusters", () => Load(DataDirectory.File("lexicon", FileName))));
    public static WordClusters Default => _default.Value;
    public static WordClusters Empty { get; } = new(WordTable<int>.Create([], ignoreCase: false), 3);

    private WordClusters(WordTable<int> paths, int levels)
    {
        _paths = paths;
        Levels = levels;
    }

    public int Count => _paths.Count;

    /// <summary>The packed path of a lowercase word (4 bits a level, first level highest), or <see cref="None"/>.</summary>
    public int Of(ReadOnlySpan<char> lower) => _paths.TryGetValue(lower, out int p) ? p : None;

    /// <summary>The first <paramref name="levels"/> levels of a packed path.</summary>
    public int Prefix(int path, int levels) => path < 0 ? path : path >> (4 * (Levels - levels));

    /// <summary>The clusters of a file, from the user's cache when it holds them for the file as it is now.</summary>
    public static WordClusters Load(string path)
    {
        if (!File.Exists(path)) return Empty;
        var block = DataCache.Load("word-clusters", CacheFormat, [path], () => Build(path));
        long offset = sizeof(long);
        int levels = BitConverter.ToInt32(block.Bytes(0, sizeof(int)));
        return new WordClusters(WordTable<int>.Read(block, ref offset), levels);
    }

    /// <summary>The levels and the table of a file, as the cache holds them.</summary>
    private static byte[] Build(string path)
    {
        var paths = new Dictionary<string, int>(260_000, StringComparer.Ordinal);
        int levels = 0;
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) continue;
            var code = line.AsSpan(tab + 1).Trim();
            if (code.Length == 0 || code.Length > 7 || !int.TryParse(code, System.Globalization.NumberStyles.HexNumber, null, out _))
                throw DataFileError.At(path, number, tab + 2, $"cluster path '{code}' is not 1 to 7 hex digits");
            levels = code.Length;
            paths.TryAdd(line[..tab], Convert.ToInt32(code.ToString(), 16));
        }
        var output = new MemoryStream();
        output.Write(BitConverter.GetBytes((long)Math.Max(levels, 1)));
        WordTable<int>.Write(output, paths, ignoreCase: false);
        return output.ToArray();
    }
}
