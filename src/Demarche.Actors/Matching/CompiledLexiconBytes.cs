using Demarche.Actors.Lexicon;
using Demarche.Core.Data;
using Demarche.Core.Text;
using Demarche.Segmentation;

namespace Demarche.Actors.Matching;

/// <summary>
/// The shipped actor dictionaries compiled (<see cref="CompiledLexicon"/>: the entries, both tries, the noun index and
/// the office holders) as compact bytes for the user's cache (<see cref="DataCache"/>): a start reads them back instead
/// of parsing the YAML and tokenising every name and its variants again. Reading makes the same entries, lists and
/// maps in the same order (a dictionary is written in the order it enumerates, and filled again in that order).
/// </summary>
public static class CompiledLexiconBytes
{
    /// <summary>The layout of the bytes; change it when an entry, <see cref="Lexeme"/> or the tries change shape.</summary>
    public const int Format = 1;

    /// <summary>The other code a compiled lexicon depends on: the tokenizer that cuts names, and the word sets.</summary>
    public static readonly IReadOnlyList<Type> MadeAlsoBy = [typeof(Tokenizer), typeof(WordSet)];

    /// <summary>
    /// The files <see cref="ActorLexiconLoader.Load"/> reads from <paramref name="dataFolder"/> (default data/actors),
    /// or null when their compiled form is not cached: the cache is off, or they are not the shipped data files.
    /// </summary>
    public static IReadOnlyList<string>? Sources(string? dataFolder)
    {
        if (DataCache.ForUser is null) return null;
        var dir = dataFolder ?? DataDirectory.File("actors");
        string[] files = ["states.tsv", "states.yaml", "organisations.yaml", "groups.yaml", "roles.yaml", "persons.yaml", "persons.sample.yaml"];
        var sources = files.Select(f => Path.Combine(dir, f)).ToList();
        return sources.All(DataCache.IsShippedData) ? sources : null;
    }

    public static byte[] Write(CompiledLexicon c)
    {
        var w = new CompactWriter();
        var lex = c.Lexicon;
        w.Int(lex.States.Count);
        foreach (var st in lex.States.Values) WriteState(w, st);
        w.Int(lex.Organisations.Count);
        foreach (var o in lex.Organisations.Values) WriteOrganisation(w, o);
        var personIndex = new Dictionary<PersonEntry, int>(ReferenceEqualityComparer.Instance);
        w.Int(lex.Persons.Count);
        foreach (var (id, p) in lex.Persons)
        {
            personIndex[p] = personIndex.Count;
            w.String(id);
            WritePerson(w, p);
        }
        WriteRoles(w, lex.Roles);
        c.Names.Write(w);
        c.Words.Write(w);
        w.Int(c.NounIndex.Count);
        foreach (var (noun, ids) in c.NounIndex)
        {
            w.String(noun);
            w.Strings(ids);
        }
        w.Int(c.OfficeHolders.Count);
        foreach (var (office, holders) in c.OfficeHolders)
        {
            w.String(office);
            w.Int(holders.Count);
            foreach (var p in holders) w.Int(personIndex[p]);
        }
        return w.ToArray();
    }

    public static CompiledLexicon Read(DataBlock block)
    {
        var r = new CompactReader(block.Bytes(0, block.Length));
        var lex = new ActorLexicon();
        for (int i = r.Count(); i > 0; i--)
        {
            var st = ReadState(ref r);
            lex.States.Add(st.Code, st);
        }
        for (int i = r.Count(); i > 0; i--)
        {
            var o = ReadOrganisation(ref r);
            lex.Organisations.Add(o.Id, o);
        }
        var persons = new PersonEntry[r.Count()];
        for (int i = 0; i < persons.Length; i++)
        {
            var id = r.String();
            lex.Persons.Add(id, persons[i] = ReadPerson(ref r));
        }
        ReadRoles(ref r, lex.Roles);
        var readings = new Dictionary<(LexKind, string), Lexeme>();
        var c = new CompiledLexicon(lex, TokenTrie.Read(ref r, readings), TokenTrie.Read(ref r, readings));
        for (int i = r.Count(); i > 0; i--) c.NounIndex.Add(r.String(), [.. r.Strings()]);
        for (int i = r.Count(); i > 0; i--)
        {
            var office = r.String();
            var holders = new List<PersonEntry>();
            for (int k = r.Count(); k > 0; k--)
            {
                int at = r.Int();
                holders.Add((uint)at < (uint)persons.Length ? persons[at] : throw new InvalidDataException("damaged cache data: an office holder who is not in the lexicon"));
            }
            c.OfficeHolders.Add(office, holders);
        }
        bool whole = r.AtEnd;
        GC.KeepAlive(block); // the span reads the block's mapping, which its finalizer unmaps (YamlTreeBytes.Read)
        return whole ? c : throw new InvalidDataException("damaged cache data: bytes after the compiled lexicon");
    }

