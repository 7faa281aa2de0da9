using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Tests.Doubles;

/// <summary>
/// A test double for the actors stage: a small gazetteer of states, capitals, demonyms, organisations, a few
/// invented persons and documents ("the cable"), turned into <see cref="Document.Actors"/> and a
/// <see cref="MentionIndex"/>. It resolves no pronouns and no titles; the real actors stage does.
/// </summary>
public sealed class GazetteerActors : IAnnotator
{
    private sealed record Entry(string Id, string Name, string Kind, string? Country, string? Affiliation);

    private static readonly (string Surface, Entry Entry)[] Entries = Build();

    public string Name => "gazetteer-double";
    public Layer Requires => Layer.Tokens;
    public Layer Assigns => Layer.Actors | Layer.Mentions;

    private static (string, Entry)[] Build()
    {
        var list = new List<(string, Entry)>();
        void State(string iso, string name, params string[] more)
        {
            var e = new Entry(iso, name, ActorKind.State, iso, null);
            list.Add((name, e));
            foreach (var m in more) list.Add((m, e));
        }
        void Org(string id, string name, string kind, params string[] more)
        {
            var e = new Entry(id, name, kind, null, null);
            list.Add((name, e));
            foreach (var m in more) list.Add((m, e));
        }
        void Person(string name, string country, params string[] more)
        {
            var e = new Entry("person:" + name.ToLowerInvariant().Replace(' ', '-'), name, ActorKind.Person, country, country);
            list.Add((name, e));
            foreach (var m in more) list.Add((m, e));
        }
        State("USA", "United States", "US", "U.S.", "Washington", "American", "Americans");
        State("FRA", "France", "French", "Paris");
        State("DEU", "Germany", "German", "Berlin");
        State("GBR", "United Kingdom", "UK", "Britain", "British", "London");
        State("JPN", "Japan", "Japanese", "Tokyo");
        State("BRA", "Brazil", "Brazilian", "Brasilia");
        State("KEN", "Kenya", "Kenyan", "Nairobi");
        State("IND", "India", "Indian", "New Delhi");
        State("CAN", "Canada", "Canadian", "Ottawa");
        State("PER", "Peru", "Peruvian", "Lima");
        State("NOR", "Norway", "Norwegian", "Oslo");
        State("EGY", "Egypt", "Egyptian", "Cairo");
        State("CHL", "Chile", "Chilean", "Santiago");
        State("TUR", "Turkey", "Turkish", "Ankara", "Turkiye");
        State("VNM", "Vietnam", "Vietnamese", "Hanoi");
        State("MEX", "Mexico", "Mexican", "Mexico City");
        State("POL", "Poland", "Polish", "Warsaw");
        State("GHA", "Ghana", "Ghanaian", "Accra");
        State("RUS", "Russia", "Russian", "Moscow", "Kremlin");
        State("CHN", "China", "Chinese", "Beijing");
        State("ISR", "Israel", "Israeli", "Israelis");
        State("PSE", "Palestine", "Palestinian", "Palestinians");
        State("SAU", "Saudi Arabia", "Saudi", "Riyadh");
        State("QAT", "Qatar", "Qatari", "Doha");
        State("ETH", "Ethiopia", "Ethiopian", "Addis Ababa");
        State("ERI", "Eritrea", "Eritrean", "Asmara");
        State("SRB", "Serbia", "Serbian", "Belgrade");
        State("XKX", "Kosovo", "Kosovar", "Pristina");
        State("COL", "Colombia", "Colombian", "Bogota", "Bogotá");
        State("MMR", "Myanmar", "Burmese", "Naypyitaw");
        State("MYS", "Malaysia", "Malaysian", "Kuala Lumpur");
        State("TWN", "Taiwan", "Taiwanese", "Taipei");
        State("HTI", "Haiti", "Haitian", "Port-au-Prince");
        State("LBN", "Lebanon", "Lebanese", "Beirut");
        State("COD", "Democratic Republic of Congo", "Congo", "Congolese", "Kinshasa");
        State("RWA", "Rwanda", "Rwandan", "Kigali");
        State("LBY", "Libya", "Libyan", "Tripoli");
        State("GEO", "Georgia", "Georgian", "Tbilisi");
        State("NGA", "Nigeria", "Nigerian", "Abuja");
        State("NER", "Niger", "Nigerien", "Niamey");
        State("DNK", "Denmark", "Danish", "Copenhagen");
        State("GRL", "Greenland", "Nuuk");
        State("HUN", "Hungary", "Hungarian", "Budapest");
        Org("UN", "United Nations", ActorKind.Igo, "UN", "U.N.", "Security Council");
        Org("EU", "European Union", ActorKind.Igo, "EU", "Brussels");
        Org("AU", "African Union", ActorKind.Igo, "AU");
        Org("NATO", "NATO", ActorKind.Igo);
        Org("ASEAN", "ASEAN", ActorKind.Igo);
        Org("ECOWAS", "ECOWAS", ActorKind.Igo);
        Org("UNIFIL", "UNIFIL", ActorKind.Igo);
        Org("ICRC", "Red Cross", ActorKind.Ngo, "ICRC");
        Org("HAMAS", "Hamas", ActorKind.ArmedGroup);
        Org("HEZBOLLAH", "Hezbollah", ActorKind.ArmedGroup);
        Org("ELN", "ELN", ActorKind.ArmedGroup);
        Org("M23", "M23", ActorKind.ArmedGroup);
        Person("Lena Varga", "HUN", "Varga");
        Person("Tomas Berg", "NOR", "Berg");
        Person("Amina Diallo", "GHA", "Diallo");
        Person("Kenji Sato", "JPN", "Sato");
        Person("Rafael Ortiz", "MEX", "Ortiz");
        Person("Olga Petrova", "RUS", "Petrova");
        Person("Claire Dumont", "FRA", "Dumont");
        Person("Priya Raman", "IND", "Raman");
        Person("David Okafor", "NGA", "Okafor");
        Person("Sara Lindqvist", "NOR", "Lindqvist");
        return list.OrderByDescending(x => x.Item1.Length).ToArray();
    }

