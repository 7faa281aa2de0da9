using System.IO.Compression;
using System.Text;
using Demarche.Tests;

namespace Demarche.Cli.Tests;

public class AnalyzeCommandTests
{
    private const string Article = "Ministers met in Geneva on Monday. They agreed to talk again next week.";

    [Fact]
    public void TextFilePrintsOneContractObject()
    {
        using var dir = new TempDir();
        var f = dir.File("a.txt", Article);
        var run = CliRun.Of("analyze", f, "--date", "2025-06-11", "--json");
        Assert.Equal(0, run.ExitCode);
        var obj = Assert.Single(run.JsonLines);
        Assert.Equal("demarche.analysis/1", obj.GetProperty("schema").GetString());
        var doc = obj.GetProperty("document");
        Assert.Equal(f, doc.GetProperty("source").GetString());
        Assert.Equal("2025-06-11", doc.GetProperty("published").GetString());
        Assert.Equal(Article, doc.GetProperty("text").GetString());
        Assert.Equal(16, doc.GetProperty("id").GetString()!.Length);
        foreach (var layer in new[] { "actors", "events", "quotes", "quantities", "stances" })
            Assert.Equal(System.Text.Json.JsonValueKind.Array, obj.GetProperty(layer).ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, doc.GetProperty("repairs").ValueKind);
    }

    [Fact]
    public void DirectoryPrintsJsonLinesInOrdinalPathOrder()
    {
        using var dir = new TempDir();
        dir.File("b.txt", Article);
        dir.File("a/z.txt", "Second document about talks in Doha.");
        dir.File("A.html", "<html><body><article><p>An HTML article about ministers meeting in Oslo to discuss a truce.</p></article></body></html>");
        dir.File("notes.md", "ignored");
        var run = CliRun.Of("analyze", dir.Path, "--json");
        Assert.Equal(0, run.ExitCode);
        var sources = run.JsonLines.Select(o => o.GetProperty("document").GetProperty("source").GetString()!).ToArray();
        Assert.Equal(["A.html", "a/z.txt", "b.txt"], sources);
    }

    [Fact]
    public void GzipFilesAreRead()
    {
        using var dir = new TempDir();
        var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
            gz.Write(Encoding.UTF8.GetBytes(Article));
        var f = dir.File("a.txt.gz", ms.ToArray());
        var run = CliRun.Of("analyze", f, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Article, run.JsonLines[0].GetProperty("document").GetProperty("text").GetString());
    }

    [Fact]
    public void JsonlLinesBecomeDocumentsWithTheirIds()
    {
        using var dir = new TempDir();
        var f = dir.File("docs.jsonl",
            """
            {"id":"one","url":"https://example.org/1","published":"2024-01-02","title":"T1","text":"Kenya sent police to Haiti."}
            {"id":"two","html":"<html><body><article><p>Egypt hosted talks between the two sides in Cairo on Sunday.</p></article></body></html>"}
            not json at all
            {"id":"four"}
            """);
        var run = CliRun.Of("analyze", f, "--json");
        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines;
        Assert.Equal(4, lines.Length);
        Assert.Equal("one", lines[0].GetProperty("document").GetProperty("id").GetString());
        Assert.Equal("2024-01-02", lines[0].GetProperty("document").GetProperty("published").GetString());
        Assert.Equal("https://example.org/1", lines[0].GetProperty("document").GetProperty("url").GetString());
        Assert.Contains("Cairo", lines[1].GetProperty("document").GetProperty("text").GetString());
        Assert.True(lines[2].TryGetProperty("error", out var e2));
        Assert.Contains("invalid JSON", e2.GetString());
        Assert.Contains("neither", lines[3].GetProperty("error").GetString());
    }

