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

    /// <summary>
    /// The rows of a table whose rows have at least <paramref name="fields"/> fields (<paramref name="layout"/> names
    /// them: "name, code, lat, lon"); a shorter row is an error that names the file and line (<see cref="DataFileError"/>).
    /// </summary>
    public static IEnumerable<string[]> Read(string path, int fields, string layout)
    {
        foreach (var row in ReadNumbered(path))
        {
            if (row.Fields.Length < fields)
                throw DataFileError.At(path, row.Line, row.Fields.Sum(f => f.Length + 1),
                    $"expected {fields} tab-separated fields ({layout}), found {row.Fields.Length}");
            yield return row.Fields;
        }
    }

    /// <summary>A whole number of a row, or an error naming the file, line and field.</summary>
    public static int Int(string path, TsvRow row, int field)
    {
        if (field < row.Fields.Length && int.TryParse(row.Fields[field], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n))
            return n;
        int column = 1 + row.Fields.Take(field).Sum(f => f.Length + 1);
        throw DataFileError.At(path, row.Line, column, $"field {field + 1} must be a whole number, not '{(field < row.Fields.Length ? row.Fields[field] : "")}'");
    }

    /// <summary>The rows with the line each stands on (1-based), for messages about a bad row.</summary>
    public static IEnumerable<TsvRow> ReadNumbered(string path)
    {
        if (!File.Exists(path)) yield break;
        using var reader = Options.FromFile(path);
        bool first = true;
        while (reader.MoveNext())
        {
            // Sep numbers the first row of a file without a header as line 2; it stands on line 1
            if (Fields(reader.Current, first ? 1 : reader.Current.LineNumberFrom) is { } row) yield return row;
            first = false;
        }
    }

    private static TsvRow? Fields(SepReader.Row row, int lineNumber)
    {
        var line = row.Span;
        if (line.Length == 0 || line[0] == '#') return null;
        var fields = new string[row.ColCount];
        for (int i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
        return new TsvRow(lineNumber, fields);
    }
}

/// <summary>One row of a <see cref="TsvFile"/> and the line it stands on.</summary>
public readonly record struct TsvRow(int Line, string[] Fields);
