namespace Demarche.Stances;

/// <summary>
/// The key under which a topic is grouped across articles: lower case, without determiners and possessive
/// marks, nouns made singular, and known variants replaced by their alias
/// ("the recognition of a Palestinian state" -> "recognition of palestine").
/// </summary>
public sealed class TopicKeys(TopicVocabulary vocabulary)
{
    private const int MaxAliasPasses = 3;

    private static readonly HashSet<string> Dropped = StanceWords.Default.Set("key-dropped");

    /// <summary>Plurals that are not the plural of the singular ("arms" is no more than one arm).</summary>
    private static readonly HashSet<string> KeptPlurals = StanceWords.Default.Set("kept-plurals");

    private readonly Dictionary<string, string> _made = new(StringComparer.Ordinal);

    /// <summary>The topic's key (remembered by this instance: one a document, whose stances ask again for their topics).</summary>
    public string Key(string topic)
    {
        if (_made.TryGetValue(topic, out var known)) return known;
        var key = Make(topic);
        _made[topic] = key;
        return key;
    }

    /// <summary>Punctuation trimmed off a topic's words.</summary>
    private static readonly char[] EdgePunctuation = [',', '.', ';', ':', '"', '“', '”'];

    private string Make(string topic)
    {
        var words = new List<string>();
        foreach (var raw in topic.Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = raw.Trim(EdgePunctuation);
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
            else if (w.Length > 2 && w.EndsWith("s'", StringComparison.Ordinal)) w = w[..^1]; // "the rebels' offer
            bool name = w.Length > 0 && char.IsUpper(w[0]); // "Hamas", "Georgia": names keep their letters
            w = w.ToLowerInvariant();
            if (w.Length == 0 || Dropped.Contains(w)) continue;
            words.Add(name ? w : Singular(w));
        }
        var key = " " + string.Join(' ', words) + " ";
        // an alias may make another variant ("resumption of peace negotiation" -> "resumption of talk" -> "talk")
        for (int pass = 0; pass < MaxAliasPasses; pass++)
        {
            var before = key;
            foreach (var (variant, alias) in vocabulary.PaddedAliases)
                key = key.Replace(variant, alias, StringComparison.Ordinal);
            if (key == before) break;
        }
        return key.Trim();
    }

    /// <summary>"sanctions" -> "sanction", "talks" -> "talk", "parties" -> "party"; "arms", "crisis", "status" stay.</summary>
    public static string Singular(string w)
    {
        if (w.Length <= 3 || KeptPlurals.Contains(w) || !w.EndsWith('s')) return w;
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)
            || w.EndsWith("ics", StringComparison.Ordinal)) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
            return w[..^2];
        return w[..^1];
    }
}
