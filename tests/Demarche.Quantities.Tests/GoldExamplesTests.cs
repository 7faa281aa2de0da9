using System.Text.Json;
using Demarche.Tests;

namespace Demarche.Quantities.Tests;

/// <summary>
/// Regression check against the annotated examples in ../shared (skipped where that folder is absent):
/// on the plain-text articles, every required gold quantity is found and every quantity found is in the gold.
/// </summary>
public sealed class GoldExamplesTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        var shared = SharedFolder.Path;
        if (shared is null) { data.Add(""); return data; }
        data.Add(Path.Combine(shared, "examples", "seed-article.txt"));
        foreach (var txt in Directory.GetFiles(Path.Combine(shared, "examples", "dev"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(txt);
        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Matches_the_gold_quantities(string textPath)
    {
        SharedFolder.Require();
        var gold = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(textPath, null) + ".gold.json"))
            .RootElement.GetProperty("quantities").EnumerateArray()
            .Select(g => (Value: g.GetProperty("value").GetDouble(), Category: g.GetProperty("category").GetString(),
                Optional: g.TryGetProperty("optional", out var o) && o.GetBoolean()))
            .ToList();
        var found = QuantityCasesTests.Extract(File.ReadAllText(textPath));
        bool Same(double value, string? category, Demarche.Core.Model.Quantity q) =>
            Math.Abs(q.Value - value) <= 0.005 * Math.Max(1, value) && q.Category == category;

        var missing = gold.Where(g => !g.Optional && !found.Any(q => Same(g.Value, g.Category, q))).ToList();
        var wrong = found.Where(q => !gold.Any(g => Same(g.Value, g.Category, q))).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing.Select(m => $"{m.Value} {m.Category}")));
        Assert.True(wrong.Count == 0, "not in gold: " + string.Join(", ", wrong.Select(q => $"{q.Value} {q.Category} {q.Subject}")));
    }
}
