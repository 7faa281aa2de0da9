using System.Text.RegularExpressions;
using Demarche.Core.Data;

namespace Demarche.Html;

/// <summary>Named regular expressions of a data file (name, tab, ignore-case or case-sensitive, tab, pattern).</summary>
internal sealed class PatternTable
{
    private readonly Dictionary<string, Regex> _patterns;
    private readonly string _path;

    private PatternTable(Dictionary<string, Regex> patterns, string path)
    {
        _patterns = patterns;
        _path = path;
    }

    public static PatternTable Load(string path)
    {
        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var (line, cols) in TsvFile.ReadNumbered(path))
        {
            if (cols.Length < 3) throw DataFileError.At(path, line, 1, "expected 3 tab-separated fields (name, ignore-case|case-sensitive, pattern)");
            var options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
            if (cols[1] == "ignore-case") options |= RegexOptions.IgnoreCase;
            else if (cols[1] != "case-sensitive")
                throw DataFileError.At(path, line, cols[0].Length + 2, $"the case must be 'ignore-case' or 'case-sensitive', not '{cols[1]}'");
            try { patterns[cols[0]] = new Regex(cols[2], options); }
            catch (ArgumentException e)
            {
                throw DataFileError.At(path, line, cols[0].Length + cols[1].Length + 3, $"not a regular expression: {e.Message}", e);
            }
        }
        return new PatternTable(patterns, path);
    }

    /// <summary>The pattern of that name; a clear error when the file lacks it.</summary>
    public Regex Get(string name) =>
        _patterns.TryGetValue(name, out var regex) ? regex : throw new InvalidDataException($"{_path}: no pattern named '{name}'");
}
