using System.Text;
using System.Text.RegularExpressions;

namespace Demarche.Import;

/// <summary>
/// Converts a PETRARCH2 verb dictionary (CAMEO.2.0.txt: synonym sets, verb blocks, patterns) into Demarche event
/// entries. A block's verbs with a code become single-verb entries; each pattern becomes one entry per verb of its
/// block: the verb, then the pattern's words after the verb (phrases and prepositional phrases flattened, synonym
/// sets expanded), the receiver where the pattern's + stands (right after the verb: the object; after a
/// preposition: prep:that preposition). What Demarche's entries cannot say is reported, not guessed: words before
/// the verb, a source after the verb ($), compound actors (%), null codes, codes outside CAMEO.
/// </summary>
public sealed partial class PetrarchVerbs(ISet<string> knownCodes, ImportReport report)
{
    /// <summary>At most this many entries from one pattern's synonym-set expansion.</summary>
    public const int MaxExpansion = 24;

    private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventEntryYaml> _entries = new(StringComparer.Ordinal);

    [GeneratedRegex(@"^---\s+(?<name>.+?)\s+\[(?<code>[^\]]*)\]")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"\[(?<code>[0-9-]{0,4}(?::[0-9-]{2,4})?)\]")]
    private static partial Regex CodeInBrackets();

    public IReadOnlyCollection<EventEntryYaml> Entries => _entries.Values;

    public void Read(IEnumerable<string> lines)
    {
        string? synset = null;
        bool inPatterns = false;
        string blockCode = "---";
        var verbs = new List<(string Words, string Code)>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal)) { inPatterns = true; synset = null; continue; }
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!inPatterns)
            {
                if (line.StartsWith('&')) { synset = line.Trim(); _synsets[synset] = []; }
                else if (synset is not null && line.StartsWith('+')) _synsets[synset].Add(PetrarchText.Words(PetrarchText.WithoutComment(line)[1..].Trim().TrimEnd('_')));
                continue;
            }
            if (BlockHeader().Match(line) is { Success: true } header)
            {
                blockCode = header.Groups["code"].Value.Trim();
                verbs.Clear();
                continue;
            }
            if (line.StartsWith('-')) { Pattern(line, verbs); continue; }
            Verb(line, blockCode, verbs);
        }
        report.Converted("synonym sets read", _synsets.Count);
    }

    private void Verb(string line, string blockCode, List<(string, string)> verbs)
    {
        var text = PetrarchText.WithoutComment(line);
        var code = CodeInBrackets().Match(text) is { Success: true } m ? m.Groups["code"].Value : blockCode;
        var phrase = text.Split('{', '[')[0].Trim();
        if (phrase.Length == 0) return;
        if (phrase.Contains('+') && !phrase.StartsWith('+'))
        {
            report.Skipped("verb after other words (PETRARCH pre-compound such as WIRE_+TAP; Demarche entries start with the verb)", phrase);
            return;
        }
        var words = PetrarchText.Words(phrase.TrimStart('+'));
        verbs.Add((words, code));
        report.Converted("verbs read");
        if (code is "---" or "") { report.Skipped("verb with the null code --- (no event on its own)", phrase); return; }
        Add(words, code, "object", 2, "PETRARCH verb " + phrase);
    }

    private void Pattern(string line, List<(string Words, string Code)> verbs)
    {
        var text = PetrarchText.WithoutComment(line)[1..];
        var codeMatch = CodeInBrackets().Match(text);
        report.Converted("patterns read");
        if (!codeMatch.Success) { report.Skipped("pattern without a [code]", line); return; }
        // [042:043] codes the pattern and its reverse; [:173] only the reverse: the first code given is used
        var code = codeMatch.Groups["code"].Value.Split(':').FirstOrDefault(c => c.Length > 0) ?? "";
        if (code.Length == 0 || code.StartsWith('-')) { report.Skipped("pattern with the null code --- (PETRARCH's way to stop a wrong reading)", line); return; }
        var body = text[..codeMatch.Index];
        int star = body.IndexOf('*');
        if (star < 0) { report.Skipped("pattern without the verb marker *", line); return; }
        var before = body[..star].Replace("$", "").Trim();
        if (before.Length > 0) { report.Skipped(before.Contains('+') ? "receiver before the verb (+ *)" : "words before the verb (PETRARCH pre-verb nouns)", line); return; }
        var after = body[(star + 1)..];
        if (after.Contains('%')) { report.Skipped("compound actor marker %", line); return; }
        if (after.Contains('$')) { report.Skipped("source after the verb ($ after *)", line); return; }
        if (!TryPost(after, out var parts, out var target, out var why)) { report.Skipped(why!, line); return; }
        if (verbs.Count == 0) { report.Skipped("pattern outside a verb block", line); return; }
        var expansions = Expand(parts);
        if (expansions is null) { report.Skipped($"synonym sets expand to more than {MaxExpansion} entries", line); return; }
        int gap = parts.Count > 1 ? 3 : 2;
        foreach (var (verb, _) in verbs)
            foreach (var words in expansions)
                Add((verb + " " + words).Trim(), code, target, gap, "PETRARCH pattern " + body.Trim());
        report.Converted("patterns converted");
    }

    /// <summary>The pattern's words after the verb as parts (a word or a synonym set), and where the receiver is.</summary>
    private bool TryPost(string after, out List<string> parts, out string target, out string? why)
    {
        parts = [];
        target = "object";
        why = null;
        string? lastPreposition = null;
        bool inParens = false, first = true;
        var tokens = after.Replace("(", " ( ").Replace(")", " ) ").Replace("{", " ").Replace("}", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            switch (t)
            {
                case "(": inParens = true; lastPreposition = null; continue;
                case ")": inParens = false; continue;
                case "^": first = false; continue; // PETRARCH: skip a noun phrase here
                case "+":
                    target = first ? "object" : lastPreposition is not null ? "prep:" + lastPreposition : "next";
                    first = false;
                    continue;
            }
            if (t.StartsWith('&'))
            {
                if (!_synsets.ContainsKey(t)) { why = "synonym set not defined before use (PETRARCH ignores such patterns too)"; return false; }
                parts.Add(t);
            }
            else
            {
                var w = PetrarchText.Words(t.TrimEnd('_'));
                if (inParens && lastPreposition is null) lastPreposition = w;
                parts.Add(w);
            }
            first = false;
        }
        return true;
    }

    /// <summary>Every word sequence the parts stand for (synonym sets expanded), or null when there are too many.</summary>
    private List<string>? Expand(List<string> parts)
    {
        var result = new List<string> { "" };
        foreach (var p in parts)
        {
            var options = p.StartsWith('&') ? _synsets[p] : [p];
            if ((long)result.Count * options.Count > MaxExpansion) return null;
            result = result.SelectMany(r => options.Select(o => (r + " " + o).Trim())).ToList();
        }
        return result;
    }

    private void Add(string words, string code, string target, int gap, string note)
    {
        if (!knownCodes.Contains(code)) { report.Skipped("CAMEO code not in data/cameo/codes.tsv", code + " " + words); return; }
        var id = "petrarch:" + Slug(words) + ":" + code;
        if (_entries.ContainsKey(id)) { report.Converted("duplicates merged"); return; }
        _entries[id] = new EventEntryYaml(id, words, code, target, gap, note);
        report.Converted("event entries written");
    }

    private static string Slug(string words)
    {
        var sb = new StringBuilder(words.Length);
        foreach (var c in words) sb.Append(char.IsLetterOrDigit(c) ? c : '-');
        return sb.ToString();
    }
}
