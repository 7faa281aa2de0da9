using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Demarche.Tests;

namespace Demarche.Cleaning.Tests;

/// <summary>The clean checks of the shared annotated examples (.txt inputs), read at run time from ../shared.</summary>
public class SharedExamplesTests
{
    public static IEnumerable<TheoryDataRow<string>> TextExamples()
    {
        var shared = SharedFolder.Path;
        if (shared is null) yield break;
        var examples = Path.Combine(shared, "examples");
        foreach (var gold in Directory.EnumerateFiles(examples, "*.gold.json", SearchOption.AllDirectories).Order())
        {
            var txt = gold[..^".gold.json".Length] + ".txt";
            if (File.Exists(txt)) yield return new TheoryDataRow<string>(Path.GetRelativePath(examples, gold));
        }
    }

    [Fact]
    public void Shared_examples_are_present() => SharedFolder.Require();

    [Theory]
    [MemberData(nameof(TextExamples))]
    public void Passes_the_clean_checks(string goldFile)
    {
        var examples = Path.Combine(SharedFolder.Require(), "examples");
        var gold = Path.Combine(examples, goldFile);
        var raw = File.ReadAllText(gold[..^".gold.json".Length] + ".txt");
        var cleaned = Cleaner.Clean(raw);
        var text = Norm(cleaned.Text);
        using var doc = JsonDocument.Parse(File.ReadAllText(gold));
        if (!doc.RootElement.TryGetProperty("clean", out var clean)) return;
        var failures = new List<string>();
        if (clean.TryGetProperty("contains", out var contains))
            foreach (var item in contains.EnumerateArray())
                if (!text.Contains(item.GetString()!, StringComparison.Ordinal)) failures.Add("missing: " + item.GetString());
        if (clean.TryGetProperty("absent", out var absent))
            foreach (var item in absent.EnumerateArray())
                if (text.Contains(item.GetString()!, StringComparison.Ordinal)) failures.Add("present: " + item.GetString());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The scorer's normalisation: NFKC, straight quotes, single spaces.</summary>
    private static string Norm(string s)
    {
        s = s.Normalize(NormalizationForm.FormKC)
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        return Regex.Replace(s, @"\s+", " ").Trim();
    }
}
