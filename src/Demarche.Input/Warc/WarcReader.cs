using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Demarche.Input.Warc;

/// <summary>
/// Reads the web pages of a WARC file (WARC/1.0 or 1.1, plain or gzip-compressed one member per record as
/// Common Crawl writes them): each <c>response</c> record holding an HTTP 200 HTML page becomes a document;
/// request, metadata, warcinfo, revisit and non-HTML records are skipped. The file is streamed, one record in
/// memory at a time. A truncated or corrupt record yields one error and reading resumes at the next record
/// that can be found (the next line starting "WARC/1.", or the next gzip member that starts a record).
/// </summary>
internal sealed class WarcReader(string source, Stream file, bool gzip, InputLimits limits) : IDisposable
{
    private const int MaxHeaderLine = 16 * 1024;
    private const int MaxHeaderBytes = 256 * 1024;
    /// <summary>How far before the compressed position of the last refill a record's gzip member may start.</summary>
    private const int GzipLookBehind = 256 * 1024;
    private static readonly byte[] WarcMagic = "WARC/1."u8.ToArray();

    private ByteReader? _reader;
    private Stream? _decompressed;
    private long _fillPosition, _recordFloor, _resumeFloor, _recordStart;
    private readonly HashSet<string> _seenIds = new(StringComparer.Ordinal);
    /// <summary>The id of a corrupt record the last resync stepped over.</summary>
    private string? _corruptId;

    public IEnumerable<InputItem> Read()
    {
        using (this)
        {
            Start();
            while (true)
            {
                var step = Next();
                bool more = !step.End;
                _corruptId = null;
                if (step.Resync) more = Resync();
                if (step.Item is { } item)
                {
                    // A record whose header was lost to corrupt gzip data is named after the id the resync found.
                    if (step.Anonymous && item.Error is { } e && _corruptId is { } found)
                        item = new InputError(source + "#" + found, e.Message);
                    yield return item;
                }
                if (!more) yield break;
            }
        }
    }

    private readonly record struct Step(InputItem? Item, bool End = false, bool Resync = false, bool Anonymous = false);

    private void Start()
    {
        _decompressed = gzip ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : file;
        _reader = new ByteReader(_decompressed, file.CanSeek && !gzip ? file.Position : 0) { BeforeFill = NoteFill };
    }

    private void NoteFill()
    {
        if (gzip && file.CanSeek) _fillPosition = file.Position;
    }

