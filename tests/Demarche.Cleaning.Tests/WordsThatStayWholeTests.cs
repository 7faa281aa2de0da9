using Demarche.Core.Model;

namespace Demarche.Cleaning.Tests;

/// <summary>Real names and long words that the glue splitter must never cut, from many regions.</summary>
public class WordsThatStayWholeTests
{
    public static readonly string[] People =
    [
        // Middle East and North Africa
        "Netanyahu", "Huckabee", "Khamenei", "Pezeshkian", "Araghchi", "Larijani", "Erdogan", "Erdoğan", "Fidan",
        "Abdulrahman", "Nasrallah", "Qassem", "Haniyeh", "Sinwar", "Smotrich", "Herzog", "Mikati", "Aoun",
        "Tebboune", "Saied", "Dbeibah", "Haftar", "Menfi", "Sisi", "Abdelatty", "Safadi", "Sudani", "Barzani",
        "Talabani", "Shaibani", "Sharaa", "Mohammed", "Abdullahi", "Farhad", "Arshad", "Mahmoud",
        "Hashim", "Hisham", "Ithaca", "Isham", "Tohid",
        // Europe
        "Zelenskyy", "Zelensky", "Yermak", "Sybiha", "Lavrov", "Peskov", "Medvedev", "Nebenzia", "Shoigu",
        "Lukashenko", "Tsikhanouskaya", "Kobakhidze", "Zourabichvili", "Ivanishvili", "Pashinyan", "Aliyev",
        "Mitsotakis", "Christodoulides", "Vučić", "Kurti", "Osmani", "Dodik", "Orbán", "Szijjártó", "Fico",
        "Nawrocki", "Sikorski", "Tusk", "Steinmeier", "Baerbock", "Pistorius", "Macron", "Barrot", "Lecornu",
        "Bardella", "Mélenchon", "Meloni", "Tajani", "Sánchez", "Albares", "Stoltenberg", "Rutte", "Kallas",
        "Frederiksen", "Løkke", "Kristersson", "Orpo", "Stubb", "Tsipras", "Ramaphosa",
        // Africa
        "Tshisekedi", "Kagame", "Nduhungirehe", "Museveni", "Ruto", "Mudavadi", "Tinubu", "Shettima",
        "Tiani", "Traoré", "Goïta", "Mahamat", "Burhan", "Dagalo", "Hemedti", "Abiy", "Afwerki", "Mnangagwa",
        "Hichilema", "Tshabalala", "Akufo", "Mahama", "Ouattara", "Faye", "Sonko", "Kiir", "Machar", "Hassan",
        "Mohamud", "Bankole", "Obasanjo", "Kenyatta", "Chérizier",
        // Asia and the Pacific
        "Modi", "Jaishankar", "Shehbaz", "Munir", "Dar", "Bhutto", "Wickremesinghe", "Dissanayake", "Yunus",
        "Prabowo", "Subianto", "Widodo", "Anwar", "Ibrahim", "Marcos", "Duterte", "Ishiba", "Kishida",
        "Takaichi", "Paetongtarn", "Shinawatra", "Thaksin", "Hlaing", "Manet", "Albanese", "Luxon", "Rabuka",
        "Tokayev", "Mirziyoyev", "Rahmon", "Japarov", "Ching-te",
        // Americas
        "Sheinbaum", "Ebrard", "Bukele", "Milei", "Boric", "Petro", "Noboa", "Arévalo", "Maduro", "Machado",
        "Lula", "Haddad", "Carney", "Poilievre", "Trudeau", "Rubio", "Hegseth", "Witkoff", "Kushner",
        "Guterres", "Grossi", "Tedros",
    ];

