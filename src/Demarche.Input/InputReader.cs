using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Demarche.Input.Feeds;
using Demarche.Input.Warc;

namespace Demarche.Input;

/// <summary>
/// Reads the inputs of <c>analyze</c> and <c>ingest</c>: a .txt or .html file, standard input ("-"), a directory
/// of articles, a .jsonl file of documents, an RSS/Atom/RDF/JSON feed (.xml, .rss, .atom, or any file whose
/// content is a feed), a WARC file (.warc, .warc.gz), an http(s) URL of a feed or a page, or any of these files
/// gzip-compressed. Documents are yielded lazily, in order; a bad input yields an <see cref="InputError"/> and
/// reading goes on with the next.
/// </summary>
public sealed class InputReader(InputLimits? limits = null)
{
    private static readonly string[] ArticleExtensions = [".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom", ".warc"];
    private static readonly string[] FeedExtensions = [".xml", ".rss", ".atom"];
    private readonly InputLimits _limits = limits ?? InputLimits.Default;
    private PageFetcher? _http;

    /// <summary>Standard input, read when the path is "-".</summary>
    public Func<Stream> StandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Counts the bytes read from input files, for a progress bar.</summary>
    public InputMeter? Meter { get; init; }

    /// <summary>Downloads URLs given as inputs and, with <see cref="FetchLinkedPages"/>, feed items' pages (default: real HTTP).</summary>
    public PageFetcher? Fetcher { get; init; }

    /// <summary>Download the page a feed item links to when the feed carries only a short summary of it.</summary>
    public bool FetchLinkedPages { get; init; }

    /// <summary>A feed item whose text is shorter than this is a summary (with <see cref="FetchLinkedPages"/>, its page is fetched).</summary>
    public int ShortSummaryChars { get; init; } = 1000;

    private PageFetcher Http => _http ??= Fetcher ?? new PageFetcher(_limits);

    public IEnumerable<InputItem> Read(string path)
    {
        if (path == "-")
            return ReadStream("-", StandardInput(), ".txt", sniff: true);
        if (PageFetcher.IsHttpUrl(path))
            return ReadUrl(path);
        if (Directory.Exists(path))
            return ReadDirectory(path);
        if (!File.Exists(path))
            return [new InputError(path, "no such file or directory")];
        return ReadFile(path, path);
    }

