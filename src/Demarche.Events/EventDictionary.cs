using System.Globalization;
using Demarche.Core.Data;
using YamlDotNet.RepresentationModel;

namespace Demarche.Events;

/// <summary>
/// The event dictionary (data/events/*.yaml) compiled into a lookup by head lemma, and the CAMEO table
/// (data/cameo/codes.tsv). sample.yaml and codes.sample.tsv are used only when the real files are missing.
/// </summary>
public sealed class EventDictionary
{
    private static readonly Lazy<EventDictionary> _default = new(() => StartupTrace.Time("event dictionary (data/events)", () => Load(DataDirectory.Path)));
    public static EventDictionary Default => _default.Value;

    private readonly Dictionary<string, EventEntry[]> _byHead;
    private readonly Dictionary<string, CameoCode> _codes;

    public EventDictionary(IEnumerable<EventEntry> entries, IReadOnlyDictionary<string, CameoCode> codes)
    {
        Entries = entries.ToArray();
        _byHead = Entries.GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
        _codes = new Dictionary<string, CameoCode>(codes, StringComparer.Ordinal);
    }

    public IReadOnlyList<EventEntry> Entries { get; }
    public IReadOnlyDictionary<string, CameoCode> Codes => _codes;

    public IReadOnlyList<EventEntry> ByHead(string lemma) => _byHead.TryGetValue(lemma, out var e) ? e : [];
    public bool HasHead(string lemma) => _byHead.ContainsKey(lemma);

    /// <summary>The code's row, or the nearest shorter code's (1631 -> 163 -> 16).</summary>
    public CameoCode? Code(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (_codes.TryGetValue(c, out var row)) return row;
        return null;
    }

    /// <summary>
    /// Loads every data/events/*.yaml (sample.yaml only when it is alone) and data/cameo/codes.tsv (or codes.sample.tsv);
    /// the entries come from the user's cache (<see cref="EventEntryBytes"/>) when it holds them for these files as they are.
    /// </summary>
    public static EventDictionary Load(string dataDir)
    {
        var eventsDir = Path.Combine(dataDir, "events");
        var files = Directory.Exists(eventsDir)
            ? Directory.GetFiles(eventsDir, "*.yaml").Concat(Directory.GetFiles(eventsDir, "*.yml")).OrderBy(f => f, StringComparer.Ordinal).ToList()
            : [];
        var real = files.Where(f => !Path.GetFileName(f).StartsWith("sample", StringComparison.OrdinalIgnoreCase)).ToList();
        if (real.Count > 0) files = real;
        // the compiled entries of these files are kept in the user's cache while the files are unchanged
        var entries = files.Count == 0 ? []
            : EventEntryBytes.Read(DataCache.Load("event-entries", EventEntryBytes.Format, files, () => EventEntryBytes.Write(ReadFiles(files))));

        var cameoDir = Path.Combine(dataDir, "cameo");
        var codesFile = Path.Combine(cameoDir, "codes.tsv");
        if (!File.Exists(codesFile)) codesFile = Path.Combine(cameoDir, "codes.sample.tsv");
        var codes = ReadCodes(codesFile);
        return new EventDictionary(entries, codes);
    }

