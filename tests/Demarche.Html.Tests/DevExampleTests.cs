using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Demarche.Tests;

namespace Demarche.Html.Tests;

/// <summary>The shared dev pages' clean checks: body sentences present, furniture absent (quotes and spaces normalised as score.py does).</summary>
public class DevExampleTests
{
    public static TheoryData<string> Pages() => ["04", "08", "09", "12"];

    [Theory]
    [MemberData(nameof(Pages))]
    public void CleanChecksPass(string number)
    {
        var dev = Path.Combine(SharedFolder.Require(), "examples", "dev");
        var html = Directory.GetFiles(dev, number + "-*.html").Single();
        var gold = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(html, ".gold.json"))).RootElement;
        var article = new HtmlArticleExtractor().Extract(File.ReadAllText(html), null);
        var text = Norm(article.Text);
        var clean = gold.GetProperty("clean");
        foreach (var s in clean.GetProperty("contains").EnumerateArray())
            Assert.True(text.Contains(Norm(s.GetString()!), StringComparison.Ordinal), $"missing: {s}");
        foreach (var s in clean.GetProperty("absent").EnumerateArray())
            Assert.False(text.Contains(Norm(s.GetString()!), StringComparison.Ordinal), $"present: {s}");
        if (gold.TryGetProperty("published", out var published))
            Assert.Equal(DateOnly.ParseExact(published.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture), article.Published);
    }

    private static string Norm(string s)
    {
        s = s.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"');
        return Regex.Replace(s, @"\s+", " ").Trim();
    }
}
