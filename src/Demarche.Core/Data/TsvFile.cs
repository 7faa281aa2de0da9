using nietras.SeparatedValues;

namespace Demarche.Core.Data;

/// <summary>
/// A tab-separated table of data/ (read with Sep): one record a line, fields as written between tabs (no quoting: a
/// '"' is part of its field), rows of any length, no header; a line that is empty or starts with '#' is a comment.
/// A missing file has no rows.
/// </summary>
public static class TsvFile
{
    private static readonly SepReaderOptions Options = Sep.New('\t').Reader(o => o with
    {
        HasHeader = false,
        DisableQuotesParsing = true,
        DisableColCountCheck = true,
    });

    public static IEnumerable<string[]> Read(string path)
    {
        foreach (var row in ReadNumbered(path)) yield return row.Fields;
    }

    /// <summary>The rows with the line each stands on (1-based), for messages about a bad row.</summary>
    public static IEnumerable<TsvRow> ReadNumbered(string path)
    {
        if (!File.Exists(path)) yield break;
        using var reader = Options.FromFile(path);
        while (reader.MoveNext())
            if (Fields(reader.Current) is { } row) yield return row;
    }

    private static TsvRow? Fields(SepReader.Row row)
    {
        var line = row.Span;
        if (line.Length == 0 || line[0] == '#') return null;
        var fields = new string[row.ColCount];
        for (int i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
        return new TsvRow(row.LineNumberFrom, fields);
    }
}

/// <summary>One row of a <see cref="TsvFile"/> and the line it stands on.</summary>
public readonly record struct TsvRow(int Line, string[] Fields);
