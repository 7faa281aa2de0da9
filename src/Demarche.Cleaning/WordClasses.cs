using Demarche.Core.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Demarche.Cleaning;

/// <summary>The word classes of data/lexicon/segmentation.yaml that steer glue splitting.</summary>
public sealed class WordClasses
{
    public WordSet ShortWords { get; init; } = new([]);
    public WordSet FunctionWords { get; init; } = new([]);
    public WordSet AfterNameWords { get; init; } = new([]);
    public WordSet AfterKnownNameOnly { get; init; } = new([]);
    public WordSet StrongFinalWords { get; init; } = new([]);
    public WordSet OpeningShortWords { get; init; } = new([]);
    public WordSet NameHeads { get; init; } = new([]);
    public WordSet CompoundPrefixes { get; init; } = new([]);
    public WordSet CompoundHeads { get; init; } = new([]);
    public WordSet NamePrefixes { get; init; } = new([]);
    public WordSet BrandOpenings { get; init; } = new([]);
    public WordSet Determiners { get; init; } = new([]);
    public WordSet DerivationSuffixes { get; init; } = new([]);
    public WordSet GlueOpeners { get; init; } = new([]);

    public static WordClasses Load(string path)
    {
        var file = DataYaml.Load(path, () => new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build(), WordClassesFile.FromTree) ?? new WordClassesFile();
        return new WordClasses
        {
            ShortWords = new(file.ShortWords),
            FunctionWords = new(file.FunctionWords),
            AfterNameWords = new(file.AfterNameWords),
            AfterKnownNameOnly = new(file.AfterKnownNameOnly),
            StrongFinalWords = new(file.StrongFinalWords),
            OpeningShortWords = new(file.OpeningShortWords),
            NameHeads = new(file.NameHeads),
            CompoundPrefixes = new(file.CompoundPrefixes),
            CompoundHeads = new(file.CompoundHeads),
            NamePrefixes = new(file.NamePrefixes),
            BrandOpenings = new(file.BrandOpenings),
            Determiners = new(file.Determiners),
            DerivationSuffixes = new(file.DerivationSuffixes),
            GlueOpeners = new(file.GlueOpeners),
        };
    }

    private sealed class WordClassesFile
    {
        public List<string> ShortWords { get; set; } = [];
        public List<string> FunctionWords { get; set; } = [];
        public List<string> AfterNameWords { get; set; } = [];
        public List<string> AfterKnownNameOnly { get; set; } = [];
        public List<string> StrongFinalWords { get; set; } = [];
        public List<string> OpeningShortWords { get; set; } = [];
        public List<string> NameHeads { get; set; } = [];
        public List<string> CompoundPrefixes { get; set; } = [];
        public List<string> CompoundHeads { get; set; } = [];
        public List<string> NamePrefixes { get; set; } = [];
        public List<string> BrandOpenings { get; set; } = [];
        public List<string> Determiners { get; set; } = [];
        public List<string> DerivationSuffixes { get; set; } = [];
        public List<string> GlueOpeners { get; set; } = [];

        /// <summary>The classes from the file's cached tree, as YamlDotNet reads them (<see cref="DataYaml.Load{T}(string, Func{IDeserializer}, Func{object?, T})"/>).</summary>
        public static WordClassesFile? FromTree(object? tree)
        {
            if (YamlValues.Map(tree) is not { } map) return null;
            var file = new WordClassesFile();
            foreach (var (key, value) in map)
            {
                switch (key)
                {
                    case "short_words": file.ShortWords = YamlValues.Strings(value)!; break;
                    case "function_words": file.FunctionWords = YamlValues.Strings(value)!; break;
                    case "after_name_words": file.AfterNameWords = YamlValues.Strings(value)!; break;
                    case "after_known_name_only": file.AfterKnownNameOnly = YamlValues.Strings(value)!; break;
                    case "strong_final_words": file.StrongFinalWords = YamlValues.Strings(value)!; break;
                    case "opening_short_words": file.OpeningShortWords = YamlValues.Strings(value)!; break;
                    case "name_heads": file.NameHeads = YamlValues.Strings(value)!; break;
                    case "compound_prefixes": file.CompoundPrefixes = YamlValues.Strings(value)!; break;
                    case "compound_heads": file.CompoundHeads = YamlValues.Strings(value)!; break;
                    case "name_prefixes": file.NamePrefixes = YamlValues.Strings(value)!; break;
                    case "brand_openings": file.BrandOpenings = YamlValues.Strings(value)!; break;
                    case "determiners": file.Determiners = YamlValues.Strings(value)!; break;
                    case "derivation_suffixes": file.DerivationSuffixes = YamlValues.Strings(value)!; break;
                    case "glue_openers": file.GlueOpeners = YamlValues.Strings(value)!; break;
                    default: break; // YamlDotNet ignores unmatched keys here too
                }
            }
            return file;
        }
    }
}

/// <summary>A case-insensitive word set that can be asked with a span.</summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim()),
            StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public IEnumerable<string> Words => _words;
}
