using Demarche.Core.Text;
using Demarche.Core.Data;

namespace Demarche.Actors.Lexicon;

/// <summary>
/// Reads the actor dictionaries from data/actors/ (states.tsv, states.yaml, organisations.yaml, groups.yaml,
/// roles.yaml, persons.yaml or, when missing, persons.sample.yaml), then every *.yaml of an optional user folder,
/// whose entries add to or override the shipped ones (same id: fields given replace, lists are added to).
/// A user file may hold any of the sections states:, organisations:, groups:, persons:, roles:; a file
/// that is a bare list is read as persons.
/// </summary>
public static class ActorLexiconLoader
{
    public const string UserDictionaryVariable = "DEMARCHE_USER_DICT";

    /// <param name="dataFolder">data/actors (default: found by <see cref="DataDirectory"/>)</param>
    /// <param name="userFolder">a folder of YAML files that add or override entries</param>
    /// <param name="personsFile">a persons file to read instead of persons.yaml (tests use persons.sample.yaml)</param>
    public static ActorLexicon Load(string? dataFolder = null, string? userFolder = null, string? personsFile = null)
    {
        var dir = dataFolder ?? DataDirectory.File("actors");
        var lex = new ActorLexicon();
        ReadStatesTsv(lex, Path.Combine(dir, "states.tsv"));
        ReadFile(lex, Path.Combine(dir, "states.yaml"), defaultSection: "states");
        ReadFile(lex, Path.Combine(dir, "organisations.yaml"), null);
        ReadFile(lex, Path.Combine(dir, "groups.yaml"), null);
        ReadFile(lex, Path.Combine(dir, "roles.yaml"), defaultSection: "roles");
        var persons = personsFile ?? Path.Combine(dir, "persons.yaml");
        if (!File.Exists(persons)) persons = Path.Combine(dir, "persons.sample.yaml");
        ReadFile(lex, persons, defaultSection: "persons");
        if (!string.IsNullOrEmpty(userFolder) && Directory.Exists(userFolder))
            foreach (var f in Directory.EnumerateFiles(userFolder, "*.y*ml").Order(StringComparer.Ordinal))
                ReadFile(lex, f, defaultSection: Path.GetFileName(f).StartsWith("persons", StringComparison.OrdinalIgnoreCase) ? "persons" : null);
        ReleaseClaimedForms(lex);
        return lex;
    }

    // forms written in states.yaml (or a user file) for one state are taken away from the ISO names of
    // another ("Congo" is DR Congo's; the Republic of the Congo keeps its longer names)
    [ThreadStatic] private static Dictionary<string, string>? _claimed;

    private static void ReleaseClaimedForms(ActorLexicon lex)
    {
        if (_claimed is null) return;
        foreach (var st in lex.States.Values)
            st.Forms.RemoveAll(f => _claimed.TryGetValue(f, out var owner) && owner != st.Code);
        _claimed = null;
    }

    /// <summary>The user folder named by DEMARCHE_USER_DICT, if any.</summary>
    public static string? UserFolderFromEnvironment()
    {
        var v = Environment.GetEnvironmentVariable(UserDictionaryVariable);
        return string.IsNullOrWhiteSpace(v) ? null : v;
    }

    private static void ReadStatesTsv(ActorLexicon lex, string path)
    {
        foreach (var f in TsvFile.Read(path, 2, "code, name"))
        {
            var st = StateOf(lex, f[0].Trim());
            st.Name = f[1].Trim();
            for (int k = 1; k < f.Length; k++)
            {
                var n = f[k].Trim();
                // inverted ISO names ("Korea, Republic of") and bracketed ones are not how news writes them
                if (n.Length > 0 && !n.Contains(',') && !n.Contains('(') && !st.Forms.Contains(n)) st.Forms.Add(n);
            }
        }
    }

    private static StateEntry StateOf(ActorLexicon lex, string code)
    {
        if (!lex.States.TryGetValue(code, out var st)) lex.States[code] = st = new StateEntry { Code = code, Name = code };
        return st;
    }

    private static void ReadFile(ActorLexicon lex, string path, string? defaultSection)
    {
        if (!File.Exists(path)) return;
        var root = Yaml.Load(path);
        switch (root)
        {
            case List<object?> seq:
                ReadPersons(lex, seq);
                break;
            case Dictionary<string, object?> map:
                bool any = false;
                foreach (var (key, v) in map)
                {
                    switch (key)
                    {
                        case "states" when v is Dictionary<string, object?> m: ReadStates(lex, m); any = true; break;
                        case "organisations" or "organizations" or "groups" when v is List<object?> s: ReadOrganisations(lex, s, key == "groups"); any = true; break;
                        case "persons" when v is List<object?> s: ReadPersons(lex, s); any = true; break;
                        case "roles" when v is Dictionary<string, object?> m: ReadRoles(lex.Roles, m); any = true; break;
                    }
                }
                if (!any && defaultSection == "states") ReadStates(lex, map);
                else if (!any && defaultSection == "roles") ReadRoles(lex.Roles, map);
                else if (defaultSection == "roles") ReadRoles(lex.Roles, map);
                break;
        }
    }

