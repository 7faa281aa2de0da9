using System.Globalization;

namespace Demarche.Input;

/// <summary>
/// The one set of size and time limits every reader applies while it reads (never after buffering): files,
/// decompressed streams, .jsonl lines, feeds and their items, downloaded pages and WARC records.
/// </summary>
public sealed record InputLimits
{
    /// <summary>Largest document accepted, in bytes after decompression (a file, a .jsonl text, a feed item, a page, a WARC record's body).</summary>
    public long MaxDocumentBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Largest feed file (RSS, Atom, JSON Feed) accepted, in bytes after decompression.</summary>
    public long MaxFeedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest .jsonl line read: a document's text with JSON escapes and the other fields (default: twice <see cref="MaxDocumentBytes"/>).</summary>
    public long MaxJsonLineBytes
    {
        get => _maxJsonLineBytes ?? 2 * MaxDocumentBytes;
        init => _maxJsonLineBytes = value;
    }

    private readonly long? _maxJsonLineBytes;

    /// <summary>How long one HTTP download may take, headers, redirects and body together.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public static InputLimits Default { get; } = new();

    /// <summary>"10 MB", "512 KB" or "900 bytes", for messages.</summary>
    public static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB"
        : bytes >= 1024 ? (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
