using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// The event coder's word classes (data/events/word-classes.tsv: class, tab, lemma): verbs that negate or suspend
/// their complement, verbs that carry a nominal event, words of intent, of command, of failure, and the words of
/// pair references ("both sides"). Read once and shared.
/// </summary>
public sealed class EventWords
{
    public const string FileName = "word-classes.tsv";
    private readonly Dictionary<string, HashSet<string>> _classes;

    private EventWords(Dictionary<string, HashSet<string>> classes) => _classes = classes;

    private static readonly Lazy<EventWords> _default = new(() => Load(DataDirectory.File("events", FileName)));
    public static EventWords Default => _default.Value;

    private static readonly HashSet<string> Empty = [];

    public HashSet<string> NegatingGovernors => Get("negating-governor");
    public HashSet<string> DenyingVerbs => Get("denying");
    public HashSet<string> HypotheticalGovernors => Get("hypothetical-governor");
    public HashSet<string> SupportVerbs => Get("support-verb");
    public HashSet<string> HypotheticalCarriers => Get("hypothetical-carrier");
    public HashSet<string> PlainSpeechVerbs => Get("plain-speech");
    public HashSet<string> IntentWords => Get("intent");
    public HashSet<string> OrderVerbs => Get("order");
    public HashSet<string> FailingVerbs => Get("failing");
    public HashSet<string> SideHeads => Get("side-head");
    public HashSet<string> PairSides => Get("pair-side");
    public HashSet<string> PairMarkers => Get("pair-marker");
    public HashSet<string> PairFillers => Get("pair-filler");

    private HashSet<string> Get(string name) => _classes.TryGetValue(name, out var set) ? set : Empty;

    public static EventWords Load(string path)
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (!File.Exists(path)) return new EventWords(classes);
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var cols = raw.Split('\t');
            if (cols.Length < 2) throw new InvalidDataException($"{path}:{line}: expected 'class<TAB>lemma'");
            var cls = cols[0].Trim();
            if (!classes.TryGetValue(cls, out var set)) classes[cls] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(cols[1].Trim());
        }
        return new EventWords(classes);
    }
}
