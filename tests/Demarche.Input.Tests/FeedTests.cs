using System.Net;
using System.Text;
using Demarche.Input.Feeds;

namespace Demarche.Input.Tests;

/// <summary>Answers requests from a table of canned responses, and records what was asked (no network).</summary>
public sealed class CannedHttp : HttpMessageHandler
{
    private readonly Dictionary<string, (HttpStatusCode Status, string Type, byte[] Body)> _pages = new();
    public List<string> Requests { get; } = [];
    public List<string?> UserAgents { get; } = [];
    public HashSet<string> Hanging { get; } = [];

    public CannedHttp Page(string url, string type, string body, HttpStatusCode status = HttpStatusCode.OK)
    {
        _pages[url] = (status, type, Encoding.UTF8.GetBytes(body));
        return this;
    }

    private readonly Dictionary<string, string> _redirects = new();

    /// <summary>A 302 answer whose Location header is <paramref name="location"/> (written as given, not checked).</summary>
    public CannedHttp Redirect(string url, string location)
    {
        _redirects[url] = location;
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var url = request.RequestUri!.ToString();
        Requests.Add(url);
        UserAgents.Add(request.Headers.UserAgent.ToString());
        if (Hanging.Contains(url)) await Task.Delay(Timeout.Infinite, ct);
        if (_redirects.TryGetValue(url, out var location))
        {
            var redirect = new HttpResponseMessage(HttpStatusCode.Found) { RequestMessage = request };
            redirect.Headers.TryAddWithoutValidation("Location", location);
            return redirect;
        }
        if (!_pages.TryGetValue(url, out var page))
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request, ReasonPhrase = "Not Found" };
        var content = new ByteArrayContent(page.Body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(page.Type);
        return new HttpResponseMessage(page.Status) { Content = content, RequestMessage = request };
    }
}

