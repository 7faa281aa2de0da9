using Demarche.Core.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Demarche.Quantities;

/// <summary>The cues of one category: words before the number, words after it, passive verbs, and counted nouns.</summary>
public sealed record CategoryCues(string Category, PhraseSet Before, PhraseSet BeforeFar, PhraseSet After, PhraseSet Passive, PhraseSet Subjects)
{
    /// <summary>The contract category reported for counts of this one ("missing" is reported as "other").</summary>
    public string ReportAs { get; init; } = Category;
    /// <summary>The unit reported: "people" unless the file says otherwise ("hostages", "missing").</summary>
    public string Unit { get; init; } = "people";
}

/// <summary>A noun whose count is kept as <c>other</c> ("aircraft", "troops", "nautical miles") and its unit.</summary>
public sealed record CountedThing(string Unit, string Kind)
{
    public bool IsMeasure => Kind == "measure";
}

/// <summary>
/// Every word list the quantities stage reads, loaded once from <c>data/quantities/</c>:
/// numbers.yaml, categories.yaml, currencies.tsv, counted-things.tsv and person-nouns.txt.
/// </summary>
public sealed class QuantityLexicon
{
    private static readonly Lazy<QuantityLexicon> LazyDefault = new(() => StartupTrace.Time("quantities lexicon", () => Load(DataDirectory.File("quantities"))));

    public static QuantityLexicon Default => LazyDefault.Value;

    public required IReadOnlyDictionary<string, double> Units { get; init; }
    public required IReadOnlyDictionary<string, double> Multipliers { get; init; }
    public required IReadOnlySet<string> CurrencyOnlySuffixes { get; init; }
    public required IReadOnlySet<string> SeparateMultipliers { get; init; }
    public required IReadOnlyDictionary<string, double> Vague { get; init; }
    public required PhraseSet VaguePhrases { get; init; }
    public required IReadOnlySet<string> VagueNeedsOf { get; init; }
    public required IReadOnlyDictionary<string, double> FewWords { get; init; }
    public required PhraseSet FewPhrases { get; init; }
    public required PhraseSet Approximators { get; init; }
    public required PhraseSet ApproximatorsAfter { get; init; }
    public required PhraseSet NotCounted { get; init; }
    public required IReadOnlySet<string> Months { get; init; }
    public required IReadOnlySet<string> NotBefore { get; init; }
    public required PhraseSet Percent { get; init; }
    public required PhraseSet People { get; init; }
    /// <summary>Nouns that can name people (person-nouns.txt, from WordNet's noun.person), singular and plural.</summary>
    public required IReadOnlySet<string> PersonNouns { get; init; }
    public required IReadOnlySet<string> StopWords { get; init; }
    public required IReadOnlySet<string> Fillers { get; init; }
    /// <summary>Words that end the search for a cue after the counted group: conjunctions (categories.yaml
    /// right_stops) and the speech verbs of data/quotes/cues.yaml ("24 people, the ministry said").</summary>
    public required IReadOnlySet<string> RightStops { get; init; }
    public required IReadOnlySet<string> Links { get; init; }
    public required IReadOnlyList<CategoryCues> Categories { get => _categories; init => _categories = [.. value]; }
    private readonly CategoryCues[] _categories = [];
    /// <summary>The categories as a span: walked at every number without an enumerator object.</summary>
    internal ReadOnlySpan<CategoryCues> CategorySpan => _categories;
    public required IReadOnlySet<string> PopulationPlaces { get; init; }
    public required IReadOnlyDictionary<string, string> CurrencyBefore { get; init; }
    public required PhraseSet CurrencyAfter { get; init; }
    public required IReadOnlyDictionary<string, string> CurrencyAfterCodes { get; init; }
    public required PhraseSet CountedThingPhrases { get; init; }
    public required IReadOnlyDictionary<string, CountedThing> CountedThings { get; init; }

    public CategoryCues Cues(string category) => Categories.First(c => c.Category == category);