    /// <summary>The entries of dictionary files in order; an entry whose id is already taken is left out.</summary>
    private static List<EventEntry> ReadFiles(IEnumerable<string> files)
    {
        var entries = new List<EventEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in files)
            foreach (var e in ReadYaml(File.ReadAllText(f), Path.GetFileName(f)))
                if (ids.Add(e.Id)) entries.Add(e);
        return entries;
    }

    /// <summary>The CAMEO codes of a codes.tsv file (code, name, plover, quad, goldstein; a header row is skipped).</summary>
    public static Dictionary<string, CameoCode> ReadCodes(string path) => ReadCodes(TsvFile.Read(path, 5, "code, name, plover, quad, goldstein"));

    public static Dictionary<string, CameoCode> ReadCodes(IEnumerable<string[]> rows)
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        bool header = true;
        foreach (var p in rows)
        {
            if (header) { header = false; if (p[0].StartsWith("code", StringComparison.OrdinalIgnoreCase)) continue; }
            if (p.Length < 5) continue;
            var code = p[0].Trim();
            int.TryParse(p[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out int quad);
            double.TryParse(p[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double goldstein);
            if (quad == 0 && code.Length >= 2 && int.TryParse(code[..2], out int root))
                quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            codes[code] = new CameoCode(code, p[1].Trim(), string.IsNullOrWhiteSpace(p[2]) ? null : p[2].Trim(), quad, goldstein);
        }
        return codes;
    }

    /// <summary>
    /// The shipped dictionary plus the event entries of a user folder (the --dict folder): every *.yaml / *.yml in it
    /// that is a list of entries (files of actors are skipped). An entry whose id is already taken is left out.
    /// </summary>
    public static EventDictionary WithUserFolder(string userFolder)
    {
        var shipped = Default;
        var entries = shipped.Entries.ToList();
        var ids = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(userFolder))
            foreach (var f in Directory.EnumerateFiles(userFolder, "*.y*ml").Order(StringComparer.Ordinal))
                foreach (var e in ReadYaml(File.ReadAllText(f), Path.GetFileName(f)))
                    if (ids.Add(e.Id)) entries.Add(e);
        return entries.Count == shipped.Entries.Count ? shipped : new EventDictionary(entries, shipped.Codes);
    }

    public static IEnumerable<EventEntry> ReadYaml(string yaml, string? fileName = null)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            // say which file and where, in one line: a user edits these files
            throw DataFileError.At(fileName ?? "event dictionary", e.Start.Line, e.Start.Column, DataYaml.Reason(e), e);
        }
        foreach (var doc in stream.Documents)
        {
            if (doc.RootNode is not YamlSequenceNode seq) continue;
            foreach (var node in seq)
            {
                if (node is not YamlMappingNode map) continue;
                var e = Compile(map, fileName);
                // "call &condemning-name": a word class must exist and may not be the first word (the lookup key)
                if (e is not null && BadWordClass(e) is { } bad)
                    throw DataFileError.At(fileName ?? "event dictionary", map.Start.Line, map.Start.Column, $"entry {e.Id}: {bad}");
                if (e is not null) yield return e;
            }
        }
    }

    private static string? BadWordClass(EventEntry e)
    {
        if (e.Words[0].StartsWith('&')) return $"the first word may not be a word class ({e.Words[0]})";
        foreach (var w in e.Words)
            if (w.Length > 1 && w[0] == '&' && !EventWords.Default.HasClass(w[1..]))
                return $"no class {w[1..]} in data/events/{EventWords.FileName}";
        return null;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;

    private static EventEntry? Compile(YamlMappingNode map, string? fileName)
    {
        var id = Scalar(map, "id");
        var words = Scalar(map, "words");
        var cameo = Scalar(map, "cameo");
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(words) || string.IsNullOrWhiteSpace(cameo)) return null;
        var pos = Scalar(map, "pos")?.Trim().ToLowerInvariant() == "noun" ? EntryPos.Noun : EntryPos.Verb;
        var target = (Scalar(map, "target") ?? "object").Trim().ToLowerInvariant();
        TargetKind kind = TargetKind.Object;
        string? prep = null;
        if (target.StartsWith("prep:", StringComparison.Ordinal)) { kind = TargetKind.Prep; prep = target[5..].Trim(); }
        else kind = target switch { "next" => TargetKind.Next, "none" => TargetKind.None, _ => TargetKind.Object };
        int gap = int.TryParse(Scalar(map, "gap"), out int g) ? Math.Clamp(g, 0, 8) : 2;
        var passive = Scalar(map, "passive");
        cameo = cameo.Trim();
        return new EventEntry
        {
            Id = id.Trim(),
            Words = SplitHyphens(words.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(Spelling.Normalize).ToArray(),
            Pos = pos,
            Cameo = cameo,
            Target = kind,
            Preposition = prep,
            Gap = gap,
            PassiveBy = passive is null || passive.Trim().ToLowerInvariant() is "by" or "true" or "yes",
            Modality = Scalar(map, "modality")?.Trim(),
            File = fileName,
        };
    }

    /// <summary>
    /// "sit-in", "self-immolate", "cease-fire": the tokeniser makes a hyphenated word three tokens ("sit", "-", "in"),
    /// so an entry's hyphenated word is three words too, which the matcher keeps adjacent. Class references
    /// ("&amp;aid-carrier") stay whole.
    /// </summary>
    private static IEnumerable<string> SplitHyphens(string[] words)
    {
        foreach (var word in words)
        {
            var parts = word[0] == '&' ? [word] : word.Split('-');
            if (parts.Length == 1 || parts.Any(p => p.Length == 0)) { yield return word; continue; }
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0) yield return "-";
                yield return parts[i];
            }
        }
    }
}
