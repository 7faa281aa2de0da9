using Demarche.Core.Data;

namespace Demarche.Cleaning;

/// <summary>The data the cleaner needs: lexicon, word classes and boilerplate rules.</summary>
public sealed class CleaningResources(Lexicon lexicon, WordClasses classes, BoilerplateRules boilerplate, NfcComposer nfc)
{
    public NfcComposer Nfc { get; } = nfc;
    public Lexicon Lexicon { get; } = lexicon;
    public WordClasses Classes { get; } = classes;
    public BoilerplateRules Boilerplate { get; } = boilerplate;
    public GlueSplitter Glue { get; } = new(lexicon, classes);

    private static readonly Lazy<CleaningResources> Shared = new(LoadDefault);

    /// <summary>The data folder's resources, loaded once per process on first use.</summary>
    public static CleaningResources Default => Shared.Value;

    /// <summary>Loads data/lexicon/ (words.tsv, additions.tsv, segmentation.yaml) and data/cleaning/ (boilerplate.yaml, nfc-compositions.tsv).</summary>
    public static CleaningResources LoadDefault() => Load(DataDirectory.Path);

    public static CleaningResources Load(string dataDirectory) => new(
        StartupTrace.Time("cleaning: words.tsv", () => Lexicon.Load(Path.Combine(dataDirectory, "lexicon", "words.tsv"), Path.Combine(dataDirectory, "lexicon", "additions.tsv"))),
        StartupTrace.Time("cleaning: segmentation.yaml", () => WordClasses.Load(Path.Combine(dataDirectory, "lexicon", "segmentation.yaml"))),
        StartupTrace.Time("cleaning: boilerplate.yaml", () => BoilerplateRules.Load(Path.Combine(dataDirectory, "cleaning", "boilerplate.yaml"))),
        StartupTrace.Time("cleaning: nfc-compositions.tsv", () => NfcComposer.Load(Path.Combine(dataDirectory, "cleaning", "nfc-compositions.tsv"))));
}
