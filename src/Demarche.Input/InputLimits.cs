namespace Demarche.Input;

public sealed record InputLimits
{
    /// <summary>Largest document accepted, in bytes after decompression.</summary>
    public long MaxDocumentBytes { get; init; } = 10L * 1024 * 1024;

    public static InputLimits Default { get; } = new();
}