    public static QuantityLexicon Load(string folder)
    {
        static IDeserializer Yaml() => new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties().Build();
        var numbers = DataYaml.Load(Path.Combine(folder, "numbers.yaml"), Yaml, NumbersFile.FromTree);
        var cats = DataYaml.Load(Path.Combine(folder, "categories.yaml"), Yaml, CategoriesFile.FromTree);

        var before = new Dictionary<string, string>(StringComparer.Ordinal);
        var after = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadTsv(Path.Combine(folder, "currencies.tsv"), 3, "words, code, before|after"))
        {
            if (row[2] == "before") before.TryAdd(row[0], row[1]);
            else after.TryAdd(string.Join(' ', PhraseSet.Split(row[0])), row[1]);
        }
        var things = new Dictionary<string, CountedThing>(StringComparer.Ordinal);
        foreach (var row in ReadTsv(Path.Combine(folder, "counted-things.tsv"), 3, "noun, unit, kind"))
            things.TryAdd(string.Join(' ', PhraseSet.Split(row[0])), new CountedThing(row[1], row[2]));

        var vague = Lower(numbers.Vague);
        var few = Lower(numbers.FewWords);
        return new QuantityLexicon
        {
            Units = Lower(numbers.Units),
            Multipliers = Lower(numbers.Multipliers),
            CurrencyOnlySuffixes = Set(numbers.CurrencyOnlySuffixes),
            SeparateMultipliers = Set(numbers.SeparateMultipliers),
            Vague = vague,
            VaguePhrases = new PhraseSet(vague.Keys),
            VagueNeedsOf = Set(numbers.VagueNeedsOf),
            FewWords = few,
            FewPhrases = new PhraseSet(few.Keys),
            Approximators = new PhraseSet(numbers.Approximators),
            ApproximatorsAfter = new PhraseSet(numbers.ApproximatorsAfter),
            NotCounted = new PhraseSet(numbers.NotCounted),
            Months = Set(numbers.Months),
            NotBefore = Set(numbers.NotBefore),
            Percent = new PhraseSet(numbers.Percent),
            People = new PhraseSet(numbers.People),
            PersonNouns = ReadWordList(Path.Combine(folder, "person-nouns.txt")),
            StopWords = Set(numbers.StopWords),
            Fillers = Set(cats.Fillers),
            RightStops = Set((cats.RightStops ?? []).Concat(SpeechVerbs(folder))),
            Links = Set(cats.Links),
            Categories = cats.Categories.Select(kv => new CategoryCues(kv.Key, new PhraseSet(kv.Value.Before), new PhraseSet(kv.Value.BeforeFar),
                new PhraseSet(kv.Value.After), new PhraseSet(kv.Value.Passive), new PhraseSet(kv.Value.Subjects))
            {
                ReportAs = kv.Value.ReportAs ?? kv.Key, Unit = kv.Value.Unit ?? "people",
            }).ToList(),
            PopulationPlaces = Set(cats.PopulationPlaces),
            CurrencyBefore = before,
            CurrencyAfter = new PhraseSet(after.Keys),
            CurrencyAfterCodes = after,
            CountedThingPhrases = new PhraseSet(things.Keys),
            CountedThings = things,
        };
    }

    /// <summary>The one-word speech verbs of cues.yaml in the quotes folder beside <paramref name="folder"/>, if there.</summary>
    private static IEnumerable<string> SpeechVerbs(string folder)
    {
        var cues = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)) ?? folder, "quotes", "cues.yaml");
        if (!File.Exists(cues)) return [];
        var yaml = DataYaml.Load(cues, () => new DeserializerBuilder().Build(), YamlValues.StringLists);
        return yaml is not null && yaml.TryGetValue("speech-verbs", out var verbs) && verbs is not null ? verbs.Where(v => !v.Contains(' ')) : [];
    }

    private static HashSet<string> ReadWordList(string path) => WordList.Read(path).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string[]> ReadTsv(string path, int fields, string layout) =>
        TsvFile.Read(path, fields, layout).Select(row => row.Select(c => c.Trim()).ToArray());

    private static HashSet<string> Set(IEnumerable<string>? words) =>
        new((words ?? []).Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);

    private static Dictionary<string, double> Lower(Dictionary<string, double>? map) =>
        (map ?? []).ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => kv.Value, StringComparer.Ordinal);

    private sealed class NumbersFile
    {
        public Dictionary<string, double>? Units { get; set; }
        public Dictionary<string, double>? Multipliers { get; set; }
        public List<string>? CurrencyOnlySuffixes { get; set; }
        public List<string>? SeparateMultipliers { get; set; }
        public Dictionary<string, double>? Vague { get; set; }
        public List<string>? VagueNeedsOf { get; set; }
        public Dictionary<string, double>? FewWords { get; set; }
        public List<string>? Approximators { get; set; }
        public List<string>? ApproximatorsAfter { get; set; }
        public List<string>? NotCounted { get; set; }
        public List<string>? Months { get; set; }
        public List<string>? NotBefore { get; set; }
        public List<string>? Percent { get; set; }
        public List<string>? People { get; set; }
        public List<string>? StopWords { get; set; }

        /// <summary>The file from its cached tree, as YamlDotNet reads it (<see cref="DataYaml.Load{T}(string, Func{IDeserializer}, Func{object?, T})"/>).</summary>
        public static NumbersFile FromTree(object? tree)
        {
            var map = YamlValues.Map(tree);
            Dictionary<string, double>? Numbers(string key) => YamlValues.MapOf(map?.GetValueOrDefault(key), YamlValues.Double);
            List<string>? Strings(string key) => YamlValues.Strings(map?.GetValueOrDefault(key));
            return new NumbersFile
            {
                Units = Numbers("units"), Multipliers = Numbers("multipliers"), CurrencyOnlySuffixes = Strings("currency_only_suffixes"),
                SeparateMultipliers = Strings("separate_multipliers"), Vague = Numbers("vague"), VagueNeedsOf = Strings("vague_needs_of"),
                FewWords = Numbers("few_words"), Approximators = Strings("approximators"), ApproximatorsAfter = Strings("approximators_after"),
                NotCounted = Strings("not_counted"), Months = Strings("months"), NotBefore = Strings("not_before"), Percent = Strings("percent"),
                People = Strings("people"), StopWords = Strings("stop_words"),
            };
        }
    }

    private sealed class CategoriesFile
    {
        public List<string>? Fillers { get; set; }
        public List<string>? RightStops { get; set; }
        public List<string>? Links { get; set; }
        public Dictionary<string, CueLists> Categories { get; set; } = [];
        public List<string>? PopulationPlaces { get; set; }

        /// <inheritdoc cref="NumbersFile.FromTree"/>
        public static CategoriesFile FromTree(object? tree)
        {
            var map = YamlValues.Map(tree);
            List<string>? Strings(string key) => YamlValues.Strings(map?.GetValueOrDefault(key));
            var file = new CategoriesFile
            {
                Fillers = Strings("fillers"), RightStops = Strings("right_stops"), Links = Strings("links"), PopulationPlaces = Strings("population_places"),
            };
            if (YamlValues.TryGet(map, "categories", out var categories)) file.Categories = YamlValues.MapOf(categories, CueLists.FromTree)!;
            return file;
        }
    }

    private sealed class CueLists
    {
        public List<string>? Before { get; set; }
        public List<string>? BeforeFar { get; set; }
        public List<string>? After { get; set; }
        public List<string>? Passive { get; set; }
        public List<string>? Subjects { get; set; }
        public string? ReportAs { get; set; }
        public string? Unit { get; set; }

        /// <inheritdoc cref="NumbersFile.FromTree"/>
        public static CueLists FromTree(object? tree)
        {
            var map = YamlValues.Map(tree) ?? throw new InvalidDataException("a category without its cues");
            List<string>? Strings(string key) => YamlValues.Strings(map.GetValueOrDefault(key));
            return new CueLists
            {
                Before = Strings("before"), BeforeFar = Strings("before_far"), After = Strings("after"), Passive = Strings("passive"),
                Subjects = Strings("subjects"), ReportAs = YamlValues.String(map.GetValueOrDefault("report_as")), Unit = YamlValues.String(map.GetValueOrDefault("unit")),
            };
        }
    }
}
