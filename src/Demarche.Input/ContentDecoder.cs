using System.Text;
using System.Text.RegularExpressions;

namespace Demarche.Input;

/// <summary>Turns bytes into text: rejects binary data, honours a byte-order mark or an HTML charset, else strict UTF-8.</summary>
public static partial class ContentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ContentDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Returns the text, or null with a reason.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error) => Decode(bytes, null, out error);

    /// <summary>
    /// Returns the text, or null with a reason. <paramref name="headerCharset"/> is the charset an HTTP header
    /// declared; like a page's own declaration it is used only when the bytes are not valid UTF-8, since
    /// servers often declare a charset the page does not use.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? headerCharset, out string? error)
    {
        error = null;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            bytes = bytes[3..];
        else if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
            return (bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(bytes[2..]);

        if (LooksBinary(bytes))
        {
            error = "binary data, not text or HTML";
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var declared = DeclaredCharset(bytes);
            foreach (var charset in new[] { headerCharset, declared })
            {
                if (charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                    continue;
                try { return Encoding.GetEncoding(charset).GetString(bytes); }
                catch (ArgumentException) { }
            }
            declared ??= headerCharset;
            error = $"invalid UTF-8 at byte {ex.Index}" + (declared is null ? "" : $" (the page declares {declared})");
            return null;
        }
    }

    /// <summary>Binary when the first 8 KB hold a NUL byte or mostly control characters.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.IndexOf((byte)0) >= 0) return true;
        int control = 0;
        foreach (var b in head)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) control++;
        return head.Length > 0 && control * 10 > head.Length;
    }

    private static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = CharsetPattern().Match(head);
        if (m.Success) return m.Groups[1].Value;
        m = XmlEncodingPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    /// <summary>The encoding of an XML declaration (feeds).</summary>
    [GeneratedRegex("""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncodingPattern();

    /// <summary>HTML when the text starts (after whitespace and comments) with a tag that only HTML has.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)) return true;
        if (head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)) return true;
        if (head.StartsWith("<!--") || head.StartsWith("<?xml")) return head.Contains("<html", StringComparison.OrdinalIgnoreCase);
        return head.StartsWith("<") && (head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<head", StringComparison.OrdinalIgnoreCase));
    }
}
