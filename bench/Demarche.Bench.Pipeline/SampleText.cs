using System.Text;

namespace Demarche.Bench.Pipeline;

/// <summary>Generates news-like English text from templates (written for this benchmark) with a fixed seed.</summary>
public static class SampleText
{
    private static readonly string[] Actors =
    [
        "Israel", "Hamas", "the United States", "France", "Saudi Arabia", "Russia", "Ukraine", "China", "Taiwan", "Japan",
        "the European Union", "the UN", "Egypt", "Qatar", "Iran", "Turkey", "Germany", "Britain", "Kenya", "Haiti",
        "Colombia", "the ELN", "Serbia", "Kosovo", "Ethiopia", "Eritrea", "the African Union", "Nigeria", "Niger", "NATO",
    ];
    private static readonly string[] Templates =
    [
        "{0} condemned the attack on {1} on Tuesday, saying it violated international law.",
        "{0} has imposed sanctions on {1} after weeks of talks failed to produce a deal.",
        "Officials in {0} said {1} had launched a wave of airstrikes overnight, killing at least 12 people.",
        "The foreign minister of {0}, speaking in Geneva, urged {1} to return to negotiations.",
        "{0} refused to meet {1}, and its spokesman said the talks would not resume until next week.",
        "If {0} sends troops to the border, {1} could respond with force, analysts warned.",
        "{0}, {1} and {2} signed an agreement on grain exports in 2023.",
        "A senior diplomat said {0} did not condemn the strike because relations with {1} remain fragile.",
        "{0} threatened to expel diplomats from {1} over what it called a campaign of interference.",
        "The talks between {0} and {1} were suspended after an attack on a military base.",
        "{0} accused {1} of arming militias near the frontier, a charge {1} denied.",
        "Last week {0} hosted {1} for two days of consultations on security and trade.",
        "{0} is expected to announce new aid for {1} when ministers meet in Brussels on Friday.",
        "Protesters gathered outside the embassy of {0} to denounce the policies of {1}.",
        "The ceasefire agreed by {0} and {1} in November has largely held, according to monitors.",
    ];

    public static string Article(int sentences, int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(sentences * 110);
        sb.Append("Diplomatic tensions rise as talks stall\n");
        for (int i = 0; i < sentences; i++)
        {
            var t = Templates[rng.Next(Templates.Length)];
            var a = Actors[rng.Next(Actors.Length)];
            var b = Actors[rng.Next(Actors.Length)];
            var c = Actors[rng.Next(Actors.Length)];
            var s = string.Format(t, a, b, c);
            sb.Append(char.ToUpperInvariant(s[0])).Append(s, 1, s.Length - 1);
            sb.Append(i % 4 == 3 ? "\n" : " ");
        }
        return sb.ToString();
    }
}
