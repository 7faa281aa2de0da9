namespace Demarche.Core.Data;

/// <summary>
/// A tab-separated table of data/: one record a line (a line ends at "\n", "\r\n" or "\r"), fields as written between tabs (no quoting: a
/// '"' is part of its field), rows of any length, no header; a line that is empty or starts with '#' is a comment.
/// A missing file has no rows.
/// </summary>
public static class TsvFile
{
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
    /// <remarks>Read line by line and split at tabs (once read with the Sep library, whose vectorised parsers were
    /// compiled at every start for the few small tables read then).</remarks>
    public static IEnumerable<TsvRow> ReadNumbered(string path)
    {
        if (!File.Exists(path)) yield break;
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            yield return new TsvRow(line, text.Split('\t'));
        }
    }
}

/// <summary>One row of a <see cref="TsvFile"/> and the line it stands on.</summary>
public readonly record struct TsvRow(int Line, string[] Fields);
