using System.Text.RegularExpressions;
using Demarche.Cleaning;
using Demarche.Core.Data;
using Demarche.Events;
using Demarche.Quantities;
using Demarche.Quotes;
using Demarche.Segmentation;
using Demarche.Stances;

namespace Demarche.Pipeline.Tests;

/// <summary>
/// Every loader of data/ says where a file it cannot read goes wrong, in one line: "file: line L, column C: what"
/// (an InvalidDataException, which the command line prints without a stack trace). Broken files written here.
/// </summary>
public sealed class DataFileErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-data-errors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static void AssertPlaced(string path, int? line, Action load)
    {
        var e = Assert.Throws<InvalidDataException>(load);
        Assert.True(Regex.IsMatch(e.Message, "^" + Regex.Escape(path) + ": line " + (line?.ToString() ?? @"\d+") + @", column \d+: \S"), e.Message);
        Assert.DoesNotContain("Idx:", e.Message);
        Assert.Single(e.Message.Split('\n'));
    }

    public static TheoryData<string> YamlLoaders() =>
        ["stances/verbs", "stances/words", "stances/topics", "stances/nominalisations", "cleaning/word-classes", "cleaning/boilerplate",
         "quotes/cues", "lexicon/segmentation"];

    private static void LoadYaml(string loader, string path)
    {
        _ = loader switch
        {
            "stances/verbs" => (object)StanceLexicon.Load(path),
            "stances/words" => StanceWords.Load(path),
            "stances/topics" => TopicVocabulary.Load(path),
            "stances/nominalisations" => Nominalisations.Load(path),
            "cleaning/word-classes" => WordClasses.Load(path),
            "cleaning/boilerplate" => BoilerplateRules.Load(path),
            "quotes/cues" => QuoteCueLexicon.Load(path),
            "lexicon/segmentation" => LongSentenceCutter.Load(path),
            _ => throw new ArgumentException(loader),
        };
    }

    [Theory]
    [MemberData(nameof(YamlLoaders))]
    public void AYamlFileThatDoesNotParseIsNamedWithItsLineAndColumn(string loader)
    {
        var path = Write(loader + ".yaml", "# a user's edit\n# another line\nsecond: - c\n");
        AssertPlaced(path, 3, () => LoadYaml(loader, path));
    }

    [Fact]
    public void QuantityFilesAreNamedWithTheirLineForASyntaxErrorAValueOfTheWrongKindAndAShortRow()
    {
        var folder = Path.Combine(_dir, "quantities");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "numbers.yaml", "categories.yaml", "currencies.tsv", "counted-things.tsv" })
            File.Copy(DataDirectory.File("quantities", name), Path.Combine(folder, name));

        var numbers = Write("quantities/numbers.yaml", "units: {one: 1, two: 2}\nmultipliers: {dozen: twelve}\n");
        var e = Assert.Throws<InvalidDataException>(() => QuantityLexicon.Load(folder));
        Assert.StartsWith(numbers + ": line 2, column ", e.Message);
        Assert.Contains("twelve", e.Message);

        File.Copy(DataDirectory.File("quantities", "numbers.yaml"), numbers, overwrite: true);
        var currencies = Write("quantities/currencies.tsv", "# words, code, before|after\ndollars\tUSD\tafter\neuros\tEUR\n");
        AssertPlaced(currencies, 3, () => QuantityLexicon.Load(folder));
    }

    [Fact]
    public void TableRowsThatAreShortOrHoldNoNumberAreNamedWithTheirLine()
    {
        var words = Write("events/word-classes.tsv", "# class, lemma\nnegation\tnot\nsuspension\n");
        AssertPlaced(words, 3, () => EventWords.Load(words));
        var verbs = Write("events/speech-verbs.tsv", "say\treport\n\ntell\n");
        AssertPlaced(verbs, 3, () => SpeechVerbs.Load(verbs));
        var acts = Write("events/embedded-acts.tsv", "refuse\t0\n");
        AssertPlaced(acts, 1, () => EmbeddedActs.Load(acts));
        var undone = Write("events/undone-acts.tsv", "# code prefix, undone code prefixes\n0874\t163\n0875\n");
        AssertPlaced(undone, 3, () => UndoneActs.Load(undone));
        var codes = Write("cameo/codes.tsv", "code\tname\tplover\tquad\tgoldstein\n010\tMake statement\n");
        AssertPlaced(codes, 2, () => EventDictionary.ReadCodes(codes));
        var nfc = Write("cleaning/nfc-compositions.tsv", "0041\t0300\t00C0\n0045\t0301\tXYZ\n");
        AssertPlaced(nfc, 2, () => NfcComposer.Load(nfc));
    }

    [Fact]
    public void TheSharedReadersPlaceTheirErrors()
    {
        var table = Write("table.tsv", "# a, b, c\na\tb\tc\n\na\tb\n");
        var e = Assert.Throws<InvalidDataException>(() => TsvFile.Read(table, 3, "a, b, c").ToList());
        Assert.Equal(table + ": line 4, column 4: expected 3 tab-separated fields (a, b, c), found 2", e.Message);

        Assert.Equal([1, 2, 4], TsvFile.ReadNumbered(Write("lines.tsv", "a\tb\nc\n\nd\te\n")).Select(r => r.Line));

        var row = TsvFile.ReadNumbered(Write("numbers.tsv", "x\t12\ny\tmany\n")).Last();
        var n = Assert.Throws<InvalidDataException>(() => TsvFile.Int("numbers.tsv", row, 1));
        Assert.Equal("numbers.tsv: line 2, column 3: field 2 must be a whole number, not 'many'", n.Message);

        var yaml = Write("bad.yaml", "a: 1\nb: [2\n");
        AssertPlaced(yaml, null, () => DataYaml.Deserialize<Dictionary<string, object>>(new YamlDotNet.Serialization.DeserializerBuilder().Build(), yaml));
    }
}
