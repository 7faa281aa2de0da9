using Demarche.Core.Model;
using Demarche.Segmentation;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Demarche.Quantities.Tests;

/// <summary>Runs every case of cases.yaml: the quantities found must be exactly the ones expected.</summary>
public sealed class QuantityCasesTests
{
    private static readonly QuantityExtractor Extractor = new(QuantityLexicon.Default);
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    public static TheoryData<string, string> Cases()
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var path = Path.Combine(AppContext.BaseDirectory, "cases.yaml");
        var cases = yaml.Deserialize<List<CaseRow>>(File.ReadAllText(path));
        var data = new TheoryData<string, string>();
        foreach (var c in cases) data.Add(c.Text, string.Join(" | ", c.Expect));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_exactly_the_expected_quantities(string text, string expected)
    {
        var wanted = expected.Length == 0 ? [] : expected.Split(" | ").Select(ExpectedQuantity.Parse).ToList();
        var found = Extract(text);
        var unmatched = new List<Quantity>(found);
        foreach (var e in wanted)
        {
            var hit = unmatched.FirstOrDefault(q => e.Matches(q, text));
            Assert.True(hit is not null, $"expected {e} in [{Describe(found, text)}]");
            unmatched.Remove(hit!);
        }
        Assert.True(unmatched.Count == 0, $"unexpected [{Describe(unmatched, text)}]");
    }

    [Fact]
    public void There_are_at_least_a_hundred_cases() => Assert.True(Cases().Count >= 100);

    public static List<Quantity> Extract(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var sentences = Splitter.Split(text, tokens);
        return Extractor.Extract(text, tokens, sentences);
    }

    private static string Describe(IEnumerable<Quantity> qs, string text) => string.Join("; ", qs.Select(q =>
        $"{(q.Approximate ? "~" : "")}{q.Value} {q.Category} unit={q.Unit} subject={q.Subject} span={text[q.Start..q.End]}"));

    private sealed class CaseRow
    {
        public string Text { get; set; } = "";
        public List<string> Expect { get; set; } = [];
    }
}
