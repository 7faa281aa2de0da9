namespace Demarche.Tests;

/// <summary>Reads a tab-separated file of test cases copied beside the tests: one case a line, '#' comments.</summary>
public static class TsvCases
{
    /// <summary>Each case as [line number, column 0 … column N-1]; missing columns are empty.</summary>
    public static IEnumerable<object[]> Load(string fileName, int columns)
    {
        int line = 0;
        foreach (var raw in File.ReadLines(Path.Combine(AppContext.BaseDirectory, fileName)))
        {
            line++;
            if (raw.Length == 0 || raw.StartsWith('#')) continue;
            var cols = raw.Split('\t');
            var row = new object[columns + 1];
            row[0] = line;
            for (int i = 0; i < columns; i++) row[i + 1] = i < cols.Length ? cols[i] : "";
            yield return row;
        }
    }
}
