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

    /// <summary>Articles: "the", "a", "an".</summary>
    public static readonly WordSet Articles = new() { "the", "a", "an" };

    /// <summary>Prepositions (and "than", "as", "like") that put what follows outside the phrase before them.</summary>
    public static readonly WordSet Prepositions = new() { "of", "to", "in", "for", "from", "with", "at", "on", "by", "about", "against", "between", "among", "into", "toward", "towards", "over", "under", "near", "than", "as", "across", "after", "before", "during", "inside", "outside", "through", "within", "like" };

    /// <summary>Prepositions after which a name may be whom a person speaks for ("a spokesman for the alliance").</summary>
    public static readonly WordSet AffiliationPrepositions = new() { "of", "for", "from", "by" };

    /// <summary>Determiners, pronouns and quantifiers that open an object noun phrase.</summary>
    public static readonly WordSet ObjectStarters = new() { "the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those", "it", "them", "him", "us", "me", "all", "both", "any", "some", "every", "no" };

    /// <summary>Forms of "be" (and "to") before a participle that make it passive or non-finite.</summary>
    public static readonly WordSet PassiveMarkers = new() { "is", "was", "were", "be", "been", "being", "are", "to" };

    /// <summary>Object pronouns of persons.</summary>
    public static readonly WordSet ObjectPronouns = new() { "him", "her", "them", "us", "me", "you" };

    /// <summary>Prepositions that open an adjunct, not what is said ("told reporters in Paris").</summary>
    public static readonly WordSet AdjunctPrepositions = new() { "to", "by", "with", "for", "against", "of", "in", "on", "at", "after", "before", "during", "about" };

    /// <summary>Prepositions of place and direction before a name that is where, not who ("the envoy to Israel").</summary>
    public static readonly WordSet PathPrepositions = new() { "in", "to", "near", "from", "at", "across", "along", "of", "into", "toward", "towards", "through", "around", "outside", "inside", "between", "on", "over", "via" };

    /// <summary>Forms of "be", "get" and "become" before a participle.</summary>
    public static readonly WordSet PassiveAuxiliaries = new() { "were", "was", "are", "is", "be", "been", "being", "got", "get", "gets", "getting", "become", "became" };

    /// <summary>Finite auxiliaries and modals that follow a clause's subject ("said it would", "said they had").</summary>
    public static readonly WordSet FiniteAuxiliaries = new() { "would", "will", "had", "has", "have", "was", "were", "is", "are", "could", "can", "might", "may", "must", "should", "did", "does", "do" };

    /// <summary>Determiners, pronouns and quantifiers that open the object a count is of.</summary>
    public static readonly WordSet CountObjectStarters = new() { "the", "a", "an", "his", "her", "their", "its", "our", "them", "him", "us", "me", "you", "at", "more", "some", "several", "dozens", "hundreds", "thousands" };

    /// <summary>Definite determiners and ordinals that mark a counted group as already known.</summary>
    public static readonly WordSet DefiniteMarkers = new() { "the", "these", "those", "both", "all", "first", "last", "other" };

    /// <summary>Pronouns after "of" in a partitive count ("two of them").</summary>
    public static readonly WordSet PartitivePronouns = new() { "them", "whom", "which", "those", "these", "us", "you" };

    /// <summary>Quantifiers that take a noun after "of" ("most of the sanctions", "part of the deal").</summary>
    public static readonly WordSet PartitiveQuantifiers = new() { "most", "some", "all", "many", "part", "half", "much" };

    /// <summary>Definite and possessive determiners.</summary>
    public static readonly WordSet PossessiveDeterminers = new() { "the", "its", "their", "his", "her", "our", "your", "these", "those" };
}
