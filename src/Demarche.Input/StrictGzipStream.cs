using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.GZip;

namespace Demarche.Input;

/// <summary>
/// A gzip decompressing stream that reads strictly (SharpZipLib): a truncated file, a CRC-32 or length that does
/// not match the data, or a corrupt member is an <see cref="InvalidDataException"/>, never a silent early end
/// as with <see cref="System.IO.Compression.GZipStream"/>. Concatenated members are read one after another.
/// Needs no seeking, so pipes work.
/// </summary>
internal sealed class StrictGzipStream(Stream compressed) : ReadOnlyStream
{
    private readonly GZipInputStream _inner = new(compressed) { IsStreamOwner = true };

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return _inner.Read(buffer, offset, count);
        }
        catch (SharpZipBaseException ex)
        {
            throw new InvalidDataException(Describe(ex), ex);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("the gzip file is truncated", ex);
        }
    }

    private static string Describe(SharpZipBaseException ex) =>
        ex.Message.Contains("crc", StringComparison.OrdinalIgnoreCase) ? "the gzip data do not match their checksum"
        : ex.Message.Contains("EOF", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("EOS", StringComparison.OrdinalIgnoreCase) ? "the gzip file is truncated"
        : "the gzip data are corrupt (" + ex.Message.TrimEnd('.') + ")";

    protected override void Dispose(bool disposing)
    {
        if (disposing) _inner.Dispose();
        base.Dispose(disposing);
    }
}
