using System.Globalization;
using System.IO.Compression;
using System.Text;
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

    /// <summary>Let links found in documents (feed items, redirects) lead to loopback, private and link-local addresses.</summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>A feed item whose text is shorter than this is a summary (with <see cref="FetchLinkedPages"/>, its page is fetched).</summary>
    public int ShortSummaryChars { get; init; } = 1000;

    private PageFetcher Http => _http ??= Fetcher ?? new PageFetcher(_limits, policy: new Network.AddressPolicy(AllowPrivateAddresses));

    /// <summary>
    /// The documents of one input, each a document or an error. Never throws: a failure no reader foresaw ends
    /// this input with one error, and the caller goes on with the next input.
    /// </summary>
    public IEnumerable<InputItem> Read(string path)
    {
        IEnumerator<InputItem>? items = null;
        try
        {
            while (true)
            {
                InputItem item;
                bool failed = false;
                try
                {
                    items ??= ReadUnguarded(path).GetEnumerator();
                    if (!items.MoveNext()) yield break;
                    item = items.Current;
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    item = new InputError(path, $"cannot read ({ex.GetType().Name}: {ex.Message})");
                    failed = true;
                }
                yield return item;
                if (failed) yield break;
            }
        }
        finally
        {
            items?.Dispose();
        }
    }

    private IEnumerable<InputItem> ReadUnguarded(string path)
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

    /// <summary>The regular files of a directory that <see cref="Read"/> takes as inputs (symbolic links to directories not followed).</summary>
    public static IEnumerable<string> ArticleFiles(string dir) =>
        DirectoryWalker.Walk(dir, IsArticleFile).Where(f => f.Skipped is null).Select(f => f.FullPath);

    private IEnumerable<InputItem> ReadDirectory(string dir)
    {
        var files = DirectoryWalker.Walk(dir, IsArticleFile);
        if (files.Count == 0)
        {
            yield return new InputError(dir, "the directory holds no articles (.txt, .html, .htm, .jsonl, .xml, .rss, .atom, .warc, or .gz of them)");
            yield break;
        }
        foreach (var file in files)
        {
            if (file.Skipped is { } why)
            {
                yield return new InputError(file.RelativePath, why);
                continue;
            }
            foreach (var item in ReadFile(file.FullPath, file.RelativePath))
                yield return item;
        }
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
        bool gzip = HasGzipMagic(ref stream);
        if (IsWarcFile(fullPath))
            return new WarcReader(source, stream, gzip, _limits).Read();
        var name = fullPath;
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
            if (!gzip)
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

    /// <summary>Whether the stream starts with gzip's magic bytes; a stream that cannot seek back (a pipe) is replaced by one that gives them again.</summary>
    private static bool HasGzipMagic(ref Stream stream)
    {
        if (!stream.CanSeek)
        {
            stream = PeekedStream.Peek(stream, 2, out var head);
            return head is [0x1F, 0x8B];
        }
        Span<byte> magic = stackalloc byte[2];
        int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    private IEnumerable<InputItem> ReadStream(string source, Stream stream, string ext, bool sniff)
    {
        if (ext == ".jsonl")
            return new JsonLinesReader(source, _limits).Read(stream);
        bool feedExtension = FeedExtensions.Contains(ext);
        long maxBytes = feedExtension || sniff ? Math.Max(_limits.MaxFeedBytes, _limits.MaxDocumentBytes) : _limits.MaxDocumentBytes;
        var bytes = ReadAll(stream, maxBytes, feedExtension ? $"the feed is larger than {InputLimits.Megabytes(maxBytes)}" : TooLarge(), out var error);
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
        // a page declared as HTML or plain text stops at the document limit; a feed (or an unknown type) may be larger
        var page = Http.Fetch(url, type => type is "text/html" or "application/xhtml+xml" or "text/plain"
            ? _limits.MaxDocumentBytes : Math.Max(_limits.MaxFeedBytes, _limits.MaxDocumentBytes), LinkOrigin.User);
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
            var page = Http.Fetch(link, _limits.MaxDocumentBytes, LinkOrigin.Content);
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
        if (Encoding.UTF8.GetByteCount(entry.Content) > _limits.MaxDocumentBytes)
        {
            yield return new InputError(source, $"the feed item is larger than {InputLimits.Megabytes(_limits.MaxDocumentBytes)}");
            yield break;
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

    private string TooLarge() => $"the document is larger than {InputLimits.Megabytes(_limits.MaxDocumentBytes)}; split it or raise the limit";

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
            catch (InvalidDataException ex)
            {
                error = ex.Message.Contains("gzip", StringComparison.Ordinal) ? ex.Message : "not a valid gzip file";
                return null;
            }
            catch (IOException ex)
            {
                error = "cannot read: " + ex.Message;
                return null;
            }
        }
    }
}
