namespace Demarche.Input;

/// <summary>Reads a stream to its end, but never more than a limit: a bomb (a tiny gzip of gigabytes) stops early.</summary>
internal static class BoundedRead
{
    private const int Chunk = 81920;

    /// <summary>The stream's bytes, or null when they would pass <paramref name="maxBytes"/>. Decoders' errors pass through.</summary>
    public static byte[]? ReadAtMost(Stream stream, long maxBytes)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[Chunk];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > maxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <inheritdoc cref="ReadAtMost"/>
    public static async Task<byte[]?> ReadAtMostAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[Chunk];
        int n;
        while ((n = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > maxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }
}
