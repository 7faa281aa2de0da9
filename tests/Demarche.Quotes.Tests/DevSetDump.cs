using Demarche.Core.Contract;
using Demarche.Tests;

namespace Demarche.Quotes.Tests;

/// <summary>
/// Writes the seed article and examples/dev through segmentation, the gazetteer double and the quote annotator
/// to the JSON Lines file named by DEMARCHE_QUOTES_DUMP, for score.py. HTML pages are read from plain-text
/// extracts in DEMARCHE_HTML_TEXT_DIR (NAME.txt) when given. Skipped unless DEMARCHE_QUOTES_DUMP is set.
/// </summary>
public sealed class DevSetDump
{
    [Fact]
    public void DumpForScoring()
    {
        var target = Environment.GetEnvironmentVariable("DEMARCHE_QUOTES_DUMP");
        if (string.IsNullOrEmpty(target)) Assert.Skip("set DEMARCHE_QUOTES_DUMP to write the dev set's quotes");
        var shared = SharedFolder.Require();
        var htmlTexts = Environment.GetEnvironmentVariable("DEMARCHE_HTML_TEXT_DIR");
        var golds = new[] { Path.Combine(shared, "examples", "seed-article.gold.json") }
            .Concat(Directory.GetFiles(Path.Combine(shared, "examples", "dev"), "*.gold.json").Order(StringComparer.Ordinal));
        using var output = new StreamWriter(target);
        foreach (var gold in golds)
        {
            var stem = Path.GetFileName(gold)[..^".gold.json".Length];
            var dir = Path.GetDirectoryName(gold)!;
            string? textPath = File.Exists(Path.Combine(dir, stem + ".txt")) ? Path.Combine(dir, stem + ".txt")
                : htmlTexts is not null && File.Exists(Path.Combine(htmlTexts, stem + ".txt")) ? Path.Combine(htmlTexts, stem + ".txt") : null;
            if (textPath is null) { output.WriteLine("{\"error\":\"no text for " + stem + "\",\"document\":{\"source\":\"" + stem + ".html\"}}"); continue; }
            var doc = Pipeline.Run(File.ReadAllText(textPath).Replace("\r\n", "\n"), stem + Path.GetExtension(textPath));
            output.WriteLine(AnalysisJson.Serialize(doc));
        }
    }
}
