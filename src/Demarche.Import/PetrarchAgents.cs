using System.Text.RegularExpressions;

namespace Demarche.Import;

/// <summary>
/// Converts a PETRARCH/Phoenix agents dictionary (PHRASE {plural} [~CODE]) into Demarche's roles: sector-words: the
/// phrase (and its plural) becomes a word that makes a state's mention that sector ("Kenyan farmers" → KENAGR) when
/// the code's sector is one Demarche's roles.yaml defines. Substitution sets (!PERSON! = MAN, MEN, …) are expanded.
/// Codes written before the ~ (NGO~, organisation types) have no Demarche equivalent and are reported.
/// </summary>
public sealed partial class PetrarchAgents(ISet<string> sectors, ImportReport report)
{
    private readonly SortedDictionary<string, SortedSet<string>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _substitutions = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^(?<phrase>[^\[{]+?)\s*(?:\{(?<plural>[^}]*)\})?\s*\[(?<code>[^\]}]+)[\]}]")]
    private static partial Regex Entry();

    [GeneratedRegex(@"^!(?<name>[A-Z]+)!\s*=\s*(?<list>.+)$")]
    private static partial Regex Substitution();

    public void Read(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = PetrarchText.WithoutComment(raw).Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            if (Substitution().Match(line) is { Success: true } s)
            {
                _substitutions["!" + s.Groups["name"].Value + "!"] = s.Groups["list"].Value.Split(',').Select(x => x.Trim()).Where(x => x.Length > 0).ToList();
                continue;
            }
            var m = Entry().Match(line);
            report.Converted("agent entries read");
            if (!m.Success) { report.Skipped("agent line not in PHRASE {plural} [~CODE] form", line); continue; }
            var code = m.Groups["code"].Value.Trim();
            if (!code.StartsWith('~')) { report.Skipped("agent code written before ~ (an organisation type such as NGO~)", line); continue; }
            var sector = code.Length >= 4 ? code.Substring(1, 3) : code[1..];
            if (!sectors.Contains(sector)) { report.Skipped("agent sector not defined in data/actors/roles.yaml", sector + " " + m.Groups["phrase"].Value); continue; }
            foreach (var phrase in Substitute(m.Groups["phrase"].Value.Trim()))
            {
                var singular = PetrarchText.Words(phrase.TrimEnd('_'));
                Add(sector, singular);
                if (!m.Groups["plural"].Success && !phrase.EndsWith('_') && !phrase.Contains('!')) Add(sector, Plural(singular));
                else if (m.Groups["plural"].Success)
                    foreach (var p in m.Groups["plural"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Add(sector, PetrarchText.Words(p));
            }
            report.Converted("agent entries converted");
        }
    }

    private IEnumerable<string> Substitute(string phrase)
    {
        foreach (var (marker, options) in _substitutions)
            if (phrase.Contains(marker, StringComparison.Ordinal))
                return options.SelectMany(o => Substitute(phrase.Replace(marker, o, StringComparison.Ordinal)));
        return [phrase];
    }

    private static string Plural(string w) =>
        w.EndsWith("ss", StringComparison.Ordinal) ? w + "es" : w.EndsWith('y') && w.Length > 1 && !"aeiou".Contains(w[^2]) ? w[..^1] + "ies" : w + "s";

    private void Add(string sector, string words)
    {
        if (words.Length == 0) return;
        if (!_words.TryGetValue(sector, out var set)) _words[sector] = set = new SortedSet<string>(StringComparer.Ordinal);
        if (set.Add(words)) report.Converted("sector words");
    }

    public Dictionary<string, object> ToYaml() => new()
    {
        ["roles"] = new Dictionary<string, object> { ["sector-words"] = _words.ToDictionary(kv => kv.Key, kv => (object)kv.Value.ToList()) },
    };
}
