// WARC reading benchmark: writes a CC-NEWS-like .warc.gz (warcinfo, then request + response + metadata per page,
// one gzip member per record, generated pages of about 40 KB of HTML) of the size asked, then times InputReader
// over it (reading, decompression, HTTP parsing and charset decoding only; no analysis).
// Usage: dotnet run -c Release --project bench/Demarche.Bench.Warc [-- MEGABYTES [FILE]]
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Demarche.Input;

int megabytes = args.Length > 0 ? int.Parse(args[0]) : 50;
var path = args.Length > 1 ? args[1] : Path.Combine(Directory.CreateTempSubdirectory("demarche-bench-").FullName, "news.warc.gz");

var words = "the minister said talks would resume on Monday after a week of pressure from neighbours and allies while officials in the capital denied any agreement had been reached on the border dispute or on trade".Split(' ');
var rnd = new Random(7);
var clock = Stopwatch.StartNew();
long raw = 0;
int pages = 0;
using (var file = File.Create(path))
{
    void Member(string type, string uri, byte[] block, string blockType)
    {
        var head = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Date: 2025-06-0{1 + pages % 9}T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n"
            + $"WARC-Target-URI: {uri}\r\nContent-Type: {blockType}\r\nContent-Length: {block.Length}\r\n\r\n";
        using var gz = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
        var h = Encoding.ASCII.GetBytes(head);
        gz.Write(h);
        gz.Write(block);
        gz.Write("\r\n\r\n"u8);
        raw += h.Length + block.Length + 4;
    }
    Member("warcinfo", "", "software: Demarche bench\r\n"u8.ToArray(), "application/warc-fields");
    while (file.Length < megabytes * 1024L * 1024)
    {
        var uri = $"https://news{pages % 50}.example.org/world/{pages}";
        Member("request", uri, Encoding.ASCII.GetBytes($"GET /world/{pages} HTTP/1.1\r\nHost: news{pages % 50}.example.org\r\n\r\n"), "application/http; msgtype=request");
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Story</title></head><body><nav>");
        for (int i = 0; i < 60; i++) html.Append("<a href=\"/section/").Append(i).Append("\">Section ").Append(i).Append("</a> ");
        html.Append("</nav><article>");
        while (html.Length < 40_000)
        {
            html.Append("<p>");
            for (int w = 0; w < 60; w++) html.Append(words[rnd.Next(words.Length)]).Append(' ');
            html.Append(rnd.Next()).Append(".</p>\n");
        }
        html.Append("</article></body></html>");
        var body = Encoding.UTF8.GetBytes(html.ToString());
        Member("response", uri, [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n"), .. body], "application/http; msgtype=response");
        Member("metadata", uri, "fetchTimeMs: 95\r\n"u8.ToArray(), "application/warc-fields");
        pages++;
    }
}
var size = new FileInfo(path).Length;
Console.WriteLine($"wrote {path}: {size / 1048576.0:N1} MB compressed, {raw / 1048576.0:N1} MB of records, {pages:N0} pages, in {clock.Elapsed.TotalSeconds:N1} s");

for (int run = 0; run < 3; run++)
{
    GC.Collect();
    clock.Restart();
    int docs = 0, failures = 0;
    long chars = 0;
    foreach (var item in new InputReader().Read(path))
    {
        if (item.Document is { } d) { docs++; chars += d.Content.Length; }
        else failures++;
    }
    var s = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"read {docs:N0} pages ({failures} failures) in {s:N2} s: {size / 1048576.0 / s:N0} MB/s compressed, {raw / 1048576.0 / s:N0} MB/s of records, {docs / s:N0} pages/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB");
}
