using System.Text;
using System.Text.Json;
using Demarche.Input.Tests;

namespace Demarche.Cli.Tests;

public class IngestCommandTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Continental Desk</title>
            <link>https://desk.example.org/</link>
            <description>Test feed written for Demarche</description>
            <item>
              <title>Kenya sends police to Haiti</title>
              <link>https://desk.example.org/kenya-haiti</link>
              <guid>desk-41</guid>
              <pubDate>Mon, 02 Jun 2025 09:00:00 +0300</pubDate>
              <content:encoded><![CDATA[<p>Kenya sent four hundred police officers to Haiti on Monday, the interior ministry in Nairobi said.</p><p>The officers will join a mission that the United Nations approved last year.</p>]]></content:encoded>
            </item>
            <item>
              <title>Brazil and Argentina sign a trade pact</title>
              <link>https://desk.example.org/trade-pact</link>
              <guid>desk-42</guid>
              <pubDate>Tue, 03 Jun 2025 15:30:00 -0300</pubDate>
              <description><![CDATA[<p>Brazil and Argentina signed a trade agreement in Brasilia on Tuesday after two years of negotiations.</p>]]></description>
            </item>
          </channel>
        </rss>
        """;

    private static string Page(string title, string body, string meta = "") =>
        $"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body><header>Menu | Sections</header><article><h1>{title}</h1>{body}</article><footer>Copyright</footer></body></html>";

    private static byte[] Warc()
    {
        var w = new WarcWriter(gzip: true);
        w.Warcinfo();
        w.Request("https://paper.example.com/egypt-sudan");
        w.Response("https://paper.example.com/egypt-sudan", Page("Egypt hosts Sudan talks",
            "<p>Egypt hosted talks between the Sudanese army and a civilian coalition in Cairo on Thursday, officials said.</p><p>The delegations agreed to meet again after the holiday.</p>",
            """<meta property="article:published_time" content="2025-06-05T08:00:00Z">"""));
        w.Record("metadata", "fetchTimeMs: 80\r\n"u8.ToArray(), "https://paper.example.com/egypt-sudan", "application/warc-fields");
        w.Response("https://paper.example.com/logo", "not html", "image/png");
        var body = WarcWriter.Chunked(WarcWriter.Gzip(Encoding.UTF8.GetBytes(Page("Japan protests to China",
            "<p>Japan lodged a formal protest with China on Friday over a coast guard incident near disputed islands.</p>"))), 50);
        w.Record("response", WarcWriter.Http(200, "text/html; charset=utf-8", body, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"), "https://paper.example.com/japan-china",
            date: "2025-06-06T11:00:00Z");
        w.Record("response", WarcWriter.Http(200, "text/html", Encoding.UTF8.GetBytes(Page("Cut", "<p>" + string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"x{i * 31 % 997}")) + "</p>"))),
            "https://paper.example.com/cut", truncateMember: true);
        return w.ToArray();
    }

    [Fact]
    public void FeedAndWarcAreIngestedAndQueried()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "store.db");
        var feed = dir.File("desk.rss", Rss);
        var warc = dir.File("crawl.warc.gz", Warc());

        var run = CliRun.Of("ingest", feed, warc, "--db", db, "--workers", "2");
        Assert.Equal(1, run.ExitCode); // the truncated record fails, the rest is stored
        Assert.StartsWith("ingested 4 documents", run.Stdout);
        Assert.Contains("1 failed", run.Stdout);
        Assert.Contains("documents/s", run.Stdout);
        Assert.Contains($"failed: {warc}#{WarcWriter.Id(7)}: the record is truncated", run.Stdout);
        Assert.DoesNotContain("\u001b[", run.Stdout + run.Stderr); // no progress bar when not on a terminal
        Assert.Equal("", run.Stderr);

        var stats = CliRun.Of("stats", "--db", db);
        Assert.StartsWith("documents 4 ", stats.Stdout);
        Assert.Contains("published 2025-06-02 to 2025-06-06", stats.Stdout); // feed dates, the page's own date, the WARC date as a fallback

        var events = CliRun.Of("events", "--db", db, "--json", "--limit", "100").JsonLines;
        Assert.Contains(events, e => e.GetProperty("source").GetString() == "KEN");
        Assert.Contains(events, e => e.GetProperty("source").GetString() == "JPN");

        var search = CliRun.Of("search", "coast guard", "--db", db);
        Assert.Contains($"{warc}#{WarcWriter.Id(6)}", search.Stdout);
        var feedSearch = CliRun.Of("search", "trade agreement", "--db", db);
        Assert.Contains($"{feed}#desk-42", feedSearch.Stdout);
        Assert.Contains("Brazil and Argentina sign a trade pact", feedSearch.Stdout);
    }

    [Fact]
    public void ManyFailuresAreSummarisedWithACount()
    {
        using var dir = new TempDir();
        for (int i = 0; i < 25; i++) dir.File($"in/bad{i:D2}.txt", "\0\u0001\u0002\0");
        var run = CliRun.Of("ingest", Path.Combine(dir.Path, "in"), "--db", Path.Combine(dir.Path, "s.db"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("25 failed", run.Stdout);
        Assert.Contains("… and 5 more failed", run.Stdout);
    }

    [Fact]
    public void DictFolderMustExist()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("ingest", dir.File("a.txt", "Talks went on."), "--db", Path.Combine(dir.Path, "s.db"), "--dict", Path.Combine(dir.Path, "nope"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--dict", run.Stderr);
    }

    [Fact]
    public void DictFolderAddsActorsToIngest()
    {
        using var dir = new TempDir();
        var dict = Path.Combine(dir.Path, "dict");
        Directory.CreateDirectory(dict);
        File.WriteAllText(Path.Combine(dict, "groups.yaml"), """
            groups:
              - {id: TARVOSFRONT, name: Tarvosian Liberation Front, kind: armed-group, country: MLI, code: MLIREB, forms: [Tarvosian Liberation Front]}
            """);
        var db = Path.Combine(dir.Path, "s.db");
        var run = CliRun.Of("ingest", dir.File("a.txt", "The Tarvosian Liberation Front attacked an army post in Mali on Sunday."), "--db", db, "--dict", dict);
        Assert.Equal(0, run.ExitCode);
        var actor = CliRun.Of("actor", "TARVOSFRONT", "--db", db, "--json");
        Assert.True(JsonDocument.Parse(actor.Stdout).RootElement.GetProperty("documents").GetInt32() >= 1, actor.Stdout);
    }
}