    private static void ReadStates(ActorLexicon lex, Dictionary<string, object?> map)
    {
        foreach (var (code, v) in map)
        {
            if (v is not Dictionary<string, object?> m) continue;
            var st = StateOf(lex, code.ToUpperInvariant());
            if (m.Str("name") is { } name) st.Name = name;
            foreach (var f in m.List("forms")) { if (!st.Forms.Contains(f)) st.Forms.Add(f); (_claimed ??= new(StringComparer.Ordinal))[f.StartsWith("the ", StringComparison.Ordinal) ? f[4..] : f] = st.Code; }
            AddAll(st.Adjectives, m.List("adj"));
            AddAll(st.Seats, m.List("seats"));
            AddAll(st.Military, m.List("mil"));
            AddAll(st.Places, m.List("places"));
            AddAll(st.Nouns, m.List("nouns"));
            if (m.Bool("ambiguous")) st.Ambiguous = true;
        }
    }

    private static void ReadOrganisations(ActorLexicon lex, List<object?> seq, bool groups)
    {
        foreach (var n in seq)
        {
            if (n is not Dictionary<string, object?> m || m.Str("id") is not { } id) continue;
            id = id.ToUpperInvariant();
            if (!lex.Organisations.TryGetValue(id, out var o))
                lex.Organisations[id] = o = new OrganisationEntry { Id = id, Name = id, Kind = groups ? "armed-group" : "igo" };
            if (m.Str("name") is { } name) o.Name = name;
            if (m.Str("kind") is { } kind) o.Kind = kind;
            if (m.Str("code") is { } code) o.Code = code;
            if (m.Str("country") is { } country) o.Country = country.ToUpperInvariant();
            if (m.Str("parent") is { } parent) o.Parent = parent.ToUpperInvariant();
            AddAll(o.Forms, m.List("forms"));
            AddAll(o.Adjectives, m.List("adj"));
            AddAll(o.Nouns, m.List("nouns"));
            if (!o.Forms.Contains(o.Name)) o.Forms.Add(o.Name);
        }
    }

    private static void ReadPersons(ActorLexicon lex, List<object?> seq)
    {
        foreach (var n in seq)
        {
            if (n is not Dictionary<string, object?> m || m.Str("name") is not { } name) continue;
            var probe = new PersonEntry { Name = name };
            if (!lex.Persons.TryGetValue(probe.Id, out var p)) lex.Persons[probe.Id] = p = probe;
            AddAll(p.Aliases, m.List("aliases"));
            if (m.Get("country") is { } c) p.Country = Yaml.Scalar(c)?.ToUpperInvariant();
            if (m.Get("offices") is List<object?> offices)
            {
                var read = new List<Office>();
                foreach (var on in offices)
                    if (on is Dictionary<string, object?> om && om.Str("role") is { } role)
                        read.Add(new Office(role.ToLowerInvariant(), (om.Str("org") ?? p.Country ?? "").ToUpperInvariant(), om.Date("from"), om.Date("to")));
                if (read.Count > 0) { p.Offices.Clear(); p.Offices.AddRange(read); }
            }
        }
    }

    private static void ReadRoles(RoleLexicon roles, Dictionary<string, object?> map)
    {
        if (map.Get("sectors") is Dictionary<string, object?> sectors)
            foreach (var (code, v) in sectors)
                if (v is Dictionary<string, object?> m)
                    roles.Sectors[code] = new SectorInfo(code, m.Str("kind") ?? "group", m.Str("name") ?? code.ToLowerInvariant());
        ReadWordMap(map, "sector-words", roles.SectorWords);
        ReadWordMap(map, "titles", roles.Titles);
        AddLower(roles.Honorifics, map.List("honorifics"));
        AddLower(roles.Documents, map.List("documents"));
        AddLower(roles.StateAnaphors, map.List("state-anaphors"));
        AddLower(roles.GovernmentAnaphors, map.List("government-anaphors"));
        AddLower(roles.MilitaryAnaphors, map.List("military-anaphors"));
    }

    private static void ReadWordMap(Dictionary<string, object?> map, string key, Dictionary<string, string> into)
    {
        if (map.Get(key) is not Dictionary<string, object?> m) return;
        foreach (var (code, v) in m)
            if (v is List<object?> seq)
                foreach (var w in seq)
                    if (Yaml.Scalar(w) is { } word) into[word.ToLowerInvariant()] = code;
    }

    private static void AddAll(List<string> into, IEnumerable<string> items)
    {
        foreach (var i in items) if (!into.Contains(i)) into.Add(i);
    }

    private static void AddLower(WordSet into, IEnumerable<string> items)
    {
        foreach (var i in items) into.Add(i.ToLowerInvariant());
    }
}
