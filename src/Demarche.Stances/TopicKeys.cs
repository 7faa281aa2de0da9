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
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DroppedBySpan = Dropped.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Plurals that are not the plural of the singular ("arms" is no more than one arm).</summary>
    private static readonly HashSet<string> KeptPlurals = StanceWords.Default.Set("kept-plurals");
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KeptPluralsBySpan = KeptPlurals.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<string, string> _made = new(StringComparer.Ordinal);

    /// <summary>The topic's key (remembered by this instance until <see cref="Forget"/>: a document's stances ask again for their topics).</summary>
    public string Key(string topic)
    {
        if (_made.TryGetValue(topic, out var known)) return known;
        var key = Make(topic);
        _made[topic] = key;
        return key;
    }

    /// <summary>Forgets the keys made (the next document's); a table a long document grew is dropped.</summary>
    public void Forget()
    {
        bool grown = _made.Count > KeptEntries;
        _made.Clear();
        if (grown) _made.TrimExcess();
    }

    private const int KeptEntries = 256;

    /// <summary>Punctuation trimmed off a topic's words.</summary>
    private static readonly char[] EdgePunctuation = [',', '.', ';', ':', '"', '“', '”'];

    private const int StackChars = 256;

    /// <summary>
    /// The key, written word by word into one buffer (the topic's words split on spaces, trimmed of edge punctuation
    /// and possessive marks, lower-cased, determiners dropped, made singular unless names), padded with a space each
    /// side for the aliases; one string is made, or more when an alias applies.
    /// </summary>
    private string Make(string topic)
    {
        int n = topic.Length;
        char[]? rented = n + 2 > StackChars ? System.Buffers.ArrayPool<char>.Shared.Rent(2 * (n + 2)) : null;
        Span<char> both = rented is null ? stackalloc char[2 * StackChars] : rented.AsSpan(0, 2 * (n + 2));
        Span<char> source = both[..n], key = both.Slice(both.Length / 2, n + 2);
        topic.AsSpan().Replace(source, '’', '\'');
        int len = 0;
        key[len++] = ' ';
        bool any = false;
        foreach (var range in ((ReadOnlySpan<char>)source).Split(' '))
        {
            var w = ((ReadOnlySpan<char>)source[range]).Trim(EdgePunctuation);
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
            else if (w.Length > 2 && w.EndsWith("s'", StringComparison.Ordinal)) w = w[..^1]; // "the rebels' offer
            if (w.Length == 0) continue;
            bool name = char.IsUpper(w[0]); // "Hamas", "Georgia": names keep their letters
            int at = any ? len + 1 : len;
            var lower = key.Slice(at, w.Length);
            w.ToLowerInvariant(lower);
            if (DroppedBySpan.Contains(lower)) continue;
            bool y = false;
            int kept = name ? lower.Length : SingularLength(lower, out y);
            if (y) lower[kept++] = 'y';
            if (any) key[len] = ' ';
            len = at + kept;
            any = true;
        }
        key[len++] = ' ';
        ReadOnlySpan<char> padded = key[..len];
        string result;
        if (!AnyAlias(padded)) result = new string(padded.Trim());
        else
        {
            var text = new string(padded);
            // an alias may make another variant ("resumption of peace negotiation" -> "resumption of talk" -> "talk")
            for (int pass = 0; pass < MaxAliasPasses; pass++)
            {
                var before = text;
                foreach (var (variant, alias) in vocabulary.PaddedAliases)
                    text = text.Replace(variant, alias, StringComparison.Ordinal);
                if (text == before) break;
            }
            result = text.Trim();
        }
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Whether any alias's variant occurs in the padded key (when none does, the key stays as it is).</summary>
    private bool AnyAlias(ReadOnlySpan<char> padded)
    {
        foreach (var (variant, _) in vocabulary.PaddedAliases)
            if (padded.IndexOf(variant, StringComparison.Ordinal) >= 0) return true;
        return false;
    }

    /// <summary>"sanctions" -> "sanction", "talks" -> "talk", "parties" -> "party"; "arms", "crisis", "status" stay.</summary>
    public static string Singular(string w)
    {
        int kept = SingularLength(w, out bool y);
        return y ? string.Concat(w.AsSpan(0, kept), "y") : kept == w.Length ? w : w[..kept];
    }

    /// <summary>Whether the word made singular (<see cref="Singular"/>) is the other word, with no string made.</summary>
    public static bool SingularIs(string w, string other)
    {
        int kept = SingularLength(w, out bool y);
        return y ? other.Length == kept + 1 && other[kept] == 'y' && other.AsSpan(0, kept).SequenceEqual(w.AsSpan(0, kept))
            : other.AsSpan().SequenceEqual(w.AsSpan(0, kept));
    }

    /// <summary>How many of the word's characters its singular keeps, and whether a "y" follows them ("parties").</summary>
    private static int SingularLength(ReadOnlySpan<char> w, out bool y)
    {
        y = false;
        if (w.Length <= 3 || KeptPluralsBySpan.Contains(w) || !w.EndsWith('s')) return w.Length;
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)
            || w.EndsWith("ics", StringComparison.Ordinal)) return w.Length;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) { y = true; return w.Length - 3; }
        if (w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
            return w.Length - 2;
        return w.Length - 1;
    }
}