    public static TheoryData<string, byte[], string> BadInputs => new()
    {
        { "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x10], "binary" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6E, 0x20, 0x74, 0x68, 0x65, 0x20, 0x73, 0x71, 0x75, 0x61, 0x72, 0x65], "invalid UTF-8" },
        { "empty.txt", [], "empty" },
        { "blank.html", Encoding.UTF8.GetBytes("<html><body><nav><a href='/'>Home</a></nav></body></html>"), "no article text" },
        { "broken.txt.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02], "gzip" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInputGivesOneClearErrorLineAndOthersStillRun(string name, byte[] content, string expected)
    {
        using var dir = new TempDir();
        dir.File(name, content);
        dir.File("zz-good.txt", Article);
        var run = CliRun.Of("analyze", dir.Path, "--json");
        Assert.Equal(1, run.ExitCode);
        var lines = run.JsonLines;
        Assert.Equal(2, lines.Length);
        var error = lines[0].GetProperty("error").GetString()!;
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(name, lines[0].GetProperty("document").GetProperty("source").GetString());
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.Equal(Article, lines[1].GetProperty("document").GetProperty("text").GetString());
    }

    [Fact]
    public void PageOverTenMegabytesIsRejected()
    {
        using var dir = new TempDir();
        var big = new StringBuilder("<html><body><article>");
        while (big.Length < 10.5 * 1024 * 1024) big.Append("<p>Words of a very long page that goes on and on.</p>");
        big.Append("</article></body></html>");
        var f = dir.File("huge.html", big.ToString());
        var run = CliRun.Of("analyze", f, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("larger than 10 MB", run.JsonLines[0].GetProperty("error").GetString());
    }

    [Fact]
    public void DeeplyNestedHtmlIsReadOrRejectedNeverACrash()
    {
        using var dir = new TempDir();
        var sb = new StringBuilder("<html><body>");
        for (int i = 0; i < 100_000; i++) sb.Append("<div>");
        sb.Append("text");
        var f = dir.File("nested.html", sb.ToString());
        dir.File("ok.txt", Article);
        var run = CliRun.Of("analyze", dir.Path, "--json");
        Assert.Equal(2, run.JsonLines.Length);
        var nested = run.JsonLines[0];
        if (nested.TryGetProperty("error", out var error))
        {
            Assert.Equal(1, run.ExitCode);
            Assert.False(string.IsNullOrWhiteSpace(error.GetString()));
        }
        else
        {
            // the extractor flattens what lies past its depth limit and keeps the text
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("text", nested.GetProperty("document").GetProperty("text").GetString());
        }
        Assert.Equal(Article, run.JsonLines[1].GetProperty("document").GetProperty("text").GetString());
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
    }

    [Fact]
    public void UserDictionaryFolderAddsActors()
    {
        using var dir = new TempDir();
        dir.File("dict/extra.yaml", """
            groups:
              - {id: REDHAND, name: Red Hand Brigade, kind: armed-group, country: CAF, code: CAFREB, forms: [Red Hand Brigade]}
            """);
        var f = dir.File("a.txt", "The Red Hand Brigade attacked a convoy near Bangui on Monday.");
        var without = CliRun.Of("analyze", f, "--json");
        var with = CliRun.Of("analyze", f, "--json", "--dict", Path.Combine(dir.Path, "dict"));
        Assert.Equal(0, with.ExitCode);
        bool Has(CliRun r) => r.JsonLines[0].GetProperty("actors").EnumerateArray().Any(a => a.GetProperty("id").GetString() == "REDHAND");
        Assert.False(Has(without));
        Assert.True(Has(with));
        Assert.Equal(2, CliRun.Of("analyze", f, "--dict", "/no/such/folder").ExitCode);
    }

    [Fact]
    public void MissingFileIsAnError()
    {
        var run = CliRun.Of("analyze", "/no/such/file.txt", "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no such file", run.JsonLines[0].GetProperty("error").GetString());
    }

    [Fact]
    public void DirectoryWithoutArticlesIsAnError()
    {
        using var dir = new TempDir();
        dir.File("readme.md", "nothing here");
        var run = CliRun.Of("analyze", dir.Path, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no articles", run.JsonLines[0].GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "x.txt", "--date", "11/06/2025")]
    [InlineData("analyze", "x.txt", "--bogus")]
    [InlineData("frobnicate")]
    [InlineData]
    public void BadUsageExitsWithTwo(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
    }

    [Fact]
    public void TerminalViewShowsTheDocument()
    {
        using var dir = new TempDir();
        var f = dir.File("a.txt", "Talks resume in Geneva\nMinisters met in Geneva on Monday.");
        var run = CliRun.Of("analyze", f);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Talks resume in Geneva", run.Stdout);
        Assert.Contains("sentences", run.Stdout);
    }

    [Fact]
    public void BundledSamplesAllAnalyse()
    {
        var samples = Path.Combine(SharedFolder.RepoRoot, "samples");
        var run = CliRun.Of("analyze", samples, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.True(run.JsonLines.Length >= 6);
    }
}
