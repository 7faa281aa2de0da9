namespace Demarche.Core.Text;

/// <summary>
/// The closed grammatical classes (pronouns, determiners, prepositions, function words) that stages test words against:
/// the only word lists kept in code, because a language's closed classes do not grow. Every open-class list (nouns,
/// verbs, names, titles…) is a file under data/ (see data/DEMARCHE-DATA.md).
/// </summary>
public static class ClosedClasses
{
    /// <summary>Possessive determiners of things and groups: "its", "their" (an organisation's, not a person's).</summary>
    public static readonly WordSet ThingPossessives = new() { "its", "their" };

    /// <summary>Relative pronouns.</summary>
    public static readonly WordSet RelativePronouns = new() { "who", "which", "whose", "whom", "that" };

    /// <summary>Prepositions of place after which a name is where something happens, not who acts ("in Kyiv").</summary>
    public static readonly WordSet PlacePrepositions = new() { "in", "at", "near", "outside", "inside", "around", "across", "into", "through", "throughout", "toward", "towards", "within", "beyond" };

    /// <summary>Function words (and "said", "says") that end a run of plain words in a phrase.</summary>
    public static readonly WordSet StopWords = new() { "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from", "that", "which", "who", "whom", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "said", "says", "the", "a", "an", "as", "but", "than", "be", "been", "not", "this", "these", "those", "its", "their", "his", "her", "it", "they", "he", "she", "also", "after", "before", "over", "under", "against", "between", "about", "into", "since", "during", "while", "if" };

    /// <summary>Prepositions and adverbs of place that introduce a place name ("in", "near", "outside").</summary>
    public static readonly WordSet Locatives = new() { "in", "at", "near", "outside", "inside", "into", "across", "around", "throughout", "within", "toward", "towards", "to", "from", "off", "between", "nearby" };

    /// <summary>Articles, demonstratives and possessives (and the possessive 's) that open a noun phrase.</summary>
    public static readonly WordSet Determiners = new() { "the", "a", "an", "its", "their", "his", "her", "this", "that", "'s", "\u2019s" };
}
