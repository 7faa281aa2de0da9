using Demarche.Core.Data;
using Demarche.Actors.Lexicon;
using Demarche.Segmentation;

namespace Demarche.Actors.Matching;

/// <summary>
/// The actor dictionaries compiled for matching: a case-sensitive trie of names (states, capitals,
/// organisations, groups, persons) and a lower-case trie of role words (sector words, titles, document nouns),
/// both over token sequences cut by the same <see cref="Tokenizer"/> as the articles. Built once per dictionary
/// folder; <see cref="Default"/> is the shipped data plus DEMARCHE_USER_DICT.
/// </summary>
public sealed class CompiledLexicon
{
    private static readonly Lazy<CompiledLexicon> DefaultLazy =
        new(() => StartupTrace.Time("actors: compiled lexicon", () => Load(null, ActorLexiconLoader.UserFolderFromEnvironment())));

    public static CompiledLexicon Default => DefaultLazy.Value;

    public ActorLexicon Lexicon { get; }
    public TokenTrie Names { get; }
    public TokenTrie Words { get; }
    /// <summary>Lower-case noun ("agency", "bloc", "kingdom") → ids of organisations and states it can refer back to.</summary>
    public Dictionary<string, List<string>> NounIndex { get; } = new(StringComparer.Ordinal);

    /// <summary><see cref="NounIndex"/> asked with a span of the text (made with the lexicon: readers on many threads share it).</summary>
    public Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> NounLookup { get; }
    /// <summary>Lower-case office ("president") → persons who held it.</summary>
    public Dictionary<string, List<PersonEntry>> OfficeHolders { get; } = new(StringComparer.Ordinal);

    private CompiledLexicon(ActorLexicon lexicon) : this(lexicon, new TokenTrie(), new TokenTrie()) { }

