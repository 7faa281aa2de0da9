using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Demarche.Input.Tests;

/// <summary>Files as a hostile user hands them over: each case once crashed, hung or lost data silently.</summary>
public class HostileFileTests
{
    private static byte[] Gzip(string text)
    {
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true)) gz.Write(Encoding.UTF8.GetBytes(text));
        return ms.ToArray();
    }

    private static void MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    [Fact]
    public void JsonLineWithALoneSurrogateIsOneErrorAndTheNextLineIsRead()
    {
        using var dir = new TempFolder();
        var path = dir.Write("s.jsonl", "{\"text\":\"x \\ud800 y\"}\n{\"text\":\"Mali and Algeria held talks.\"}\n");
        var items = new InputReader().Read(path).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("surrogate", items[0].Error!.Message);
        Assert.Equal("Mali and Algeria held talks.", items[1].Document!.Content);
    }

    [Fact]
    public void InvalidUtf8OnOneJsonLineDoesNotEndTheFile()
    {
        using var dir = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("{\"text\":\"a\"}\n").Concat(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}', (byte)'\n' })
            .Concat(Encoding.UTF8.GetBytes("{\"text\":\"b\"}\n")).ToArray();
        var items = new InputReader().Read(dir.Write("u.jsonl", bytes)).ToList();
        Assert.Equal(3, items.Count);
        Assert.Contains("invalid UTF-8", items[1].Error!.Message);
        Assert.Equal("b", items[2].Document!.Content);
    }

    [Fact]
    public void AHugeJsonLineIsRefusedWhileReadingNotAfter()
    {
        using var dir = new TempFolder();
        var limits = new InputLimits { MaxDocumentBytes = 1000 };
        // one line of 5 MB (the limit for a line is twice the document limit), then a good line
        var sb = new StringBuilder("{\"text\":\"").Append('a', 5_000_000).Append("\"}\n{\"text\":\"short\"}\n");
        var items = new InputReader(limits).Read(dir.Write("big.jsonl", sb.ToString())).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("larger than", items[0].Error!.Message);
        Assert.Equal("short", items[1].Document!.Content);
    }

    [Fact]
    public void AJsonLineWhoseTextPassesTheDocumentLimitIsRefused()
    {
        using var dir = new TempFolder();
        var limits = new InputLimits { MaxDocumentBytes = 1000 };
        var items = new InputReader(limits).Read(dir.Write("big.jsonl", "{\"text\":\"" + new string('a', 1500) + "\"}\n")).ToList();
        Assert.Contains("larger than", Assert.Single(items).Error!.Message);
    }

    [Fact]
    public void ATruncatedGzipIsAnError()
    {
        using var dir = new TempFolder();
        var whole = Gzip(string.Concat(Enumerable.Repeat("Mali and Algeria held talks on Tuesday. ", 40)));
        var item = Assert.Single(new InputReader().Read(dir.Write("t.txt.gz", whole[..(whole.Length / 2)])));
        Assert.NotNull(item.Error);
        Assert.Contains("gzip", item.Error!.Message);
    }

    [Fact]
    public void AGzipWithABadChecksumIsAnError()
    {
        using var dir = new TempFolder();
        var bytes = Gzip("Mali and Algeria held talks on Tuesday.");
        bytes[^6] ^= 0xFF; // a byte of the CRC-32
        var item = Assert.Single(new InputReader().Read(dir.Write("c.txt.gz", bytes)));
        Assert.Contains("gzip", item.Error!.Message);
    }

    [Fact]
    public void ConcatenatedGzipMembersAreReadWhole()
    {
        using var dir = new TempFolder();
        var bytes = Gzip("First part. ").Concat(Gzip("Second part.")).ToArray();
        var doc = Assert.Single(new InputReader().Read(dir.Write("m.txt.gz", bytes))).Document!;
        Assert.Equal("First part. Second part.", doc.Content);
    }

    [Fact]
    public async Task AFifoNamedGzIsReadWithoutSeeking()
    {
        using var dir = new TempFolder();
        var fifo = Path.Combine(dir.Path, "pipe.txt.gz");
        MakeFifo(fifo);
        var payload = Gzip("Talks resumed in Doha on Monday.");
        var ct = TestContext.Current.CancellationToken;
        var writer = Task.Run(() => File.WriteAllBytes(fifo, payload), ct);
        var item = Assert.Single(await Task.Run(() => new InputReader().Read(fifo).ToList(), ct).WaitAsync(TimeSpan.FromSeconds(20), ct));
        await writer.WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.Equal("Talks resumed in Doha on Monday.", item.Document!.Content);
    }

    [Fact]
    public async Task AFifoNamedWarcGzIsReadWithoutSeeking()
    {
        using var dir = new TempFolder();
        var fifo = Path.Combine(dir.Path, "pipe.warc.gz");
        MakeFifo(fifo);
        var w = new WarcWriter(gzip: true);
        w.Response("https://news.example.org/a", "<html><body><article><p>Delegates resumed talks on fishing quotas.</p></article></body></html>");
        var payload = w.ToArray();
        var ct = TestContext.Current.CancellationToken;
        var writer = Task.Run(() => File.WriteAllBytes(fifo, payload), ct);
        var items = await Task.Run(() => new InputReader().Read(fifo).ToList(), ct).WaitAsync(TimeSpan.FromSeconds(20), ct);
        await writer.WaitAsync(TimeSpan.FromSeconds(10), ct);
        Assert.Contains("fishing quotas", Assert.Single(items).Document!.Content);
    }

    [Fact]
    public async Task AFifoInsideADirectoryIsReportedAndSkipped()
    {
        using var dir = new TempFolder();
        dir.Write("a.txt", "Talks resumed.");
        MakeFifo(Path.Combine(dir.Path, "b.txt"));
        var ct = TestContext.Current.CancellationToken;
        var items = await Task.Run(() => new InputReader().Read(dir.Path).ToList(), ct).WaitAsync(TimeSpan.FromSeconds(20), ct);
        Assert.Equal(2, items.Count);
        Assert.Equal("Talks resumed.", items[0].Document!.Content);
        Assert.Contains("not a regular file", items[1].Error!.Message);
    }

    [Fact]
    public async Task SymlinkLoopsAreNotFollowed()
    {
        using var dir = new TempFolder();
        dir.Write("sub/a.txt", "Talks resumed.");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "loop"), dir.Path);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "loop2"), Path.Combine(dir.Path, "sub"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "b.txt"), Path.Combine(dir.Path, "sub", "a.txt"));
        var ct = TestContext.Current.CancellationToken;
        var items = await Task.Run(() => new InputReader().Read(dir.Path).ToList(), ct).WaitAsync(TimeSpan.FromSeconds(20), ct);
        var docs = items.Where(i => i.Document is not null).Select(i => i.Document!.Source).ToList();
        Assert.Equal(["b.txt", "sub/a.txt"], docs); // a link to a file is read; links to directories are not followed
        Assert.Equal(["b.txt", "sub/a.txt"], InputReader.ArticleFiles(dir.Path).Select(f => Path.GetRelativePath(dir.Path, f)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AFeedItemLargerThanTheDocumentLimitIsRefused()
    {
        using var dir = new TempFolder();
        var limits = new InputLimits { MaxDocumentBytes = 2000 };
        var rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>w</title>"
            + "<item><title>big</title><description>" + new string('a', 5000) + "</description></item>"
            + "<item><title>small</title><description>Talks resumed.</description></item></channel></rss>";
        var items = new InputReader(limits).Read(dir.Write("w.rss", rss)).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("larger than", items[0].Error!.Message);
        Assert.Equal("Talks resumed.", items[1].Document!.Content);
    }

    [Fact]
    public void AReaderFailureEndsOnlyItsOwnInput()
    {
        var reader = new InputReader { StandardInput = () => throw new InvalidOperationException("boom") };
        using var dir = new TempFolder();
        var items = new[] { "-", dir.Write("a.txt", "Talks resumed.") }.SelectMany(reader.Read).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("boom", items[0].Error!.Message);
        Assert.NotNull(items[1].Document);
    }
}