    /// <summary>Reads one record: a document, a failure, nothing (a skipped record) or the end.</summary>
    private Step Next()
    {
        var reader = _reader!;
        string? id = null;
        long recordStart = _recordStart = reader.Offset;
        try
        {
            // Blank lines between records are tolerated.
            while (true)
            {
                var head = reader.Peek(2);
                if (head.Length == 0) return new Step(null, End: true);
                if (head[0] is (byte)'\r' or (byte)'\n') reader.Skip(1);
                else break;
            }
            recordStart = _recordStart = reader.Offset;
            _recordFloor = _fillPosition - GzipLookBehind;
            var version = reader.ReadLine(MaxHeaderLine, out _);
            if (version is null) return new Step(null, End: true);
            if (!version.StartsWith("WARC/", StringComparison.Ordinal))
                throw new WarcFormatException("expected a WARC record header, found other bytes");

            var headers = ReadHeaders(reader);
            id = headers.GetValueOrDefault("WARC-Record-ID");
            if (id is not null) _seenIds.Add(id);
            if (!long.TryParse(headers.GetValueOrDefault("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                throw new WarcFormatException("the record has no valid Content-Length");

            var type = headers.GetValueOrDefault("WARC-Type");
            var blockType = headers.GetValueOrDefault("Content-Type") ?? "";
            if (!string.Equals(type, "response", StringComparison.OrdinalIgnoreCase)
                || !blockType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
                return SkipBlock(reader, length, id, recordStart);

            var http = HttpHead.Read(reader, length, out long headBytes);
            long bodyLength = length - headBytes;
            if (http.Status != 200 || !http.IsHtml)
                return SkipBlock(reader, bodyLength, id, recordStart);
            if (bodyLength > limits.MaxDocumentBytes)
            {
                if (reader.Skip(bodyLength) < bodyLength) return Truncated(id, recordStart);
                return new Step(Failure(id, recordStart, $"the page is larger than {limits.MaxDocumentBytes / (1024 * 1024)} MB"));
            }
            var body = new byte[bodyLength];
            if (reader.ReadBlock(body) < bodyLength) return Truncated(id, recordStart);
            if (!AtRecordBoundary(reader))
                return new Step(Failure(id, recordStart, "the record's Content-Length does not match its content"), Resync: true);

            var decoded = HttpBody.Decode(body, http, limits.MaxDocumentBytes, out var error);
            var text = decoded is null ? null : ContentDecoder.Decode(decoded, http.Charset, out error);
            if (text is null) return new Step(Failure(id, recordStart, error!));
            var uri = headers.GetValueOrDefault("WARC-Target-URI")?.Trim('<', '>', ' ');
            return new Step(new RawDocument
            {
                Source = SourceOf(id, recordStart),
                Content = text,
                Format = ContentFormat.Html,
                Url = string.IsNullOrEmpty(uri) ? null : uri,
                FallbackPublished = DateOf(headers.GetValueOrDefault("WARC-Date")),
            });
        }
        catch (WarcFormatException ex)
        {
            return new Step(Failure(id, recordStart, ex.Message), Resync: true);
        }
        catch (InvalidDataException)
        {
            return new Step(Failure(id, recordStart, "the gzip data are corrupt"), Resync: true, Anonymous: id is null);
        }
        catch (IOException ex)
        {
            return new Step(Failure(id, recordStart, "cannot read: " + ex.Message), End: true);
        }
    }

    private static Dictionary<string, string> ReadHeaders(ByteReader reader)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        int total = 0;
        while (true)
        {
            var line = reader.ReadLine(MaxHeaderLine, out int n) ?? throw new WarcFormatException("the record's header is truncated");
            total += n;
            if (total > MaxHeaderBytes) throw new WarcFormatException("the record's header is too long");
            if (line.Length == 0) return headers;
            if (line[0] is ' ' or '\t' && last is not null)
            {
                headers[last] += " " + line.Trim();
                continue;
            }
            int colon = line.IndexOf(':');
            if (colon <= 0) throw new WarcFormatException("the record's header has a line that is not 'Name: value'");
            last = line[..colon].Trim();
            headers[last] = line[(colon + 1)..].Trim();
        }
    }

    private Step SkipBlock(ByteReader reader, long count, string? id, long recordStart)
    {
        if (reader.Skip(count) < count) return Truncated(id, recordStart);
        if (!AtRecordBoundary(reader))
            return new Step(Failure(id, recordStart, "the record's Content-Length does not match its content"), Resync: true);
        return new Step(null);
    }

    /// <summary>True when the block is followed by its CRLF CRLF (or any blank lines) and then a record or the end.</summary>
    private static bool AtRecordBoundary(ByteReader reader)
    {
        var next = reader.Peek(4 + WarcMagic.Length);
        int i = 0;
        while (i < next.Length && i < 4 && next[i] is (byte)'\r' or (byte)'\n') i++;
        var rest = next[i..];
        return rest.Length == 0 || rest.StartsWith(WarcMagic) || rest.Length < WarcMagic.Length && WarcMagic.AsSpan().StartsWith(rest);
    }

    private Step Truncated(string? id, long recordStart) =>
        new(Failure(id, recordStart, "the record is truncated (the file ends inside it)"), Resync: true);

    private string SourceOf(string? id, long recordStart) =>
        id is not null ? source + "#" + id : gzip ? source + "#record-" + (_seenIds.Count + 1) : source + "@" + recordStart;

    private InputError Failure(string? id, long recordStart, string reason) => new(SourceOf(id, recordStart), reason);

    private static DateOnly? DateOf(string? warcDate) =>
        warcDate is { Length: >= 10 } && DateOnly.TryParseExact(warcDate[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;

    /// <summary>Moves to the next record after a corrupt one; false when none can be found.</summary>
    private bool Resync()
    {
        if (!file.CanSeek) return false;
        try
        {
            return gzip ? ResyncGzip() : ResyncPlain();
        }
        catch (IOException)
        {
            return false;
        }
    }

    private bool ResyncPlain()
    {
        // The record started at a line "WARC/1."; look for the next such line after its first byte.
        long from = _recordStart + 1;
        file.Position = from;
        _reader!.Reset(file, from);
        return _reader.SkipToLineStarting(WarcMagic);
    }

    /// <summary>Scans the compressed file for the next gzip member whose content is a record not read yet.</summary>
    private bool ResyncGzip()
    {
        long from = Math.Max(Math.Max(0, _recordFloor), _resumeFloor);
        var buffer = new byte[1 << 20];
        while (true)
        {
            file.Position = from;
            int n = file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (n < 10) return false;
            for (int i = 0; i + 3 < n; i++)
            {
                if (buffer[i] != 0x1F || buffer[i + 1] != 0x8B || buffer[i + 2] != 8 || (buffer[i + 3] & 0xE0) != 0) continue;
                long candidate = from + i;
                if (StartsUnseenRecord(candidate))
                {
                    _resumeFloor = candidate + 1;
                    file.Position = candidate;
                    _decompressed?.Dispose();
                    _decompressed = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
                    _reader!.Reset(_decompressed, 0);
                    return true;
                }
            }
            if (n < buffer.Length) return false;
            from += n - 3;
        }
    }

    private bool StartsUnseenRecord(long offset)
    {
        try
        {
            file.Position = offset;
            using var gz = new GZipStream(file, CompressionMode.Decompress, leaveOpen: true);
            var probe = new ByteReader(gz, 0, 512); // small reads: the header decodes before any corrupt data further on
            var version = probe.ReadLine(64, out _);
            if (version is null || !version.StartsWith("WARC/1.", StringComparison.Ordinal)) return false;
            var headers = ReadHeaders(probe);
            if (!headers.TryGetValue("WARC-Record-ID", out var id) || _seenIds.Contains(id)) return false;
            // A record whose own data are corrupt is the one that failed: skip it.
            try
            {
                if (long.TryParse(headers.GetValueOrDefault("Content-Length"), out var length)) probe.Skip(length);
            }
            catch (InvalidDataException)
            {
                _seenIds.Add(id);
                _corruptId ??= id;
                return false;
            }
            return true;
        }
        catch (Exception ex) when (ex is InvalidDataException or WarcFormatException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_decompressed != file) _decompressed?.Dispose();
        file.Dispose();
    }
}
