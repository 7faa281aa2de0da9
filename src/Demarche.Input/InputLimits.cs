namespace Demarche.Input;

public sealed record InputLimits
{
    /// <summary>Largest document accepted, in bytes after decompression.</summary>
    public long MaxDocumentBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Largest feed file (RSS, Atom, JSON Feed) accepted, in bytes after decompression.</summary>
    public long MaxFeedBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How long one HTTP download may take, headers and body together.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public static InputLimits Default { get; } = new();
}
