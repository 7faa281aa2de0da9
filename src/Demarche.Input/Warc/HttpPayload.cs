using System.Globalization;
using System.IO.Compression;

namespace Demarche.Input.Warc;

/// <summary>The status line and headers of an archived HTTP response.</summary>
internal sealed record HttpHead(int Status, string? ContentType, string? Charset, string? TransferEncoding, string? ContentEncoding)
{
    public bool IsHtml => ContentType is null
        || ContentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
        || ContentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the head from the start of a WARC response block, reading at most <paramref name="budget"/> bytes.</summary>
    public static HttpHead Read(ByteReader reader, long budget, out long consumed)
    {
        consumed = 0;
        var status = NextLine(reader, budget, ref consumed) ?? throw new WarcFormatException("the HTTP response is empty");
        var parts = status.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts[0].StartsWith("HTTP/", StringComparison.Ordinal) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            throw new WarcFormatException("the record holds no HTTP status line");
        string? contentType = null, transfer = null, encoding = null;
        while (true)
        {
            var line = NextLine(reader, budget, ref consumed) ?? throw new WarcFormatException("the HTTP headers are truncated");
            if (line.Length == 0) break;
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line.AsSpan(0, colon).Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType = value;
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)) transfer = value;
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase)) encoding = value;
        }
        return new HttpHead(code, contentType, CharsetOf(contentType), transfer, encoding);
    }

    private static string? NextLine(ByteReader reader, long budget, ref long consumed)
    {
        if (consumed >= budget) return null;
        var line = reader.ReadLine((int)Math.Min(16 * 1024, budget - consumed), out int n);
        consumed += n;
        if (consumed > budget) throw new WarcFormatException("the HTTP headers run past the record's Content-Length");
        return line;
    }

    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null) return null;
        foreach (var param in contentType.Split(';').Skip(1))
        {
            var kv = param.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                return kv[1].Trim().Trim('"', '\'');
        }
        return null;
    }
}

/// <summary>Undoes HTTP transfer and content encodings of an archived body (chunked; gzip, deflate, br).</summary>
internal static class HttpBody
{
    /// <summary>The decoded body, or null with a reason.</summary>
    public static byte[]? Decode(byte[] body, HttpHead head, long maxBytes, out string? error)
    {
        error = null;
        if (head.TransferEncoding is { } te && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            // Crawlers that store decoded bodies sometimes keep the header; a body that is not chunked is taken as is.
            if (LooksChunked(body))
            {
                body = Dechunk(body, maxBytes, out error)!;
                if (body is null) return null;
            }
        }
        var encoding = head.ContentEncoding?.Trim().ToLowerInvariant();
        Stream? decoder = encoding switch
        {
            null or "" or "identity" => null,
            "gzip" or "x-gzip" when body.Length >= 2 && body[0] == 0x1F && body[1] == 0x8B => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "gzip" or "x-gzip" => null,
            "deflate" when body.Length >= 2 && (body[0] * 256 + body[1]) % 31 == 0 && (body[0] & 0x0F) == 8 => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new DeflateStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null)
        {
            if (encoding is "gzip" or "x-gzip" or null or "" or "identity") return body;
            error = $"unsupported Content-Encoding '{head.ContentEncoding}'";
            return null;
        }
        using (decoder)
        {
            try
            {
                var bytes = BoundedRead.ReadAtMost(decoder, maxBytes);
                if (bytes is null) error = $"the page is larger than {maxBytes / (1024 * 1024)} MB once decompressed";
                return bytes;
            }
            catch (InvalidDataException)
            {
                error = $"the body's {encoding} compression is corrupt";
                return null;
            }
        }
    }

    private static bool LooksChunked(ReadOnlySpan<byte> body)
    {
        int i = 0;
        while (i < body.Length && i < 16 && Uri.IsHexDigit((char)body[i])) i++;
        return i > 0 && i < body.Length && body[i] is (byte)'\r' or (byte)'\n' or (byte)';' or (byte)' ';
    }

    private static byte[]? Dechunk(ReadOnlySpan<byte> body, long maxBytes, out string? error)
    {
        error = null;
        var output = new MemoryStream(body.Length);
        int pos = 0;
        while (true)
        {
            int nl = body[pos..].IndexOf((byte)'\n');
            if (nl < 0)
            {
                // A body cut after its last chunk: keep what arrived.
                if (output.Length > 0) return output.ToArray();
                error = "the chunked body has no chunk header";
                return null;
            }
            var sizeText = System.Text.Encoding.ASCII.GetString(body.Slice(pos, nl)).Split(';')[0].Trim();
            if (!long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                error = "the chunked body has an invalid chunk size";
                return null;
            }
            pos += nl + 1;
            if (size == 0) return output.ToArray();
            if (output.Length + size > maxBytes)
            {
                error = $"the page is larger than {maxBytes / (1024 * 1024)} MB";
                return null;
            }
            int take = (int)Math.Min(size, body.Length - pos);
            output.Write(body.Slice(pos, take));
            pos += take;
            if (take < size) return output.ToArray();
            if (pos < body.Length && body[pos] == '\r') pos++;
            if (pos < body.Length && body[pos] == '\n') pos++;
            if (pos >= body.Length) return output.ToArray();
        }
    }
}