    private static void WriteState(CompactWriter w, StateEntry st)
    {
        w.String(st.Code);
        w.String(st.Name);
        w.Strings(st.Forms);
        w.Strings(st.Adjectives);
        w.Strings(st.Seats);
        w.Strings(st.Military);
        w.Strings(st.Places);
        w.Strings(st.Nouns);
        w.Bool(st.Ambiguous);
    }

    private static StateEntry ReadState(ref CompactReader r)
    {
        var st = new StateEntry { Code = r.String(), Name = r.String() };
        st.Forms.AddRange(r.Strings());
        st.Adjectives.AddRange(r.Strings());
        st.Seats.AddRange(r.Strings());
        st.Military.AddRange(r.Strings());
        st.Places.AddRange(r.Strings());
        st.Nouns.AddRange(r.Strings());
        st.Ambiguous = r.Bool();
        return st;
    }

    private static void WriteOrganisation(CompactWriter w, OrganisationEntry o)
    {
        w.String(o.Id);
        w.String(o.Name);
        w.String(o.Kind);
        w.String(o.Code);
        w.String(o.Country);
        w.String(o.Parent);
        w.Strings(o.Forms);
        w.Strings(o.Adjectives);
        w.Strings(o.Nouns);
    }

    private static OrganisationEntry ReadOrganisation(ref CompactReader r)
    {
        var o = new OrganisationEntry
        {
            Id = r.String(), Name = r.String(), Kind = r.String(), Code = r.OptionalString(), Country = r.OptionalString(), Parent = r.OptionalString(),
        };
        o.Forms.AddRange(r.Strings());
        o.Adjectives.AddRange(r.Strings());
        o.Nouns.AddRange(r.Strings());
        return o;
    }

    private static void WritePerson(CompactWriter w, PersonEntry p)
    {
        w.String(p.Name);
        w.Strings(p.Aliases);
        w.String(p.Country);
        w.Int(p.Offices.Count);
        foreach (var o in p.Offices)
        {
            w.String(o.Role);
            w.String(o.Org);
            w.Int(o.From?.DayNumber ?? -1);
            w.Int(o.To?.DayNumber ?? -1);
        }
    }

    private static PersonEntry ReadPerson(ref CompactReader r)
    {
        var p = new PersonEntry { Name = r.String() };
        p.Aliases.AddRange(r.Strings());
        p.Country = r.OptionalString();
        for (int i = r.Count(); i > 0; i--)
            p.Offices.Add(new Office(r.String(), r.String(), Day(r.Int()), Day(r.Int())));
        return p;
    }

    private static DateOnly? Day(int number) =>
        number == -1 ? null : number >= 0 && number <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(number) : throw new InvalidDataException("damaged cache data: a date");

    private static void WriteRoles(CompactWriter w, RoleLexicon roles)
    {
        w.Int(roles.Sectors.Count);
        foreach (var (code, s) in roles.Sectors)
        {
            w.String(code);
            w.String(s.Code);
            w.String(s.Kind);
            w.String(s.Name);
        }
        WriteMap(w, roles.SectorWords);
        WriteMap(w, roles.Titles);
        foreach (var set in WordSets(roles)) w.Strings(set.ToList());
    }

    private static void ReadRoles(ref CompactReader r, RoleLexicon roles)
    {
        for (int i = r.Count(); i > 0; i--) roles.Sectors.Add(r.String(), new SectorInfo(r.String(), r.String(), r.String()));
        ReadMap(ref r, roles.SectorWords);
        ReadMap(ref r, roles.Titles);
        foreach (var set in WordSets(roles))
            foreach (var word in r.Strings()) set.Add(word);
    }

    private static WordSet[] WordSets(RoleLexicon roles) =>
        [roles.Honorifics, roles.Documents, roles.StateAnaphors, roles.GovernmentAnaphors, roles.MilitaryAnaphors];

    private static void WriteMap(CompactWriter w, Dictionary<string, string> map)
    {
        w.Int(map.Count);
        foreach (var (key, value) in map)
        {
            w.String(key);
            w.String(value);
        }
    }

    private static void ReadMap(ref CompactReader r, Dictionary<string, string> map)
    {
        for (int i = r.Count(); i > 0; i--) map.Add(r.String(), r.String());
    }
}
