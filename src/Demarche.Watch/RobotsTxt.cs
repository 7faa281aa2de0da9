namespace Demarche.Watch;

/// <summary>
/// The rules of one robots.txt file for one user agent (RFC 9309): the group naming the agent (the longest
/// product-token match), else the <c>*</c> group; the longest matching Allow/Disallow path wins, Allow on a tie;
/// <c>*</c> matches any characters and a final <c>$</c> ends the path.
/// </summary>
public sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string, bool)> rules) => _rules = rules;

    public static readonly RobotsTxt AllowAll = new([]);
    public static readonly RobotsTxt DisallowAll = new([("/", false)]);

    public static RobotsTxt Parse(string text, string userAgent)
    {
        var agent = userAgent.Split('/', ' ')[0].ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules)>();
        (List<string> Agents, List<(string, bool)> Rules)? current = null;
        bool lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent || current is null)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }
                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null || key is not ("allow" or "disallow")) continue;
            if (value.Length == 0) continue; // "Disallow:" with nothing allows everything
            current.Value.Rules.Add((value, key == "allow"));
        }
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && agent.StartsWith(a, StringComparison.Ordinal))).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsTxt(mine.SelectMany(g => g.Rules).ToList());
    }

    /// <summary>May the agent fetch this path (with its query)?</summary>
    public bool Allows(string pathAndQuery)
    {
        if (pathAndQuery == "/robots.txt") return true;
        int best = -1;
        bool allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (!Matches(pattern, pathAndQuery)) continue;
            if (pattern.Length > best || pattern.Length == best && isAllow)
            {
                best = pattern.Length;
                allow = isAllow;
            }
        }
        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        bool anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        var parts = pattern.Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal)) return false;
        int at = parts[0].Length;
        for (int i = 1; i < parts.Length; i++)
        {
            if (i == parts.Length - 1 && anchored)
                return path.Length - at >= parts[i].Length && path.EndsWith(parts[i], StringComparison.Ordinal);
            int found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0) return false;
            at = found + parts[i].Length;
        }
        return !anchored || at == path.Length;
    }
}
