using System.Buffers;
using System.Text;

namespace Demarche.Core.Text;

/// <summary>
/// Lower-casing that keeps every offset (one char in, one char out). ASCII runs are lowered in vector steps;
/// the rest char by char with the invariant culture's simple case mapping.
/// </summary>
public static class TextCase
{
    public static string ToLower(string text)
    {
        if (text.Length == 0) return text;
        return string.Create(text.Length, text, static (dst, src) =>
        {
            var s = src.AsSpan();
            int done = 0;
            while (done < s.Length)
            {
                var status = Ascii.ToLower(s[done..], dst[done..], out int written);
                done += written;
                if (status == OperationStatus.Done) break;
                dst[done] = char.ToLowerInvariant(s[done]);
                done++;
            }
        });
    }
}
