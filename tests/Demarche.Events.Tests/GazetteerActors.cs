using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Events.Tests;

/// <summary>
/// A small test double for the actors stage: finds country names, capitals, demonyms and a few organisations by
/// exact token sequences and fills <c>document.Actors</c> and the <see cref="MentionIndex"/>.
/// </summary>
public sealed class GazetteerActors : IAnnotator
{
    private static readonly (string Name, string Id, string Kind)[] Names =
    [
        ("United States", "USA", ActorKind.State), ("US", "USA", ActorKind.State), ("U.S.", "USA", ActorKind.State), ("America", "USA", ActorKind.State),
        ("Washington", "USA", ActorKind.Government), ("White House", "USA", ActorKind.Government), ("Pentagon", "USA", ActorKind.Military), ("American", "USA", ActorKind.State), ("Americans", "USA", ActorKind.State),
        ("Israel", "ISR", ActorKind.State), ("Israeli", "ISR", ActorKind.State), ("Israelis", "ISR", ActorKind.State), ("Jerusalem", "ISR", ActorKind.Government),
        ("Palestinians", "PSE", ActorKind.State), ("Palestinian Authority", "PSE", ActorKind.Government), ("Gaza", "PSE", ActorKind.State),
        ("Hamas", "HAMAS", ActorKind.ArmedGroup), ("Hezbollah", "HEZBOLLAH", ActorKind.ArmedGroup), ("Houthis", "HOUTHIS", ActorKind.ArmedGroup), ("Taliban", "TALIBAN", ActorKind.ArmedGroup),
        ("ELN", "ELN", ActorKind.ArmedGroup), ("M23", "M23", ActorKind.ArmedGroup), ("RSF", "RSF", ActorKind.ArmedGroup),
        ("France", "FRA", ActorKind.State), ("French", "FRA", ActorKind.State), ("Paris", "FRA", ActorKind.Government),
        ("Germany", "DEU", ActorKind.State), ("German", "DEU", ActorKind.State), ("Berlin", "DEU", ActorKind.Government),
        ("Britain", "GBR", ActorKind.State), ("UK", "GBR", ActorKind.State), ("United Kingdom", "GBR", ActorKind.State), ("British", "GBR", ActorKind.State), ("London", "GBR", ActorKind.Government),
        ("Russia", "RUS", ActorKind.State), ("Russian", "RUS", ActorKind.State), ("Moscow", "RUS", ActorKind.Government), ("Kremlin", "RUS", ActorKind.Government),
        ("Ukraine", "UKR", ActorKind.State), ("Ukrainian", "UKR", ActorKind.State), ("Kyiv", "UKR", ActorKind.Government),
        ("China", "CHN", ActorKind.State), ("Chinese", "CHN", ActorKind.State), ("Beijing", "CHN", ActorKind.Government),
        ("Taiwan", "TWN", ActorKind.State), ("Taiwanese", "TWN", ActorKind.State), ("Taipei", "TWN", ActorKind.Government),
        ("Japan", "JPN", ActorKind.State), ("Japanese", "JPN", ActorKind.State), ("Tokyo", "JPN", ActorKind.Government),
        ("India", "IND", ActorKind.State), ("Indian", "IND", ActorKind.State), ("New Delhi", "IND", ActorKind.Government),
        ("Pakistan", "PAK", ActorKind.State), ("Pakistani", "PAK", ActorKind.State), ("Islamabad", "PAK", ActorKind.Government),
        ("Iran", "IRN", ActorKind.State), ("Iranian", "IRN", ActorKind.State), ("Tehran", "IRN", ActorKind.Government),
        ("Iraq", "IRQ", ActorKind.State), ("Iraqi", "IRQ", ActorKind.State), ("Baghdad", "IRQ", ActorKind.Government),
        ("Syria", "SYR", ActorKind.State), ("Syrian", "SYR", ActorKind.State), ("Damascus", "SYR", ActorKind.Government),
        ("Lebanon", "LBN", ActorKind.State), ("Lebanese", "LBN", ActorKind.State), ("Beirut", "LBN", ActorKind.Government),
        ("Egypt", "EGY", ActorKind.State), ("Egyptian", "EGY", ActorKind.State), ("Cairo", "EGY", ActorKind.Government),
        ("Qatar", "QAT", ActorKind.State), ("Qatari", "QAT", ActorKind.State), ("Doha", "QAT", ActorKind.Government),
        ("Saudi Arabia", "SAU", ActorKind.State), ("Saudi", "SAU", ActorKind.State), ("Riyadh", "SAU", ActorKind.Government),
        ("Turkey", "TUR", ActorKind.State), ("Turkish", "TUR", ActorKind.State), ("Ankara", "TUR", ActorKind.Government),
        ("Jordan", "JOR", ActorKind.State), ("Jordanian", "JOR", ActorKind.State), ("Amman", "JOR", ActorKind.Government),
        ("Canada", "CAN", ActorKind.State), ("Canadian", "CAN", ActorKind.State), ("Ottawa", "CAN", ActorKind.Government),
        ("Australia", "AUS", ActorKind.State), ("Australian", "AUS", ActorKind.State), ("Canberra", "AUS", ActorKind.Government),
        ("Mexico", "MEX", ActorKind.State), ("Mexican", "MEX", ActorKind.State), ("Brazil", "BRA", ActorKind.State), ("Brazilian", "BRA", ActorKind.State),
        ("Colombia", "COL", ActorKind.State), ("Colombian", "COL", ActorKind.State), ("Bogota", "COL", ActorKind.Government),
        ("Venezuela", "VEN", ActorKind.State), ("Venezuelan", "VEN", ActorKind.State), ("Caracas", "VEN", ActorKind.Government),
        ("Cuba", "CUB", ActorKind.State), ("Cuban", "CUB", ActorKind.State), ("Havana", "CUB", ActorKind.Government),
        ("Norway", "NOR", ActorKind.State), ("Norwegian", "NOR", ActorKind.State), ("Sweden", "SWE", ActorKind.State), ("Swedish", "SWE", ActorKind.State),
        ("Denmark", "DNK", ActorKind.State), ("Danish", "DNK", ActorKind.State), ("Copenhagen", "DNK", ActorKind.Government),
        ("Greenland", "GRL", ActorKind.State), ("Poland", "POL", ActorKind.State), ("Polish", "POL", ActorKind.State), ("Warsaw", "POL", ActorKind.Government),
        ("Italy", "ITA", ActorKind.State), ("Italian", "ITA", ActorKind.State), ("Rome", "ITA", ActorKind.Government), ("Spain", "ESP", ActorKind.State), ("Spanish", "ESP", ActorKind.State), ("Madrid", "ESP", ActorKind.Government),
        ("Serbia", "SRB", ActorKind.State), ("Serbian", "SRB", ActorKind.State), ("Belgrade", "SRB", ActorKind.Government),
        ("Kosovo", "XKX", ActorKind.State), ("Pristina", "XKX", ActorKind.Government), ("Georgia", "GEO", ActorKind.State), ("Georgian", "GEO", ActorKind.State), ("Tbilisi", "GEO", ActorKind.Government),
        ("Hungary", "HUN", ActorKind.State), ("Hungarian", "HUN", ActorKind.State), ("Budapest", "HUN", ActorKind.Government),
        ("Ethiopia", "ETH", ActorKind.State), ("Ethiopian", "ETH", ActorKind.State), ("Addis Ababa", "ETH", ActorKind.Government),
        ("Eritrea", "ERI", ActorKind.State), ("Eritrean", "ERI", ActorKind.State), ("Asmara", "ERI", ActorKind.Government),
        ("Sudan", "SDN", ActorKind.State), ("Sudanese", "SDN", ActorKind.State), ("Khartoum", "SDN", ActorKind.Government),
        ("Nigeria", "NGA", ActorKind.State), ("Nigerian", "NGA", ActorKind.State), ("Abuja", "NGA", ActorKind.Government),
        ("Niger", "NER", ActorKind.State), ("Niamey", "NER", ActorKind.Government), ("Mali", "MLI", ActorKind.State), ("Malian", "MLI", ActorKind.State),
        ("Kenya", "KEN", ActorKind.State), ("Kenyan", "KEN", ActorKind.State), ("Nairobi", "KEN", ActorKind.Government),
        ("Rwanda", "RWA", ActorKind.State), ("Rwandan", "RWA", ActorKind.State), ("Kigali", "RWA", ActorKind.Government),
        ("Congo", "COD", ActorKind.State), ("Congolese", "COD", ActorKind.State), ("Kinshasa", "COD", ActorKind.Government),
        ("Libya", "LBY", ActorKind.State), ("Libyan", "LBY", ActorKind.State), ("Tripoli", "LBY", ActorKind.Government),
        ("Haiti", "HTI", ActorKind.State), ("Haitian", "HTI", ActorKind.State), ("Myanmar", "MMR", ActorKind.State),
        ("North Korea", "PRK", ActorKind.State), ("Pyongyang", "PRK", ActorKind.Government), ("South Korea", "KOR", ActorKind.State), ("Seoul", "KOR", ActorKind.Government),
        ("Philippines", "PHL", ActorKind.State), ("Philippine", "PHL", ActorKind.State), ("Manila", "PHL", ActorKind.Government), ("Vietnam", "VNM", ActorKind.State), ("Hanoi", "VNM", ActorKind.Government),
        ("Armenia", "ARM", ActorKind.State), ("Armenian", "ARM", ActorKind.State), ("Yerevan", "ARM", ActorKind.Government),
        ("Azerbaijan", "AZE", ActorKind.State), ("Azerbaijani", "AZE", ActorKind.State), ("Baku", "AZE", ActorKind.Government),
        ("Afghanistan", "AFG", ActorKind.State), ("Afghan", "AFG", ActorKind.State), ("Kabul", "AFG", ActorKind.Government),
        ("Yemen", "YEM", ActorKind.State), ("Yemeni", "YEM", ActorKind.State), ("Somalia", "SOM", ActorKind.State), ("Somali", "SOM", ActorKind.State),
        ("United Nations", "UN", ActorKind.Igo), ("UN", "UN", ActorKind.Igo), ("Security Council", "UN", ActorKind.Igo),
        ("European Union", "EU", ActorKind.Igo), ("EU", "EU", ActorKind.Igo), ("Brussels", "EU", ActorKind.Igo),
        ("NATO", "NATO", ActorKind.Igo), ("African Union", "AU", ActorKind.Igo), ("AU", "AU", ActorKind.Igo), ("ASEAN", "ASEAN", ActorKind.Igo),
        ("ECOWAS", "ECOWAS", ActorKind.Igo), ("IAEA", "IAEA", ActorKind.Igo), ("Red Cross", "ICRC", ActorKind.Ngo), ("WHO", "WHO", ActorKind.Igo),
        ("Amnesty International", "AMNESTY", ActorKind.Ngo), ("Jamaica", "JAM", ActorKind.State), ("Bahamas", "BHS", ActorKind.State), ("Burkina Faso", "BFA", ActorKind.State),
        ("United Arab Emirates", "ARE", ActorKind.State), ("UAE", "ARE", ActorKind.State), ("Lithuania", "LTU", ActorKind.State), ("Belarus", "BLR", ActorKind.State),
        ("Estonia", "EST", ActorKind.State), ("Uganda", "UGA", ActorKind.State), ("Ireland", "IRL", ActorKind.State), ("Argentina", "ARG", ActorKind.State), ("Moldova", "MDA", ActorKind.State),
    ];