    /// <summary>The files of a directory that <see cref="Read"/> takes as inputs.</summary>
    public static IEnumerable<string> ArticleFiles(string dir) =>
        Directory.EnumerateFiles(dir, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(IsArticleFile);

    private IEnumerable<InputItem> ReadDirectory(string dir)
    {
        var files = ArticleFiles(dir)
            .Select(f => (full: f, rel: Path.GetRelativePath(dir, f).Replace('\\', '/')))
            .OrderBy(f => f.rel, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            yield return new InputError(dir, "the directory holds no articles (.txt, .html, .htm, .jsonl, .xml, .rss, .atom, .warc, or .gz of them)");
            yield break;
        }
        foreach (var (full, rel) in files)
            foreach (var item in ReadFile(full, rel))
                yield return item;
    }

    public static bool IsArticleFile(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return ArticleExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private IEnumerable<InputItem> ReadFile(string fullPath, string source)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new InputError(source, "cannot read the file: " + ex.Message)];
        }
        if (Meter is not null) stream = new MeteredStream(stream, Meter);
        if (IsWarcFile(fullPath))
            return new WarcReader(source, stream, gzip: HasGzipMagic(stream), _limits).Read();
        var name = fullPath;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
            if (!HasGzipMagic(stream))
            {
                stream.Dispose();
                return [new InputError(source, "not a valid gzip file")];
            }
            stream = new StrictGzipStream(stream);
        }
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ReadStream(source, stream, ext, sniff: ext is not (".html" or ".htm" or ".jsonl"));
    }

    private static bool IsWarcFile(string path) =>
        path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    private static bool HasGzipMagic(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private IEnumerable<InputItem> ReadStream(string source, Stream stream, string ext, bool sniff)
    {
        if (ext == ".jsonl")
            return ReadJsonLines(source, stream);
        bool feedExtension = FeedExtensions.Contains(ext);
        long maxBytes = feedExtension || sniff ? Math.Max(_limits.MaxFeedBytes, _limits.MaxDocumentBytes) : _limits.MaxDocumentBytes;
        var bytes = ReadAll(stream, maxBytes, feedExtension ? $"the feed is larger than {maxBytes / (1024 * 1024)} MB" : TooLarge(), out var error);
        if (bytes is null)
            return [new InputError(source, error!)];
        var text = ContentDecoder.Decode(bytes, out error);
        if (text is null)
            return [new InputError(source, error!)];
        if (feedExtension || sniff && FeedSniffer.LooksLikeFeed(text))
            return ReadFeed(source, text);
        if (bytes.Length > _limits.MaxDocumentBytes)
            return [new InputError(source, TooLarge())];
        var format = ext is ".html" or ".htm" || sniff && ContentDecoder.LooksLikeHtml(text) ? ContentFormat.Html : ContentFormat.Text;
        return [new RawDocument { Source = source, Content = text, Format = format }];
    }

    private IEnumerable<InputItem> ReadUrl(string url)
    {
        var page = Http.Fetch(url, Math.Max(_limits.MaxFeedBytes, _limits.MaxDocumentBytes));
        if (page.Error is not null)
        {
            yield return new InputError(url, page.Error);
            yield break;
        }
        var text = ContentDecoder.Decode(page.Body, page.Charset, out var error);
        if (text is null)
        {
            yield return new InputError(url, error!);
            yield break;
        }
        if (page.IsFeedType || FeedSniffer.LooksLikeFeed(text))
        {
            foreach (var item in ReadFeed(url, text))
                yield return item;
            yield break;
        }
        if (page.Body!.Length > _limits.MaxDocumentBytes)
        {
            yield return new InputError(url, TooLarge());
            yield break;
        }
        bool plain = page.MediaType is "text/plain" && !ContentDecoder.LooksLikeHtml(text);
        yield return new RawDocument { Source = url, Url = page.Url, Content = text, Format = plain ? ContentFormat.Text : ContentFormat.Html };
    }

    /// <summary>One document per feed item: its content, or with <see cref="FetchLinkedPages"/> the page it links to when the feed has only a summary.</summary>
    private IEnumerable<InputItem> ReadFeed(string source, string text)
    {
        IReadOnlyList<FeedEntry> entries;
        try
        {
            entries = FeedEntries.Parse(text, PageFetcher.IsHttpUrl(source) ? new Uri(source) : null);
        }
        catch (FormatException ex)
        {
            return [new InputError(source, ex.Message)];
        }
        if (entries.Count == 0)
            return [new InputError(source, "the feed holds no items")];
        return entries.SelectMany((entry, i) => ReadFeedItem(source + "#" + (entry.Id ?? (i + 1).ToString(CultureInfo.InvariantCulture)), entry));
    }

    /// <summary>
    /// One feed item as documents: its content, or with <see cref="FetchLinkedPages"/> the page it links to when the feed
    /// has only a summary (a failed download is an error, then the summary). Used by <c>watch</c> for the items it has not stored yet.
    /// </summary>
    public IEnumerable<InputItem> ReadFeedItem(string source, FeedEntry entry)
    {
        if (FetchLinkedPages && entry.Link is { } link && PageFetcher.IsHttpUrl(link) && entry.TextLength < ShortSummaryChars)
        {
            var page = Http.Fetch(link, _limits.MaxDocumentBytes);
            string? error = page.Error;
            var html = error is null ? ContentDecoder.Decode(page.Body, page.Charset, out error) : null;
            if (html is not null)
            {
                yield return new RawDocument
                {
                    Source = source, Url = page.Url, Title = entry.Title, Published = entry.Published,
                    Content = html, Format = ContentFormat.Html,
                };
                yield break;
            }
            yield return new InputError(source, $"cannot fetch {link}: {error}" + (entry.Content.Length > 0 ? "; the feed's summary is used instead" : ""));
        }
        if (entry.Content.Length == 0)
        {
            if (!FetchLinkedPages)
                yield return new InputError(source, "the feed item has no content (--fetch downloads the page it links to)");
            yield break;
        }
        yield return new RawDocument
        {
            Source = source, Url = entry.Link, Title = entry.Title, Published = entry.Published,
            Content = entry.Content, Format = entry.IsHtml ? ContentFormat.Html : ContentFormat.Text,
        };
    }

    private string TooLarge() => $"the document is larger than {_limits.MaxDocumentBytes / (1024 * 1024)} MB; split it or raise the limit";

    private byte[]? ReadAll(Stream stream, long maxBytes, string tooLarge, out string? error)
    {
        error = null;
        using (stream)
        {
            try
            {
                var bytes = BoundedRead.ReadAtMost(stream, maxBytes);
                if (bytes is null) error = tooLarge;
                return bytes;
            }
            catch (InvalidDataException)
            {
                error = "not a valid gzip file";
                return null;
            }
            catch (IOException ex)
            {
                error = "cannot read: " + ex.Message;
                return null;
            }
        }
    }

    private IEnumerable<InputItem> ReadJsonLines(string source, Stream stream)
    {
        using var reader = new StreamReader(stream, new System.Text.UTF8Encoding(false, true));
        int lineNo = 0;
        while (true)
        {
            string? line;
            InputItem? failure = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or System.Text.DecoderFallbackException)
            {
                line = null;
                failure = new InputError($"{source}:{lineNo + 1}", ex is System.Text.DecoderFallbackException ? "invalid UTF-8" : "cannot read: " + ex.Message);
            }
            if (failure is { } f)
            {
                yield return f;
                yield break;
            }
            if (line is null) yield break;
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseJsonLine(source, lineNo, line);
        }
    }

    private InputItem ParseJsonLine(string source, int lineNo, string line)
    {
        var where = $"{source}:{lineNo}";
        if (line.Length * 2L > _limits.MaxDocumentBytes * 2)
            return new InputError(where, $"the document is larger than {_limits.MaxDocumentBytes / (1024 * 1024)} MB");
        try
        {
            using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new InputError(where, "a .jsonl line must be a JSON object");
            string? Str(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var id = Str("id") ?? (root.TryGetProperty("id", out var idv) && idv.ValueKind == JsonValueKind.Number ? idv.GetRawText() : null);
            var html = Str("html");
            var text = Str("text");
            if (html is null && text is null)
                return new InputError(id ?? where, "the line has neither \"text\" nor \"html\"");
            DateOnly? published = null;
            var p = Str("published");
            if (!string.IsNullOrEmpty(p))
            {
                if (DateOnly.TryParseExact(p.Length >= 10 ? p[..10] : p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    published = d;
            }
            return new RawDocument
            {
                Source = id ?? where,
                Id = id,
                Url = Str("url"),
                Title = Str("title"),
                Published = published,
                Content = html ?? text!,
                Format = html is not null ? ContentFormat.Html : ContentFormat.Text,
            };
        }
        catch (JsonException ex)
        {
            return new InputError(where, "invalid JSON: " + ex.Message.Split('.')[0]);
        }
    }
}
