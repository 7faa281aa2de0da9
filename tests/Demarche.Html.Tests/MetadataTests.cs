namespace Demarche.Html.Tests;

public class MetadataTests
{
    private static ExtractedArticle Extract(string head, string article = Pages.Body, string? url = null) =>
        new HtmlArticleExtractor().Extract(Pages.Wrap(article, head), url);

    [Fact]
    public void DateFromArticlePublishedTimeMeta()
    {
        var a = Extract("""<meta property="article:published_time" content="2025-03-14T21:05:00-05:00">""");
        Assert.Equal(new DateOnly(2025, 3, 14), a.Published);
    }

    [Theory]
    [InlineData("""<meta name="pubdate" content="20240802">""", 2024, 8, 2)]
    [InlineData("""<meta name="date" content="2023-11-30">""", 2023, 11, 30)]
    [InlineData("""<meta name="DC.date.issued" content="2022-01-05">""", 2022, 1, 5)]
    [InlineData("""<meta itemprop="datePublished" content="2021-06-19T08:00:00Z">""", 2021, 6, 19)]
    public void DateFromOtherMetaNames(string head, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Extract(head).Published);

    [Fact]
    public void DateFromJsonLdGraph()
    {
        var head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Island Courier"},
              {"@type":"NewsArticle","headline":"Ferries to resume after storm closure","datePublished":"2025-10-02T06:30:00+02:00"}]}</script>
            """;
        Assert.Equal(new DateOnly(2025, 10, 2), Extract(head).Published);
    }

    [Fact]
    public void DateFromJsonLdArrayIgnoresBrokenScripts()
    {
        var head = """
            <script type="application/ld+json">{ this is not json </script>
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2019-07-08"}]</script>
            """;
        Assert.Equal(new DateOnly(2019, 7, 8), Extract(head).Published);
    }

    [Fact]
    public void DateFromTimeElement()
    {
        var article = """<time datetime="2024-12-24T10:00">Tuesday</time>""" + Pages.Body;
        Assert.Equal(new DateOnly(2024, 12, 24), Extract("", article).Published);
    }

    [Fact]
    public void NoDateWhenThePageHasNone() => Assert.Null(Extract("").Published);

    [Fact]
    public void CanonicalUrlWinsOverOgUrl()
    {
        var a = Extract("""<link rel="canonical" href="https://courier.example/islands/ferries"><meta property="og:url" content="https://courier.example/amp/ferries">""");
        Assert.Equal("https://courier.example/islands/ferries", a.Url);
    }

    [Fact]
    public void RelativeCanonicalIsResolvedAgainstThePageUrl()
    {
        var a = Extract("""<link rel="canonical" href="/islands/ferries">""", url: "https://courier.example/print/123");
        Assert.Equal("https://courier.example/islands/ferries", a.Url);
    }

    [Fact]
    public void OgUrlWhenNoCanonical() =>
        Assert.Equal("https://courier.example/f", Extract("""<meta property="og:url" content="https://courier.example/f">""").Url);

    [Fact]
    public void PageUrlWhenNoCanonical() =>
        Assert.Equal("https://courier.example/given", Extract("", url: "https://courier.example/given").Url);

    [Fact]
    public void TitleFromOgTitle() =>
        Assert.Equal("Ferries to resume after storm closure", Extract("""<meta property="og:title" content="Ferries to resume after storm closure">""").Title);

    [Fact]
    public void TitleTagLosesTheSiteName() =>
        Assert.Equal("Ferries to resume after storm closure", Extract("").Title);

    [Theory]
    [InlineData("Port reopens after long storm closure | Island Courier", "Island Courier", "Port reopens after long storm closure")]
    [InlineData("Island Courier - Port reopens after long storm closure", null, "Port reopens after long storm closure")]
    [InlineData("Port reopens after long storm closure — Courier", null, "Port reopens after long storm closure")]
    [InlineData("Plain headline without a site", null, "Plain headline without a site")]
    public void StripSiteName(string title, string? site, string expected) =>
        Assert.Equal(expected, PageMetadata.StripSiteName(title, site));
}

public class JsonLdBodyTests
{
    [Fact]
    public void JsonLdBodyStandsInWhenTheMarkupHasNoText()
    {
        var body = "The harbour authority of Port Amrel said on Monday that ferry crossings would resume next week.\n"
                   + "Officials said two of the four vessels had been inspected and found seaworthy, and the other two needed repairs before December.";
        var html = "<html><head><script type=\"application/ld+json\">"
                   + System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["@type"] = "NewsArticle", ["articleBody"] = body })
                   + "</script></head><body><div id=\"app\"></div></body></html>";
        var text = Pages.Extract(html);
        Assert.Equal("The harbour authority of Port Amrel said on Monday that ferry crossings would resume next week.\n\n"
                     + "Officials said two of the four vessels had been inspected and found seaworthy, and the other two needed repairs before December.", text);
    }

    [Fact]
    public void ParagraphsMissingFromAFullJsonLdBodyAreDropped()
    {
        var blocks = new[]
        {
            new TextBlock("The harbour authority said ferry crossings would resume next week after the storms.", 0, "p"),
            new TextBlock("Win a weekend cruise for two in our reader competition today.", 0, "p"),
            new TextBlock("Officials said two of the four vessels had been inspected and found seaworthy.", 0, "p"),
        };
        var body = string.Join(" ", Enumerable.Repeat("The harbour authority said ferry crossings would resume next week after the storms. "
                                                      + "Officials said two of the four vessels had been inspected and found seaworthy.", 4));
        var kept = JsonLdBodyFilter.Apply(blocks, body);
        Assert.Equal(2, kept.Count);
        Assert.DoesNotContain(kept, b => b.Text.Contains("cruise"));
    }
}