    private static readonly HashSet<string> Titles = ["President", "Minister", "Secretary", "Ambassador", "Chancellor", "Mr", "Ms", "Mrs", "Dr", "General", "Senator", "Governor", "Envoy", "Commissioner"];

    /// <summary>Lower-case document nouns that speak for the first state the text names.</summary>
    private static readonly string[] DocumentNouns = ["cable", "memo", "communique", "communiqué", "statement", "letter", "report", "note", "declaration", "resolution"];

    public void Annotate(Document document)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var mentions = new List<ActorMention>();
        var actors = new Dictionary<string, Actor>();
        string? firstState = null;
        var authors = new Dictionary<string, string>();
        for (int t = 0; t < tokens.Length; t++)
        {
            bool found = false;
            foreach (var (surface, entry) in Entries)
            {
                int end = MatchAt(text, tokens, t, surface);
                if (end < 0) continue;
                // a surname alone names the person only when no other capitalised word stands before it
                if (entry.Kind == ActorKind.Person && !surface.Contains(' ') && t > 0 && char.IsUpper(text[tokens[t - 1].Start])
                    && text[tokens[t - 1].End..tokens[t].Start].Trim().Length == 0
                    && !Titles.Contains(text.Substring(tokens[t - 1].Start, tokens[t - 1].Length))) continue;
                Add(entry, t, end);
                firstState ??= entry.Kind == ActorKind.State ? entry.Id : null;
                t = end - 1;
                found = true;
                break;
            }
            if (found) continue;
            // "a US cable … the cable": a document of the state named before it the first time, else of the first state
            var w = text.Substring(tokens[t].Start, tokens[t].Length).ToLowerInvariant();
            if (t > 0 && Array.IndexOf(DocumentNouns, w) >= 0)
            {
                var before = mentions.Count > 0 && mentions[^1].EndToken == t ? mentions[^1] : null;
                if (before is not null && !authors.ContainsKey(w)) authors[w] = before.ActorId;
                if (text.Substring(tokens[t - 1].Start, tokens[t - 1].Length).ToLowerInvariant() == "the")
                {
                    var author = authors.GetValueOrDefault(w) ?? firstState;
                    Add(new Entry("document:" + w, "the " + w, ActorKind.Document, author, author), t - 1, t + 1);
                }
            }
        }
        document.Actors.AddRange(actors.Values);
        document.Set(new MentionIndex(mentions, tokens.Length));
        document.MarkDone(Assigns);

        void Add(Entry entry, int first, int end)
        {
            if (!actors.TryGetValue(entry.Id, out var actor))
                actors[entry.Id] = actor = new Actor { Id = entry.Id, Name = entry.Name, Kind = entry.Kind, Country = entry.Country, Affiliation = entry.Affiliation };
            int s = tokens[first].Start, e = tokens[end - 1].End;
            actor.Mentions.Add(new Mention(s, e, text[s..e]));
            mentions.Add(new ActorMention(s, e, entry.Id, first, end - first) { Via = "gazetteer-double" });
        }
    }

    /// <summary>The token after the surface words when they start at token t (whole tokens only), else -1.</summary>
    private static int MatchAt(string text, Token[] tokens, int t, string surface)
    {
        int start = tokens[t].Start;
        if (start + surface.Length > text.Length || string.CompareOrdinal(text, start, surface, 0, surface.Length) != 0) return -1;
        int endOffset = start + surface.Length;
        for (int k = t; k < tokens.Length; k++)
        {
            if (tokens[k].End == endOffset) return k + 1;
            if (tokens[k].End > endOffset) return -1;
        }
        return -1;
    }
}
