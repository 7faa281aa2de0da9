using Demarche.Input;
using Demarche.Language;

namespace Demarche.Pipeline.Tests;

/// <summary>Short news paragraphs in 13 languages (written for these tests) are labelled right; other languages get no English extraction.</summary>
public sealed class LanguageTests
{
    private static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "languages", name);

    public static TheoryData<string> Paragraphs() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "languages"), "??.txt")
        .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));

    [Theory, MemberData(nameof(Paragraphs))]
    public void EachParagraphIsLabelledWithItsLanguage(string language)
    {
        Assert.Equal(language, LanguageDetector.Default.Detect(File.ReadAllText(Corpus(language + ".txt"))));
    }

    [Fact]
    public void TheCorpusHasAtLeastEightLanguagesBesidesEnglish()
    {
        Assert.True(Paragraphs().Count() >= 9, "languages: " + Paragraphs().Count());
    }

    [Theory]
    [InlineData("Russia attacked Ukraine.")]
    [InlineData("Paris, Berlin and Madrid signed the accord.")]
    [InlineData("The United States imposed sanctions on Iran on Tuesday, the Treasury said.")]
    [InlineData("Bolivia refused to extradite the former interior minister to Peru.")]
    [InlineData("Lisbon agreed with Luanda to reopen consulates in Benguela.")]
    [InlineData("Oman detained a Liberian-flagged freighter off the coast of Musandam.")]
    [InlineData("Tajikistan summoned the Kyrgyz envoy to complain about cross-border firing.")]
    public void ShortEnglishTextStaysEnglish(string text) => Assert.Equal("en", LanguageDetector.Default.Detect(text));

    private static readonly Lazy<Analyzer> Shared = new(() => Analyzer.CreateDefault());

    private static string AnalysedLanguage(string text) =>
        Shared.Value.Analyze(new RawDocument { Source = "t.txt", Content = text, Format = ContentFormat.Text }, new AnalyzeOptions(new DateOnly(2025, 5, 6)))
            .Document!.Info.Language!;

    /// <summary>Lingua's trigrams give these English sentences to another language; their lower-case words are English.</summary>
    [Theory]
    [InlineData("Indonesia's foreign minister met her Malaysian counterpart in Jakarta on Thursday.")]
    [InlineData("Malaysia's prime minister visited Brunei on Monday.")]
    public void AShortEnglishSentenceWithEnglishWordsIsAnalysedAsEnglish(string text) => Assert.Equal("en", AnalysedLanguage(text));

    [Theory]
    [InlineData("Presiden Indonesia bertemu dengan menteri luar negeri Malaysia di Jakarta.", "id")]
    [InlineData("De regering heeft nieuwe sancties tegen Rusland aangekondigd.", "nl")]
    [InlineData("Il governo italiano ha convocato l'ambasciatore russo a Roma.", "it")]
    [InlineData("O governo brasileiro condenou o ataque contra civis em Gaza.", "pt")]
    public void AShortSentenceInAnotherLanguageKeepsItsLanguage(string text, string language) => Assert.Equal(language, AnalysedLanguage(text));

    [Fact]
    public void AFrenchArticleIsKeptWithItsLanguageAndNoEnglishEvents()
    {
        var item = new InputReader().Read(Corpus("fr-article.txt")).Single();
        var result = Analyzer.CreateDefault().Analyze(item, new AnalyzeOptions(new DateOnly(2025, 5, 6)));
        var doc = Assert.IsType<Demarche.Core.Model.Document>(result.Document);
        Assert.Equal("fr", doc.Info.Language);
        Assert.Empty(doc.Events);
        Assert.Empty(doc.Actors);
        Assert.Contains("French", result.Notice);
        Assert.Contains("La France et l'Algérie", doc.Text);
    }

    [Fact]
    public void AnEnglishArticleIsAnalysedAsBefore()
    {
        var item = new InputReader().Read(Corpus("en.txt")).Single();
        var result = Analyzer.CreateDefault().Analyze(item, new AnalyzeOptions(new DateOnly(2025, 5, 6)));
        Assert.Equal("en", result.Document!.Info.Language);
        Assert.Null(result.Notice);
        Assert.NotEmpty(result.Document.Actors);
    }
}
