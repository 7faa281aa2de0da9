using Demarche.Core.Data;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace Demarche.Cleaning;

/// <summary>
/// Composes text to Unicode NFC with a table of canonical pairs (data/cleaning/nfc-compositions.tsv): "e" + U+0301
/// becomes "é", singletons such as U+212B ANGSTROM SIGN become "Å", Hangul jamo join into syllables. Needed because
/// the program runs with invariant globalization, where string.Normalize leaves non-ASCII text as it is.
/// Text without any character that could change is returned as is, after one vectorised scan.
/// </summary>
public sealed class NfcComposer
{
    private const int HangulBase = 0xAC00, JamoL = 0x1100, JamoV = 0x1161, JamoT = 0x11A7, VCount = 21, TCount = 28, LCount = 19;
    private readonly Dictionary<int, char> _pairs = [];
    private readonly Dictionary<char, char> _singletons = [];
    private readonly SearchValues<char> _triggers;

    public NfcComposer(IEnumerable<(int Base, int Mark, int Composed)> pairs, IEnumerable<(int From, int To)> singletons)
    {
        var triggers = new HashSet<char>();
        foreach (var (b, m, c) in pairs)
        {
            _pairs[(b << 16) | m] = (char)c;
            triggers.Add((char)m);
        }
        foreach (var (f, t) in singletons)
        {
            _singletons[(char)f] = (char)t;
            triggers.Add((char)f);
        }
        for (int c = JamoV; c < JamoV + VCount; c++) triggers.Add((char)c);
        for (int c = JamoT + 1; c < JamoT + TCount; c++) triggers.Add((char)c);
        _triggers = SearchValues.Create(triggers.ToArray());
    }

    public static NfcComposer Load(string path)
    {
        var pairs = new List<(int, int, int)>();
        var singletons = new List<(int, int)>();
        foreach (var row in TsvFile.ReadNumbered(path))
        {
            var f = row.Fields;
            if (f.Length != 3) throw DataFileError.At(path, row.Line, 1, $"expected 3 tab-separated fields (code point, combining mark or empty, composed), found {f.Length}");
            int to = Hex(path, row, 2), from = Hex(path, row, 0);
            if (f[1].Length == 0) singletons.Add((from, to));
            else pairs.Add((from, Hex(path, row, 1), to));
        }
        return new NfcComposer(pairs, singletons);
    }

    private static int Hex(string path, TsvRow row, int field) =>
        int.TryParse(row.Fields[field], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var n) ? n
            : throw DataFileError.At(path, row.Line, 1 + row.Fields.Take(field).Sum(x => x.Length + 1), $"'{row.Fields[field]}' is not a hexadecimal code point");

    public string Compose(string text)
    {
        int first = text.AsSpan().IndexOfAny(_triggers);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (_singletons.TryGetValue(c, out var single)) c = single;
            if (sb.Length > 0)
            {
                char last = sb[^1];
                if (_pairs.TryGetValue((last << 16) | c, out var composed)) { sb[^1] = composed; continue; }
                if (last >= JamoL && last < JamoL + LCount && c >= JamoV && c < JamoV + VCount)
                {
                    sb[^1] = (char)(HangulBase + ((last - JamoL) * VCount + (c - JamoV)) * TCount);
                    continue;
                }
                int s = last - HangulBase;
                if (s >= 0 && s < LCount * VCount * TCount && s % TCount == 0 && c > JamoT && c < JamoT + TCount)
                {
                    sb[^1] = (char)(last + (c - JamoT));
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