    public static readonly string[] Places =
    [
        "Bahrain", "Islamabad", "Kyiv", "Kharkiv", "Zaporizhzhia", "Donetsk", "Luhansk", "Sevastopol",
        "Pristina", "Jarinje", "Banjska", "Mitrovica", "Tbilisi", "Yerevan", "Nagorno", "Baku", "Chisinau",
        "Transnistria", "Kaliningrad", "Thessaloniki", "Tirana", "Podgorica", "Sarajevo", "Ljubljana",
        "Zalambessa", "Asmara", "Mekelle", "Tigray", "Amhara", "Mogadishu", "Kismayo", "Hargeisa", "Somaliland",
        "Khartoum", "Omdurman", "Darfur", "Juba", "Goma", "Bukavu", "Kinshasa", "Kigali", "Bujumbura",
        "Niamey", "Bamako", "Ouagadougou", "Abuja", "Maiduguri", "Sokoto", "Tamanrasset", "Tripoli",
        "Benghazi", "Misrata", "Catatumbo", "Saravena", "Cúcuta", "Tegucigalpa", "Managua", "Hinche",
        "Gonaïves", "Penghu", "Kinmen", "Xinjiang", "Urumqi", "Lhasa", "Rakhine", "Sagaing", "Naypyidaw",
        "Mindanao", "Zamboanga", "Balochistan", "Waziristan", "Peshawar", "Rawalpindi", "Kandahar",
        "Helmand", "Mazar", "Sistan", "Bandar", "Hodeidah", "Marib", "Sanaa", "Aden", "Rafah", "Khan Younis",
        "Jabalia", "Nuseirat", "Qalqilya", "Tulkarm", "Jenin", "Hebron", "Golan", "Kfar", "Kila", "Nabatieh",
        "Tyre", "Sidon", "Latakia", "Idlib", "Raqqa", "Deir", "Kirkuk", "Sulaymaniyah", "Nuuk", "Ilulissat",
        "Svalbard", "Reykjavik", "Tórshavn", "Dakar", "Lagos", "Accra", "Lomé", "Cotonou", "Antananarivo",
    ];

    public static readonly string[] Organisations =
    [
        "Hezbollah", "Hamas", "Houthis", "Ansarallah", "Wagner", "Rosatom", "Gazprom", "Rosneft", "Naftogaz",
        "Ecowas", "Unifil", "Monusco", "Minusma", "Frontex", "Europol", "Interpol", "Eurostat", "Mercosur",
        "Petrobras", "Pemex", "Aramco", "Sinopec", "Huawei", "Xiaomi", "Tencent", "Alibaba", "Samsung",
        "Hyundai", "Toyota", "Siemens", "Airbus", "Rheinmetall", "Saab", "Lockheed", "Raytheon", "Starlink",
        "Reuters", "Bloomberg", "Xinhua", "Tass", "Ansanm",
    ];

    public static readonly string[] LongWords =
    [
        "ceasefire", "counterproductive", "longtime", "nationwide", "peacekeepers", "whistleblower",
        "ministerial", "landlocked", "rapprochement", "counterterrorism", "counteroffensive", "disinformation",
        "misinformation", "paramilitary", "parliamentarian", "intergovernmental", "interministerial",
        "internationally", "multilateralism", "reconstruction", "reconciliation", "demilitarisation",
        "denuclearisation", "decentralisation", "unconstitutional", "unprecedented", "humanitarian",
        "establishment", "spokeswoman", "spokesperson", "policymakers", "lawmakers", "breakthrough",
        "stakeholders", "administration", "headquarters", "undersecretary", "commissioner", "superpower",
        "geopolitical", "airstrikes", "cyberattack", "checkpoints", "crackdown", "standoff", "stalemate",
        "insurgency", "jihadists", "extrajudicial", "notwithstanding", "nevertheless", "furthermore",
        "therefore", "whereabouts", "overwhelmingly", "understandably", "peacebuilding", "wrongdoing",
        "bloodshed", "warplanes", "gunmen", "frontline", "hardliners", "shortfall", "outnumbered",
        "overthrown", "landmines", "boatloads", "livelihoods", "breakaway", "handover", "takeover",
    ];

    public static IEnumerable<TheoryDataRow<string>> AllWords() =>
        People.Concat(Places).Concat(Organisations).Concat(LongWords).Distinct().Select(w => new TheoryDataRow<string>(w));

    [Fact]
    public void The_list_is_long_enough() => Assert.True(AllWords().Count() >= 200);

    [Theory]
    [MemberData(nameof(AllWords))]
    public void Stays_whole_inside_a_sentence(string word)
    {
        var raw = $"Reporters asked about {word} during the briefing.";
        var cleaned = Cleaner.Clean(raw);
        Assert.Empty(cleaned.Of(RepairKind.GluedWords));
        Assert.Equal(raw, cleaned.Text);
    }

    [Theory]
    [MemberData(nameof(AllWords))]
    public void Stays_whole_at_the_start_of_a_line(string word)
    {
        var raw = $"{word}, the officials said, was discussed.";
        var cleaned = Cleaner.Clean(raw);
        Assert.Empty(cleaned.Of(RepairKind.GluedWords));
    }
}