    private static readonly Dictionary<string, List<(string[] Words, string Id, string Kind)>> ByFirst = BuildIndex();

    private static Dictionary<string, List<(string[], string, string)>> BuildIndex()
    {
        var d = new Dictionary<string, List<(string[], string, string)>>(StringComparer.Ordinal);
        foreach (var (name, id, kind) in Names)
        {
            var words = name.Split(' ');
            if (!d.TryGetValue(words[0], out var list)) d[words[0]] = list = [];
            list.Add((words, id, kind));
            list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        }
        return d;
    }

    public string Name => "test-gazetteer";
    public Layer Requires => Layer.Tokens;
    public Layer Assigns => Layer.Mentions | Layer.Actors;

    public void Annotate(Document document)
    {
        var tokens = document.Tokens;
        var found = new List<ActorMention>();
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = document.Text.Substring(tokens[i].Start, tokens[i].Length);
            if (!ByFirst.TryGetValue(word, out var candidates)) continue;
            foreach (var (words, id, kind) in candidates)
            {
                if (i + words.Length > tokens.Length) continue;
                bool ok = true;
                for (int k = 1; k < words.Length && ok; k++)
                    ok = document.Text.AsSpan(tokens[i + k].Start, tokens[i + k].Length).SequenceEqual(words[k]);
                if (!ok) continue;
                // "WHO" only when all capitals and not a question word
                if (word == "WHO" && (i == 0 || !char.IsLetter(document.Text[tokens[i - 1].Start]))) break;
                int start = tokens[i].Start, end = tokens[i + words.Length - 1].End;
                found.Add(new ActorMention(start, end, id, i, words.Length) { Via = "dictionary" });
                if (!actors.TryGetValue(id, out var actor))
                    actors[id] = actor = new Actor { Id = id, Name = words.Length > 0 ? string.Join(' ', words) : id, Kind = kind };
                actor.Mentions.Add(new Mention(start, end, document.Text[start..end]));
                i += words.Length - 1;
                break;
            }
        }
        document.Actors.AddRange(actors.Values);
        document.Set(new MentionIndex(found, tokens.Length));
        document.MarkDone(Assigns);
    }
}