public class FeedTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Coastal Wire</title>
            <link>https://wire.example.org/</link>
            <description>Test feed</description>
            <item>
              <title>Ferry talks &amp; fishing rights</title>
              <link>https://wire.example.org/2025/05/ferry-talks</link>
              <guid isPermaLink="false">wire-1001</guid>
              <pubDate>Tue, 06 May 2025 23:15:00 +0200</pubDate>
              <description>Short teaser about the ferry talks.</description>
              <content:encoded><![CDATA[<p>Negotiators from the two island states met in a port town on Tuesday.</p><p>They agreed to share the ferry route and to review fishing rights next month.</p>]]></content:encoded>
            </item>
            <item>
              <title>Border crossing reopens</title>
              <link>https://wire.example.org/2025/05/border</link>
              <pubDate>Wed, 07 May 2025 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;The northern border crossing reopened after a week of repairs.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valley Observer</title>
          <id>urn:example:valley</id>
          <updated>2025-04-02T10:00:00Z</updated>
          <entry>
            <title type="html">Dam accord &lt;em&gt;signed&lt;/em&gt;</title>
            <id>urn:example:valley:7</id>
            <link rel="alternate" href="https://valley.example.net/dam-accord"/>
            <published>2025-04-01T21:30:00-05:00</published>
            <updated>2025-04-02T09:00:00Z</updated>
            <summary>Upstream and downstream provinces signed a dam accord.</summary>
            <content type="html">&lt;p&gt;Upstream and downstream provinces signed a dam accord on Tuesday evening, ending a long quarrel over water.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Only a summary</title>
            <id>urn:example:valley:8</id>
            <link href="https://valley.example.net/summary-only"/>
            <updated>2025-04-03T06:00:00Z</updated>
            <summary>The council postponed its vote on the bridge.</summary>
          </entry>
        </feed>
        """;

    private const string Rdf = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://plain.example.com/">
            <title>Plain Gazette</title>
            <link>https://plain.example.com/</link>
            <description>RDF test</description>
          </channel>
          <item rdf:about="https://plain.example.com/grain">
            <title>Grain deal extended</title>
            <link>https://plain.example.com/grain</link>
            <description>The grain deal was extended by ninety days.</description>
            <dc:date>2025-02-11T12:00:00+00:00</dc:date>
          </item>
        </rdf:RDF>
        """;

    private const string JsonFeed = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Harbour Notes",
         "items": [
          {"id": "h-1", "url": "https://harbour.example.org/1", "title": "Pilots strike", "content_html": "<p>Harbour pilots went on strike over pay.</p>", "date_published": "2025-01-20T07:00:00Z"},
          {"id": "h-2", "url": "https://harbour.example.org/2", "title": "Strike ends", "content_text": "The pilots' strike ended after two days.", "date_published": "2025-01-22T18:00:00Z"}
         ]}
        """;

    private static List<RawDocument> Docs(IEnumerable<InputItem> items)
    {
        var list = items.ToList();
        Assert.All(list, i => Assert.Null(i.Error));
        return list.Select(i => i.Document!).ToList();
    }

    [Fact]
    public void Rss20ItemsCarryContentTitleLinkAndDate()
    {
        using var dir = new TempFolder();
        var path = dir.Write("wire.rss", Rss);
        var docs = Docs(new InputReader().Read(path));
        Assert.Equal(2, docs.Count);
        var first = docs[0];
        Assert.Equal(path + "#wire-1001", first.Source);
        Assert.Equal("Ferry talks & fishing rights", first.Title);
        Assert.Equal("https://wire.example.org/2025/05/ferry-talks", first.Url);
        Assert.Equal(new DateOnly(2025, 5, 6), first.Published); // the publisher's own date, not UTC's
        Assert.Equal(ContentFormat.Html, first.Format);
        Assert.Contains("share the ferry route", first.Content); // content:encoded wins over the teaser
        var second = docs[1];
        Assert.Equal(path + "#https://wire.example.org/2025/05/border", second.Source); // no guid: the link
        Assert.Contains("<p>The northern border crossing", second.Content);
        Assert.Equal(new DateOnly(2025, 5, 7), second.Published);
    }

    [Fact]
    public void AtomEntriesPreferContentAndPublishedDate()
    {
        using var dir = new TempFolder();
        var path = dir.Write("valley.atom", Atom);
        var docs = Docs(new InputReader().Read(path));
        Assert.Equal("Dam accord signed", docs[0].Title);
        Assert.Equal(path + "#urn:example:valley:7", docs[0].Source);
        Assert.Equal("https://valley.example.net/dam-accord", docs[0].Url);
        Assert.Equal(new DateOnly(2025, 4, 1), docs[0].Published);
        Assert.Contains("ending a long quarrel", docs[0].Content);
        Assert.Contains("postponed its vote", docs[1].Content);
        Assert.Equal(new DateOnly(2025, 4, 3), docs[1].Published); // no published: updated
    }

    [Fact]
    public void RdfAndJsonFeedsAreRead()
    {
        using var dir = new TempFolder();
        var rdf = Assert.Single(Docs(new InputReader().Read(dir.Write("plain.xml", Rdf))));
        Assert.Equal("Grain deal extended", rdf.Title);
        Assert.Equal(new DateOnly(2025, 2, 11), rdf.Published);
        Assert.Equal("https://plain.example.com/grain", rdf.Url);

        var json = Docs(new InputReader().Read(dir.Write("harbour.json", JsonFeed)));
        Assert.Equal(ContentFormat.Html, json[0].Format);
        Assert.Equal(ContentFormat.Text, json[1].Format);
        Assert.Equal("The pilots' strike ended after two days.", json[1].Content);
        Assert.Equal(new DateOnly(2025, 1, 22), json[1].Published);
        Assert.EndsWith("harbour.json#h-2", json[1].Source);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("feed.txt")]
    public void FeedsAreRecognisedUnderAnyName(string name)
    {
        using var dir = new TempFolder();
        Assert.Equal(2, Docs(new InputReader().Read(dir.Write(name, Atom))).Count);
    }

    [Fact]
    public void LegacyEncodingDeclaredByTheXmlIsHonoured()
    {
        using var dir = new TempFolder();
        var rss = Rss.Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"").Replace("Ferry talks", "Caf\u00e9 talks");
        var doc = Docs(new InputReader().Read(dir.Write("latin.rss", Encoding.Latin1.GetBytes(rss))))[0];
        Assert.Equal("Caf\u00e9 talks & fishing rights", doc.Title);
    }

    [Fact]
    public void XmlThatIsNotAFeedIsOneError()
    {
        using var dir = new TempFolder();
        var item = Assert.Single(new InputReader().Read(dir.Write("config.xml", "<?xml version=\"1.0\"?><settings><a>1</a></settings>")));
        Assert.Contains("not a readable RSS, Atom or JSON feed", item.Error!.Message);
    }

    [Fact]
    public void FeedUrlIsDownloadedWithThePoliteUserAgent()
    {
        var http = new CannedHttp().Page("https://wire.example.org/feed", "application/rss+xml", Rss);
        var docs = Docs(new InputReader { Fetcher = new PageFetcher(handler: http) }.Read("https://wire.example.org/feed"));
        Assert.Equal(2, docs.Count);
        Assert.Equal("https://wire.example.org/feed#wire-1001", docs[0].Source);
        Assert.Equal(["https://wire.example.org/feed"], http.Requests);
        Assert.StartsWith("Demarche/", http.UserAgents[0]);
    }

    [Fact]
    public void ArticleUrlIsReadAsHtml()
    {
        var http = new CannedHttp().Page("https://wire.example.org/story", "text/html; charset=utf-8", "<html><body><p>Talks resumed.</p></body></html>");
        var doc = Assert.Single(Docs(new InputReader { Fetcher = new PageFetcher(handler: http) }.Read("https://wire.example.org/story")));
        Assert.Equal(ContentFormat.Html, doc.Format);
        Assert.Equal("https://wire.example.org/story", doc.Url);
    }

    [Fact]
    public void FailedDownloadIsOneError()
    {
        var http = new CannedHttp();
        var item = Assert.Single(new InputReader { Fetcher = new PageFetcher(handler: http) }.Read("https://wire.example.org/gone"));
        Assert.Equal("https://wire.example.org/gone", item.Error!.Source);
        Assert.Contains("404", item.Error.Message);
    }

    [Fact]
    public void FetchReplacesShortSummariesWithTheLinkedPage()
    {
        var http = new CannedHttp()
            .Page("https://valley.example.net/feed", "application/atom+xml", Atom)
            .Page("https://valley.example.net/summary-only", "text/html", "<html><body><article><p>The whole article about the bridge vote.</p></article></body></html>");
        var reader = new InputReader { Fetcher = new PageFetcher(handler: http), FetchLinkedPages = true, ShortSummaryChars = 60 };
        var docs = Docs(reader.Read("https://valley.example.net/feed"));
        Assert.Contains("ending a long quarrel", docs[0].Content); // long enough: the feed's content
        Assert.Contains("The whole article about the bridge vote.", docs[1].Content);
        Assert.Equal("Only a summary", docs[1].Title);
        Assert.Equal(new DateOnly(2025, 4, 3), docs[1].Published);
        Assert.Equal(["https://valley.example.net/feed", "https://valley.example.net/summary-only"], http.Requests);
    }

    [Fact]
    public void FetchFailuresAreReportedPerItemAndTheSummaryIsKept()
    {
        using var dir = new TempFolder();
        var http = new CannedHttp();
        http.Hanging.Add("https://wire.example.org/2025/05/border");
        var reader = new InputReader(new InputLimits { FetchTimeout = TimeSpan.FromMilliseconds(200) })
        {
            Fetcher = new PageFetcher(new InputLimits { FetchTimeout = TimeSpan.FromMilliseconds(200) }, http),
            FetchLinkedPages = true,
            ShortSummaryChars = 100_000,
        };
        var items = reader.Read(dir.Write("wire.rss", Rss)).ToList();
        Assert.Equal(4, items.Count);
        Assert.Contains("404", items[0].Error!.Message);
        Assert.Contains("ferry route", items[1].Document!.Content);
        Assert.Contains("no answer within", items[2].Error!.Message);
        Assert.Contains("border crossing reopened", items[3].Document!.Content);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- generated -->\n<rss version=\"2.0\">", true)]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\">", true)]
    [InlineData("<rdf:RDF xmlns:rdf=\"x\">", true)]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1\"}", true)]
    [InlineData("<html><body>rss</body></html>", false)]
    [InlineData("The feed was late.", false)]
    [InlineData("{\"id\": 1}", false)]
    public void FeedSnifferLooksAtTheFirstElement(string text, bool feed) =>
        Assert.Equal(feed, FeedSniffer.LooksLikeFeed(text));
}
