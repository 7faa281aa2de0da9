using Demarche.Core.Data;
using Demarche.Grammar.Learning;

namespace Demarche.Grammar.Tagging;

/// <summary>What the tagger and parser know of one word form, as hashed atoms computed once per token.</summary>
public readonly struct WordAtoms
{
    /// <summary>Lowercase form with digits written as 0 ("1,200" → "0,000").</summary>
    public ulong Norm { get; init; }
    /// <summary>The form as written (case kept).</summary>
    public ulong Form { get; init; }
    public ulong Suffix1 { get; init; }
    public ulong Suffix2 { get; init; }
    public ulong Suffix3 { get; init; }
    public ulong Suffix4 { get; init; }
    public ulong Prefix1 { get; init; }
    public ulong Prefix2 { get; init; }
    public ulong Prefix3 { get; init; }
    /// <summary>"Xxxx", "dd,ddd", "x.x.": the kinds of characters with long runs shortened.</summary>
    public ulong Shape { get; init; }
    /// <summary>Capitalised, all capitals, has a digit, a hyphen, a period.</summary>
    public int Flags { get; init; }
    /// <summary>The word's readings in Demarche's lexicon (<see cref="LexicalSignature"/>).</summary>
    public int Lexical { get; init; }
    /// <summary>The word's cluster path and its shorter prefixes (<see cref="WordClusters"/>), or -1 each.</summary>
    public int Cluster { get; init; }
    public int Cluster1 { get; init; }
    public int Cluster2 { get; init; }

    /// <summary>Not capitalised, or listed as an interjection: the tagger may read it as UH (not a feature).</summary>
    public bool MayBeInterjection { get; init; }

    public const int Capitalised = 1, AllCaps = 2, HasDigit = 4, HasHyphen = 8, HasPeriod = 16, HasLetter = 32;

    public static WordAtoms Of(ReadOnlySpan<char> form, WordLexicons lexicons)
    {
        int n = form.Length;
        Span<char> norm = n <= 128 ? stackalloc char[n] : new char[n];
        int flags = 0, upper = 0, letters = 0;
        for (int i = 0; i < n; i++)
        {
            char c = form[i];
            if (char.IsDigit(c)) { flags |= HasDigit; norm[i] = '0'; continue; }
            if (c == '-') flags |= HasHyphen;
            else if (c == '.') flags |= HasPeriod;
            if (char.IsLetter(c)) { letters++; flags |= HasLetter; if (char.IsUpper(c)) upper++; }
            norm[i] = c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLowerInvariant(c);
        }
        if (n > 0 && char.IsUpper(form[0])) flags |= Capitalised;
        if (letters >= 2 && upper == letters) flags |= AllCaps;
        ReadOnlySpan<char> lower = norm;
        var clusters = lexicons.Clusters;
        int cluster = clusters.Of(lower);
        if (cluster < 0 && (flags & HasDigit) != 0 && n <= 64)
        {
            Span<char> digits = stackalloc char[n];
            for (int i = 0; i < n; i++) digits[i] = char.ToLowerInvariant(form[i]);
            cluster = clusters.Of(digits);
        }
        return new WordAtoms
        {
            Norm = FeatureHash.Of(lower),
            Form = FeatureHash.Of(form) ^ 0x5bd1e995UL,
            Suffix1 = Affix(lower, 1, true),
            Suffix2 = Affix(lower, 2, true),
            Suffix3 = Affix(lower, 3, true),
            Suffix4 = Affix(lower, 4, true),
            Prefix1 = Affix(lower, 1, false),
            Prefix2 = Affix(lower, 2, false),
            Prefix3 = Affix(lower, 3, false),
            Shape = ShapeOf(form),
            Flags = flags,
            Lexical = (flags & HasDigit) != 0 ? 0 : lexicons.Signature.Of(lower),
            Cluster = cluster,
            Cluster1 = clusters.Prefix(cluster, 1),
            Cluster2 = clusters.Prefix(cluster, 2),
            MayBeInterjection = (flags & Capitalised) == 0 || WordLexicons.IsInterjection(lexicons.Interjections, lower),
        };
    }


    private static ulong Affix(ReadOnlySpan<char> s, int length, bool suffix)
    {
        if (s.Length < length) return FeatureHash.Of(s) + (ulong)length * 7919;
        return FeatureHash.Of(suffix ? s[^length..] : s[..length]) + (ulong)length * 7919 + (suffix ? 1UL : 0UL);
    }

    private static ulong ShapeOf(ReadOnlySpan<char> form)
    {
        Span<char> buf = stackalloc char[16];
        int len = 0, run = 0;
        char last = '\0';
        foreach (char ch in form)
        {
            char k = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (k == last) { if (++run >= 2) continue; }
            else run = 0;
            last = k;
            if (len == buf.Length) break;
            buf[len++] = k;
        }
        return FeatureHash.Of(buf[..len]) ^ 0x27d4eb2fUL;
    }
}

/// <summary>What the tagger and parser look words up in: the lexicon's readings and the word clusters.</summary>
public sealed record WordLexicons(LexicalSignature Signature, WordClusters Clusters)
{
    /// <summary>Words that may be interjections when capitalised (data/lexicon/interjections.txt); no other capitalised word is tagged UH.</summary>
    public IReadOnlySet<string> Interjections { get; init; } = DefaultInterjections.Value;

    public const string InterjectionsFile = "interjections.txt";

    /// <summary>Whether the lower-case word is in the set (looked up by span when the set allows it).</summary>
    internal static bool IsInterjection(IReadOnlySet<string> interjections, ReadOnlySpan<char> lower) =>
        interjections is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var bySpan)
            ? bySpan.Contains(lower) : interjections.Contains(lower.ToString());
    private static readonly Lazy<HashSet<string>> DefaultInterjections = new(() =>
        WordList.Read(DataDirectory.File("lexicon", InterjectionsFile)).ToHashSet(StringComparer.Ordinal));

    private static readonly Lazy<WordLexicons> _default = new(() => StartupTrace.Time("word lexicons (signature, clusters)", () => new WordLexicons(LexicalSignature.Default, WordClusters.Default)));
    public static WordLexicons Default => _default.Value;
}
