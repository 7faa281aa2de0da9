using System.IO.Compression;
using System.Text;

namespace Demarche.Input.Tests;

/// <summary>Writes WARC files for tests: records with any headers and block, plain or one gzip member per record.</summary>
public sealed class WarcWriter(bool gzip)
{
    private readonly MemoryStream _out = new();
    private int _next;

    public static string Id(int n) => $"<urn:uuid:00000000-0000-4000-8000-{n:D12}>";

    /// <summary>Appends a record; returns its WARC-Record-ID.</summary>
    public string Record(string type, byte[] block, string? targetUri = null, string contentType = "application/http; msgtype=response",
        string date = "2025-03-14T08:30:00Z", long? declaredLength = null, bool truncateMember = false, string version = "WARC/1.1")
    {
        var id = Id(++_next);
        var head = new StringBuilder();
        head.Append(version).Append("\r\n");
        head.Append("WARC-Type: ").Append(type).Append("\r\n");
        head.Append("WARC-Record-ID: ").Append(id).Append("\r\n");
        head.Append("WARC-Date: ").Append(date).Append("\r\n");
        if (targetUri is not null) head.Append("WARC-Target-URI: ").Append(targetUri).Append("\r\n");
        head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        head.Append("Content-Length: ").Append(declaredLength ?? block.Length).Append("\r\n\r\n");
        var record = new MemoryStream();
        record.Write(Encoding.ASCII.GetBytes(head.ToString()));
        record.Write(block);
        record.Write("\r\n\r\n"u8);
        var bytes = record.ToArray();
        if (gzip)
        {
            var member = new MemoryStream();
            using (var gz = new GZipStream(member, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
            var m = member.ToArray();
            _out.Write(truncateMember ? m.AsSpan(0, m.Length / 2) : m);
        }
        else
        {
            _out.Write(truncateMember ? bytes.AsSpan(0, bytes.Length / 2) : bytes);
        }
        return id;
    }

    public string Warcinfo() => Record("warcinfo", "software: hand-made test writer\r\nformat: WARC File Format 1.1\r\n"u8.ToArray(), contentType: "application/warc-fields");

    public string Request(string uri) => Record("request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"), uri, "application/http; msgtype=request");

    public string Response(string uri, string html, string contentType = "text/html; charset=utf-8", int status = 200, string? extraHeaders = null, Encoding? encoding = null) =>
        Record("response", Http(status, contentType, (encoding ?? Encoding.UTF8).GetBytes(html), extraHeaders), uri);

    /// <summary>Raw bytes appended as they are (to corrupt a file).</summary>
    public void Raw(byte[] bytes) => _out.Write(bytes);

    public static byte[] Http(int status, string contentType, byte[] body, string? extraHeaders = null)
    {
        var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Not Found")}\r\nContent-Type: {contentType}\r\nServer: test\r\n{extraHeaders}\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    public static byte[] Chunked(byte[] body, int chunk)
    {
        var o = new MemoryStream();
        for (int i = 0; i < body.Length; i += chunk)
        {
            int n = Math.Min(chunk, body.Length - i);
            o.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            o.Write(body, i, n);
            o.Write("\r\n"u8);
        }
        o.Write("0\r\n\r\n"u8);
        return o.ToArray();
    }

    public static byte[] Gzip(byte[] body)
    {
        var o = new MemoryStream();
        using (var gz = new GZipStream(o, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(body);
        return o.ToArray();
    }

    public byte[] ToArray() => _out.ToArray();
}
