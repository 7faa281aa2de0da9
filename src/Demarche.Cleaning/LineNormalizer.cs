using System.Buffers;
using System.Text;
using Demarche.Core.Model;

namespace Demarche.Cleaning;

/// <summary>A change inside one line; offsets point into the normalised line.</summary>
public readonly record struct LineRepair(int Start, int End, string Kind, string Before, string After);

/// <summary>
/// Normalises the characters of one line: odd spaces (no-break, thin, ideographic, tab) become a plain space,
/// invisible characters (zero-width space, BOM, soft hyphen, control characters) go, runs of spaces collapse
/// to one, the line is trimmed, and UTF-8 text mis-read as Windows-1252 ("â€™") is repaired. Quotes and
/// apostrophes are kept as written.
/// </summary>
public static class LineNormalizer
{
    // Characters that need a look: spaces other than ' ', invisible characters and the lead characters of mojibake.
    private static readonly SearchValues<char> Attention = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u00A0\u00AD\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B" +
        "\u202F\u205F\u2060\u3000\uFEFF" + Mojibake.LeadCharacters);

    /// <summary>Whether a line is normal already (<see cref="Normalize"/> returns it unchanged, without repairs).</summary>
    public static bool IsNormal(ReadOnlySpan<char> raw) =>
        raw.IndexOfAny(Attention) < 0 && raw.IndexOf("  ") < 0 && (raw.Length == 0 || (raw[0] != ' ' && raw[^1] != ' '));

    /// <summary>Returns the normalised line and adds its repairs (line offsets) to <paramref name="repairs"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> raw, StringBuilder buffer, List<LineRepair> repairs)
    {
        if (IsNormal(raw)) return raw.ToString();

        buffer.Clear();
        int i = 0;
        while (i < raw.Length)
        {
            char c = raw[i];
            if (IsSpace(c) || IsInvisible(c))
            {
                int j = i;
                bool anySpace = false;
                while (j < raw.Length && (IsSpace(raw[j]) || IsInvisible(raw[j])))
                {
                    anySpace |= IsSpace(raw[j]);
                    j++;
                }
                string emit = anySpace && buffer.Length > 0 && j < raw.Length ? " " : "";
                var before = raw[i..j];
                if (!before.SequenceEqual(emit))
                    repairs.Add(new LineRepair(buffer.Length, buffer.Length + emit.Length, RepairKind.Whitespace, before.ToString(), emit));
                buffer.Append(emit);
                i = j;
                continue;
            }
            if (Mojibake.IsLead(c) && Mojibake.TryDecode(raw, i, out var decoded, out int used))
            {
                if (decoded.Length == 1 && (IsSpace(decoded[0]) || IsInvisible(decoded[0])))
                    decoded = IsSpace(decoded[0]) && buffer.Length > 0 && i + used < raw.Length && buffer[^1] != ' ' ? " " : "";
                repairs.Add(new LineRepair(buffer.Length, buffer.Length + decoded.Length, RepairKind.Encoding, raw.Slice(i, used).ToString(), decoded));
                buffer.Append(decoded);
                i += used;
                continue;
            }
            buffer.Append(c);
            i++;
        }
        return buffer.ToString();
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u1680' or '\u202F' or '\u205F' or '\u3000'
        || (c >= '\u2000' && c <= '\u200A');

    /// <summary>Characters removed outright: zero-width space, word joiner, BOM, soft hyphen, controls.</summary>
    public static bool IsInvisible(char c) => c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E'
        || (c < ' ' && c != '\t') || (c >= '\u007F' && c <= '\u009F' && c != '\u0085');
}
