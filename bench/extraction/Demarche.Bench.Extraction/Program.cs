using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Demarche.Html;

// usage: Demarche.Bench.Extraction HTML_DIR OUT.json [--passes N]   or   Demarche.Bench.Extraction PAGE.html[.gz] [URL]
// Writes {"<page id>": {"articleBody": text, "title":…, "url":…, "published":…}} and prints pages/s.
if (args.Length < 1 || args.Length < 2 && !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Demarche.Bench.Extraction HTML_DIR OUT.json [--passes N]");
    return 2;
}
if (File.Exists(args[0]))
{
    // One page: print what was extracted.
    var one = new HtmlArticleExtractor().Extract(ReadPage(args[0]), args.Length > 1 && args[1] != "-" ? args[1] : null);
    Console.WriteLine($"title: {one.Title}\nurl: {one.Url}\npublished: {one.Published}\n\n{one.Text}");
    return 0;
}
int passes = args.Length >= 4 && args[2] == "--passes" ? int.Parse(args[3]) : 1;
var pages = Directory.GetFiles(args[0], "*.html*").Order(StringComparer.Ordinal)
    .Select(path => (Id: PageId(path), Html: ReadPage(path))).ToList();

var extractor = new HtmlArticleExtractor();
var results = new SortedDictionary<string, object>(StringComparer.Ordinal);
var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
var clock = Stopwatch.StartNew();
for (int pass = 0; pass < passes; pass++)
{
    foreach (var (id, html) in pages)
    {
        var article = extractor.Extract(html, null);
        results[id] = new { articleBody = article.Text, title = article.Title, url = article.Url, published = article.Published?.ToString("yyyy-MM-dd") };
    }
}
clock.Stop();
int n = pages.Count * passes;
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalSeconds;
Console.Error.WriteLine($"{n} pages in {clock.Elapsed.TotalSeconds:F2} s wall ({n / clock.Elapsed.TotalSeconds:F1} pages/s), {cpu:F2} s CPU ({n / cpu:F1} pages per CPU-second; the machine is shared)");
File.WriteAllText(args[1], JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
return 0;

static string PageId(string path)
{
    var name = Path.GetFileName(path);
    return name[..name.IndexOf(".html", StringComparison.Ordinal)];
}

// Most pages are gzip; one may be plain. Decode as UTF-8 (the benchmark's pages are UTF-8).
static string ReadPage(string path)
{
    var bytes = File.ReadAllBytes(path);
    if (bytes.Length > 2 && bytes[0] == 0x1f && bytes[1] == 0x8b)
    {
        using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        bytes = ms.ToArray();
    }
    return Encoding.UTF8.GetString(bytes);
}
