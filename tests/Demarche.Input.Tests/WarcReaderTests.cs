using System.IO.Compression;
using System.Text;

namespace Demarche.Input.Tests;

public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("demarche-input-").FullName;
    public string Write(string name, byte[] bytes)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, bytes);
        return p;
    }
    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));
    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

public class WarcReaderTests
{
    private static string Page(string title, string sentence) =>
        $"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | World</nav><article><h1>{title}</h1><p>{sentence}</p></article></body></html>";

    /// <summary>warcinfo, a request, three HTML pages (one chunked and gzip-encoded, one in windows-1252), a 404, an image and metadata.</summary>
    private static WarcWriter Sample(bool gzip)
    {
        var w = new WarcWriter(gzip);
        w.Warcinfo();
        w.Request("https://news.example.org/a");
        w.Response("https://news.example.org/a", Page("Harbour talks resume", "Delegates from two coastal states resumed talks on fishing quotas."));
        var body = WarcWriter.Chunked(WarcWriter.Gzip(Encoding.UTF8.GetBytes(Page("Grain convoy", "A grain convoy crossed the border at dawn, officials said."))), 37);
        w.Record("response", WarcWriter.Http(200, "text/html", body, "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"), "https://news.example.org/b");
        w.Response("https://news.example.org/c", Page("Caf\u00e9 summit", "The caf\u00e9 owners met the mayor on Tuesday."), "text/html; charset=windows-1252", encoding: Encoding.Latin1);
        w.Response("https://news.example.org/missing", Page("Not found", "Nothing here."), status: 404);
        w.Record("response", WarcWriter.Http(200, "image/png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1]), "https://news.example.org/logo.png");
        w.Record("metadata", "fetchTimeMs: 120\r\n"u8.ToArray(), "https://news.example.org/a", "application/warc-fields");
        return w;
    }

    private static List<InputItem> ReadFile(TempFolder dir, string name, byte[] bytes, InputLimits? limits = null) =>
        new InputReader(limits).Read(dir.Write(name, bytes)).ToList();

    [Theory]
    [InlineData(false, "crawl.warc")]
    [InlineData(true, "crawl.warc.gz")]
    public void HtmlResponsesBecomeDocumentsAndOtherRecordsAreSkipped(bool gzip, string name)
    {
        using var dir = new TempFolder();
        var items = ReadFile(dir, name, Sample(gzip).ToArray());
        Assert.All(items, i => Assert.Null(i.Error));
        var docs = items.Select(i => i.Document!).ToList();
        Assert.Equal(["https://news.example.org/a", "https://news.example.org/b", "https://news.example.org/c"], docs.Select(d => d.Url));
        Assert.All(docs, d => Assert.Equal(ContentFormat.Html, d.Format));
        Assert.All(docs, d => Assert.Equal(new DateOnly(2025, 3, 14), d.FallbackPublished));
        Assert.All(docs, d => Assert.Null(d.Published));
        Assert.Equal(Path.Combine(dir.Path, name) + "#" + WarcWriter.Id(3), docs[0].Source);
        Assert.Contains("fishing quotas", docs[0].Content);
        Assert.Contains("grain convoy crossed", docs[1].Content);
        Assert.Contains("The caf\u00e9 owners", docs[2].Content);
    }

    [Fact]
    public void WarcVersion10IsRead()
    {
        using var dir = new TempFolder();
        var w = new WarcWriter(false);
        w.Record("response", WarcWriter.Http(200, "text/html", Encoding.UTF8.GetBytes(Page("Old format", "Archivists kept the old format alive."))), "<http://old.example.net/x>", version: "WARC/1.0");
        var doc = Assert.Single(ReadFile(dir, "old.warc", w.ToArray())).Document!;
        Assert.Equal("http://old.example.net/x", doc.Url);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TruncatedLastRecordIsOneFailureAfterTheOthers(bool gzip)
    {
        using var dir = new TempFolder();
        var w = Sample(gzip);
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i * 7919 % 10007}"));
        w.Record("response", WarcWriter.Http(200, "text/html", Encoding.UTF8.GetBytes(Page("Cut short", words))), "https://news.example.org/cut", truncateMember: true);
        var items = ReadFile(dir, gzip ? "t.warc.gz" : "t.warc", w.ToArray());
        Assert.Equal(3, items.Count(i => i.Document is not null));
        var error = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.EndsWith("#" + WarcWriter.Id(9), error.Source);
        Assert.Contains("truncated", error.Message);
        Assert.NotNull(items[^1].Error);
    }

    [Fact]
    public void CorruptGzipMemberIsOneFailureAndTheNextRecordIsRead()
    {
        using var dir = new TempFolder();
        var first = new WarcWriter(true);
        first.Response("https://news.example.org/1", Page("First", "The first page speaks of a ceasefire along the river."));
        var bad = new WarcWriter(true);
        bad.Response("https://news.example.org/2", Page("Second", string.Join(' ', Enumerable.Range(0, 400).Select(i => $"word{i * 7919 % 1000}"))));
        var last = new WarcWriter(true);
        last.Response("https://news.example.org/3", Page("Third", "The third page reports a prisoner exchange."));
        var corrupt = Renumber(bad.ToArray(), 2);
        for (int i = corrupt.Length / 2; i < corrupt.Length / 2 + 40; i++) corrupt[i] ^= 0x5A;
        var items = ReadFile(dir, "c.warc.gz", [.. first.ToArray(), .. corrupt, .. Renumber(last.ToArray(), 3)]);
        Assert.Equal(["https://news.example.org/1", "https://news.example.org/3"], items.Where(i => i.Document is not null).Select(i => i.Document!.Url));
        Assert.EndsWith("c.warc.gz#" + WarcWriter.Id(2), Assert.Single(items, i => i.Error is not null).Error!.Source);
    }

    /// <summary>The writers above each number from 1; give a member's record another id.</summary>
    private static byte[] Renumber(byte[] gzipMember, int n)
    {
        using var gz = new GZipStream(new MemoryStream(gzipMember), CompressionMode.Decompress);
        var text = new StreamReader(gz, Encoding.Latin1).ReadToEnd().Replace(WarcWriter.Id(1), WarcWriter.Id(n));
        return WarcWriter.Gzip(Encoding.Latin1.GetBytes(text));
    }

    [Theory]
    [InlineData(+500)]
    [InlineData(-40)]
    public void WrongContentLengthIsOneFailureAndTheNextRecordIsRead(int error)
    {
        using var dir = new TempFolder();
        var w = new WarcWriter(false);
        w.Response("https://news.example.org/1", Page("One", "Envoys signed a water-sharing accord."));
        var block = WarcWriter.Http(200, "text/html", Encoding.UTF8.GetBytes(Page("Two", "Troops withdrew from the ridge overnight.")));
        w.Record("response", block, "https://news.example.org/2", declaredLength: block.Length + error);
        w.Response("https://news.example.org/3", Page("Three", "The assembly voted to expel the ambassador."));
        w.Response("https://news.example.org/4", Page("Four", "Rebels released two aid workers."));
        var items = ReadFile(dir, "l.warc", w.ToArray());
        Assert.Equal(["https://news.example.org/1", "https://news.example.org/3", "https://news.example.org/4"], items.Where(i => i.Document is not null).Select(i => i.Document!.Url));
        var failure = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.EndsWith("#" + WarcWriter.Id(2), failure.Source);
    }

    [Fact]
    public void PageOverTheLimitFailsAndReadingGoesOn()
    {
        using var dir = new TempFolder();
        var w = new WarcWriter(true);
        w.Response("https://news.example.org/big", Page("Big", new string('y', 5000)));
        w.Response("https://news.example.org/small", Page("Small", "A short page."));
        var items = ReadFile(dir, "b.warc.gz", w.ToArray(), new InputLimits { MaxDocumentBytes = 2000 });
        Assert.Contains("larger than", items[0].Error!.Message);
        Assert.Equal("https://news.example.org/small", items[1].Document!.Url);
    }

    [Fact]
    public void Utf8PageUnderAWrongHeaderCharsetStaysUtf8AndBrotliIsDecoded()
    {
        using var dir = new TempFolder();
        var w = new WarcWriter(false);
        w.Response("https://news.example.org/u", Page("Zürich talks", "Envoys met in Zürich."), "text/html; charset=iso-8859-1");
        var compressed = new MemoryStream();
        using (var br = new System.IO.Compression.BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            br.Write(Encoding.UTF8.GetBytes(Page("Brotli", "A compressed page about a truce.")));
        w.Record("response", WarcWriter.Http(200, "text/html", compressed.ToArray(), "Content-Encoding: br\r\n"), "https://news.example.org/br");
        var docs = ReadFile(dir, "u.warc", w.ToArray()).Select(i => i.Document!).ToList();
        Assert.Contains("Envoys met in Zürich.", docs[0].Content);
        Assert.Contains("about a truce", docs[1].Content);
    }

    [Fact]
    public void GarbageFileIsOneFailure()
    {
        using var dir = new TempFolder();
        var items = ReadFile(dir, "x.warc", Encoding.ASCII.GetBytes("this is not an archive\nat all\n"));
        Assert.Contains("WARC record header", Assert.Single(items).Error!.Message);
    }

    [Fact]
    public void DirectoriesIncludeWarcFiles()
    {
        using var dir = new TempFolder();
        dir.Write("a/crawl.warc.gz", Sample(true).ToArray());
        dir.Write("b.txt", "A plain note about a summit.");
        var items = new InputReader().Read(dir.Path).ToList();
        Assert.Equal(4, items.Count(i => i.Document is not null));
        Assert.StartsWith("a/crawl.warc.gz#", items[0].Document!.Source);
    }

    [Fact]
    public void MultiMemberGzipTextIsReadToTheEnd()
    {
        using var dir = new TempFolder();
        var bytes = WarcWriter.Gzip("First half of the note. "u8.ToArray()).Concat(WarcWriter.Gzip("Second half of the note."u8.ToArray())).ToArray();
        var doc = Assert.Single(new InputReader().Read(dir.Write("n.txt.gz", bytes))).Document!;
        Assert.Equal("First half of the note. Second half of the note.", doc.Content);
    }

    [Fact]
    public void MeterCountsTheFileBytes()
    {
        using var dir = new TempFolder();
        var bytes = Sample(true).ToArray();
        var path = dir.Write("m.warc.gz", bytes);
        var meter = new InputMeter();
        _ = new InputReader { Meter = meter }.Read(path).ToList();
        Assert.InRange(meter.BytesRead, bytes.Length, bytes.Length + 16);
        Assert.Equal(bytes.Length, InputMeter.TotalBytes([path]));
        Assert.Null(InputMeter.TotalBytes([path, "https://news.example.org/feed"]));
    }
}