    /// <summary>A lexicon of these parts, its noun index and office holders still to fill (<see cref="CompiledLexiconBytes"/>).</summary>
    internal CompiledLexicon(ActorLexicon lexicon, TokenTrie names, TokenTrie words)
    {
        Lexicon = lexicon;
        Names = names;
        Words = words;
        NounLookup = NounIndex.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The dictionaries of <paramref name="dataFolder"/> (default data/actors) and a user folder, compiled. Without a user
    /// folder, the shipped dictionaries' compiled form is kept in the user's cache (<see cref="CompiledLexiconBytes"/>)
    /// and read from there while the files are unchanged.
    /// </summary>
    public static CompiledLexicon Load(string? dataFolder = null, string? userFolder = null)
    {
        if (string.IsNullOrEmpty(userFolder) && CompiledLexiconBytes.Sources(dataFolder) is { } sources)
            return CompiledLexiconBytes.Read(DataCache.Load("actors-compiled", CompiledLexiconBytes.Format, sources,
                () => CompiledLexiconBytes.Write(Compile(StartupTrace.Time("actors: YAML read", () => ActorLexiconLoader.Load(dataFolder)))),
                CompiledLexiconBytes.MadeAlsoBy));
        return Compile(StartupTrace.Time("actors: YAML read", () => ActorLexiconLoader.Load(dataFolder, userFolder)));
    }

    /// <summary>
    /// The plural that names a state's people after its adjective: "Serbian" → "Serbians", "Iraqi" → "Iraqis"; null for
    /// adjectives that are their own plural or take none ("Chinese", "French", "British", "Swiss", "Czech").
    /// </summary>
    public static string? PeoplePlural(string adjective)
    {
        if (adjective.Length < 3 || !char.IsLetter(adjective[^1])) return null;
        if (adjective.EndsWith("ese", StringComparison.Ordinal) || adjective.EndsWith("ish", StringComparison.Ordinal)
            || adjective.EndsWith("ch", StringComparison.Ordinal) || adjective.EndsWith('s')) return null;
        return adjective.EndsWith("an", StringComparison.Ordinal) || adjective.EndsWith('i') ? adjective + "s" : null;
    }

    public static CompiledLexicon Compile(ActorLexicon lex)
    {
        var c = new CompiledLexicon(lex);
        var tokenizer = new Tokenizer();
        // states: a form claimed by a hand-made entry (states.yaml) wins over an ISO name of another state ("Congo")
        foreach (var st in lex.States.Values)
        {
            foreach (var f in st.Forms) c.AddName(tokenizer, f, new Lexeme(LexKind.StateName, st.Code));
            foreach (var f in st.Adjectives)
            {
                c.AddName(tokenizer, f, new Lexeme(LexKind.StateAdjective, st.Code));
                // "Serbians", "Andorrans": the people's plural, where the entry lists only the adjective
                if (PeoplePlural(f) is { } plural && !st.Adjectives.Contains(plural)) c.AddName(tokenizer, plural, new Lexeme(LexKind.StateAdjective, st.Code));
            }
            foreach (var f in st.Seats) c.AddName(tokenizer, f, new Lexeme(LexKind.StateSeat, st.Code));
            foreach (var f in st.Military) c.AddName(tokenizer, f, new Lexeme(LexKind.StateMilitary, st.Code));
            foreach (var f in st.Places) c.AddName(tokenizer, f, new Lexeme(LexKind.StatePlace, st.Code));
            foreach (var n in st.Nouns) c.AddNoun(n, st.Code);
        }
        foreach (var o in lex.Organisations.Values)
        {
            foreach (var f in o.Forms) c.AddName(tokenizer, f, new Lexeme(LexKind.Organisation, o.Id));
            foreach (var f in o.Adjectives) c.AddName(tokenizer, f, new Lexeme(LexKind.OrganisationAdjective, o.Id));
            foreach (var n in o.Nouns) c.AddNoun(n, o.Id);
        }
        foreach (var p in lex.Persons.Values)
        {
            c.AddName(tokenizer, p.Name, new Lexeme(LexKind.Person, p.Id));
            foreach (var a in p.Aliases) c.AddName(tokenizer, a, new Lexeme(LexKind.Person, p.Id));
            foreach (var o in p.Offices)
            {
                if (!c.OfficeHolders.TryGetValue(o.Role, out var list)) c.OfficeHolders[o.Role] = list = [];
                if (!list.Contains(p)) list.Add(p);
            }
        }
        var roles = lex.Roles;
        foreach (var (w, code) in roles.SectorWords) c.AddWord(tokenizer, w, new Lexeme(LexKind.SectorWord, code));
        foreach (var (w, _) in roles.Titles) c.AddWord(tokenizer, w, new Lexeme(LexKind.Title, w));
        foreach (var w in roles.Honorifics) c.AddWord(tokenizer, w, new Lexeme(LexKind.Honorific, w));
        foreach (var w in roles.Documents) c.AddWord(tokenizer, w, new Lexeme(LexKind.DocumentNoun, TextFold.RemoveDiacritics(w)));
        c.Names.Freeze();
        c.Words.Freeze();
        return c;
    }

    private void AddNoun(string noun, string id)
    {
        var key = noun.ToLowerInvariant();
        int sp = key.LastIndexOf(' ');
        if (sp >= 0) key = key[(sp + 1)..];
        if (!NounIndex.TryGetValue(key, out var list)) NounIndex[key] = list = [];
        if (!list.Contains(id)) list.Add(id);
    }

    private void AddName(Tokenizer tokenizer, string phrase, Lexeme value)
    {
        var p = phrase.Trim();
        if (p.StartsWith("the ", StringComparison.Ordinal)) p = p[4..];
        if (p.Length == 0) return;
        foreach (var v in Variants(p)) Names.Add(TokensOf(tokenizer, v), value);
    }

    private void AddWord(Tokenizer tokenizer, string phrase, Lexeme value)
    {
        var p = phrase.Trim().ToLowerInvariant();
        if (p.Length == 0) return;
        foreach (var v in Variants(p))
        {
            var toks = TokensOf(tokenizer, v);
            // a final period belongs to abbreviations in text ("Gen."); the matcher drops it, so drop it here too
            for (int i = 0; i < toks.Count; i++) if (toks[i].Length > 1 && toks[i][^1] == '.') toks[i] = toks[i][..^1];
            Words.Add(toks, value);
        }
    }

    private static IEnumerable<string> Variants(string p)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { p };
        var folded = TextFold.RemoveDiacritics(p);
        set.Add(folded);
        foreach (var s in set.ToArray())
        {
            if (s.Contains('\'')) set.Add(s.Replace('\'', '\u2019'));
            if (s.Contains('\u2019')) set.Add(s.Replace('\u2019', '\''));
        }
        return set;
    }

    public static List<string> TokensOf(Tokenizer tokenizer, string phrase) =>
        tokenizer.Tokenize(phrase).Select(t => phrase.Substring(t.Start, t.Length)).ToList();
}
