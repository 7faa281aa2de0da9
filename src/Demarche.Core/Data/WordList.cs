using Demarche.Core.Text;

namespace Demarche.Core.Data;

/// <summary>A word list of data/: one entry a line, '#' starts a comment line, blank lines skipped; a missing file is an empty list.</summary>
public static class WordList
{
    public static IEnumerable<string> Read(string path) =>
        File.Exists(path) ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#') : [];

    /// <summary>The list at a path under data/ ("actors", "words", "lead-verbs.txt") as a set, for a static field that reads it once.</summary>
    public static WordSet Set(params string[] pathUnderData) => new(Read(DataDirectory.File(pathUnderData)));
}
