using Demarche.Core.Model;
using Demarche.Tests;

namespace Demarche.Pipeline.Tests;

/// <summary>What the whole-pipeline case tables share: their lines (tab-separated, '#' comments) and the scorers' way of
/// matching an actor (id, code, country or affiliation; "*" any, "-" none).</summary>
internal static class CaseTables
{
    /// <summary>Each line that is not empty nor a comment, with its number and its tab-separated columns.</summary>
    public static List<(int Line, string[] Columns)> Read(string relativePath)
    {
        var rows = new List<(int, string[])>();
        int line = 0;
        foreach (var raw in File.ReadLines(Path.Combine(SharedFolder.RepoRoot, relativePath)))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            rows.Add((line, raw.Split('\t')));
        }
        return rows;
    }

    public static bool Fits(string want, string? id, Dictionary<string, Actor> actors)
    {
        if (want == "*") return true;
        if (want == "-") return id is null;
        if (id is null) return false;
        if (id == want) return true;
        return actors.TryGetValue(id, out var a) && (a.Code == want || a.Country == want || a.Affiliation == want);
    }
}
