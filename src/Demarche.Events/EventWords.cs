using Demarche.Core.Data;

namespace Demarche.Events;

/// <summary>
/// The event coder's word classes (data/events/word-classes.tsv: class, tab, lemma): verbs that negate or suspend
/// their complement, verbs that carry a nominal event, words of intent, of command, of failure, and the words of
/// pair references ("both sides"). Read once and shared; a class the file lacks is empty.
/// </summary>
public sealed class EventWords
{
    public const string FileName = "word-classes.tsv";

    private static readonly Lazy<EventWords> _default = new(() => StartupTrace.Time("event word classes", () => Load(DataDirectory.File("events", FileName))));
    public static EventWords Default => _default.Value;

    public HashSet<string> NegatingGovernors { get; }
    public HashSet<string> DenyingVerbs { get; }
    public HashSet<string> HypotheticalGovernors { get; }
    public HashSet<string> SupportVerbs { get; }
    public HashSet<string> HypotheticalCarriers { get; }
    public HashSet<string> PlainSpeechVerbs { get; }
    public HashSet<string> IntentWords { get; }
    /// <summary>Verbs that, negated, vow their infinitive complement: "will not hesitate to close the border".</summary>
    public HashSet<string> VowingWhenNegated { get; }
    public HashSet<string> OrderVerbs { get; }
    public HashSet<string> FailingVerbs { get; }
    /// <summary>Verbs whose object, a nominal event, did not come about: "vetoed new sanctions", "blocked the deal".</summary>
    public HashSet<string> ThwartingVerbs { get; }
    /// <summary>Words of acts done to one's own state: "Niger's military coup" is against Niger's government.</summary>
    public HashSet<string> DomesticActs { get; }
    /// <summary>Verbs of warning: one whose reported clause only says how things stand threatens no one.</summary>
    public HashSet<string> WarningVerbs { get; }
    /// <summary>Verbs whose subject, by not doing its infinitive, rejects it: "failed to reach agreement", "declined to meet".</summary>
    public HashSet<string> RefusingGovernors { get; }
    public HashSet<string> SideHeads { get; }
    public HashSet<string> PairSides { get; }
    public HashSet<string> PairMarkers { get; }
    public HashSet<string> PairFillers { get; }
    /// <summary>Verb prefixes the tokeniser splits off at their hyphen ("re - open"): the word is also looked up with them.</summary>
    public HashSet<string> HyphenPrefixes { get; }
    /// <summary>Verbs of claiming an act ("claimed responsibility for the attack") and the nouns of the claim.</summary>
    public HashSet<string> ClaimingVerbs { get; }
    public HashSet<string> ClaimedNouns { get; }
    /// <summary>Nouns of a text a denying verb denies ('denied claims that …'): what the text says is not asserted.</summary>
    public HashSet<string> DeniedTexts { get; }
    /// <summary>Nouns of acts done to someone, whose possessor is whom ('Navalny's arrest', 'the journalist's detention').</summary>
    public HashSet<string> PatientNouns { get; }
    /// <summary>Nouns of people an act holds or has taken ('Israeli hostages held by Hamas'): their modifier is whom it is done to.</summary>
    public HashSet<string> VictimNouns { get; }
    /// <summary>Nouns of answering an act ('in retaliation for', 'in protest at'): after "in", how a clause's own act was meant.</summary>
    public HashSet<string> AnswerNouns { get; }
    /// <summary>Prepositions of a phrase that says when an act happened ('after talks with …'): see TimePhrases.</summary>
    public HashSet<string> TimePrepositions { get; }
    public HashSet<string> VictimPeople { get; }
    public HashSet<string> IntrusionNouns { get; }
    /// <summary>Verbs of attending or watching: a nominal act they carry other than a meeting is not their subject's ('attend a trial').</summary>
    public HashSet<string> AttendingVerbs { get; }
    public HashSet<string> TravellingVerbs { get; }
    public HashSet<string> NeedsReceiver { get; }
    public HashSet<string> EquipmentNouns { get; }
    public HashSet<string> FendingVerbs { get; }
    public HashSet<string> JoinedNouns { get; }
    /// <summary>Verbs of accusing: what their gerund says was done is the accusation's content ("accused Israel of killing").</summary>
    public HashSet<string> AccusingVerbs { get; }
    /// <summary>Nouns of agreements between sides ("agreement", "deal", "pact"): a noun of an act right before one describes it.</summary>
    public HashSet<string> PactNouns { get; }
    /// <summary>Ids of weak entries coded only when their receiver is an organisation, party or text ("left ECOWAS", not "left Cairo").</summary>
    public HashSet<string> NeedsOrganisation { get; }
    /// <summary>Ids of verb entries of breaking a rule coded only when what is broken is a norm or pact ("breached the treaty", not "breached the accounts").</summary>
    public HashSet<string> NeedsNorm { get; }
    /// <summary>Ids of verb entries coded only when their verb has no object and is active ("demonstrated in Tbilisi", not "demonstrated its resolve").</summary>
    public HashSet<string> NeedsNoObject { get; }
    /// <summary>Ids of verb entries coded only when their verb has an object or is passive ("recalled its envoy", not "she recalled").</summary>
    public HashSet<string> NeedsObject { get; }
    /// <summary>Ids of verb entries not coded when their verb reports a clause ("recognised that the talks had failed").</summary>
    public HashSet<string> NeedsNoClause { get; }
    /// <summary>Nouns of economic or political measures, whose "hitting" is no force ("US tariffs hit Chinese exports").</summary>
    public HashSet<string> MeasureNouns { get; }
    /// <summary>First words of entries that, in a sentence about sport, name a game: "Wales beat Hungary 2-0".</summary>
    public HashSet<string> ContestVerbs { get; }
    /// <summary>Words that make a sentence one about sport ("match", "tournament", "goalkeeper").</summary>
    public HashSet<string> SportWords { get; }
    /// <summary>Prepositions of what happens despite something ("despite", "amid"): a reaction named in their phrase was drawn by the act.</summary>
    public HashSet<string> ConcessiveWords { get; }
    /// <summary>Nouns of a count of people ("dozens of civilians"): the people counted are what the count names.</summary>
    public HashSet<string> PeopleCounts { get; }
    /// <summary>Verbs of saying; refusing to do one is declining comment ("declined to say").</summary>
    public HashSet<string> SayingVerbs { get; }
    /// <summary>Verbs of naming a source: one who asks not to be so named appeals to no one ("asked not to be identified").</summary>
    public HashSet<string> AnonymityVerbs { get; }
    /// <summary>Nouns of rules, obligations and rights ("law", "ceasefire", "sovereignty").</summary>
    public HashSet<string> NormNouns { get; }
    /// <summary>Ids of entries coded only when their clause has an if/unless condition ("would respond if").</summary>
    public HashSet<string> NeedsCondition { get; }
    /// <summary>Ids of entries whose act by a state, with no receiver named, is done to its own people ("executed seven men").</summary>
    public HashSet<string> OwnPeopleActs { get; }
    /// <summary>Ids of verb entries whose doer is the side named in the object and whose receiver is the subject ("detected 30 Chinese military aircraft").</summary>
    public HashSet<string> ObjectDoerActs { get; }
    /// <summary>Ids of protest entries of storming or occupying a building: by a state's police or soldiers, force (190).</summary>
    public HashSet<string> ForcedEntries { get; }
    /// <summary>Ids of entries of moving into a place that are force only when armed men do it (word class armed-doer).</summary>
    public HashSet<string> ArmedDoerActs { get; }
    /// <summary>Military aircraft and ships (word class military-craft): a visit they make is a show of force.</summary>
    public HashSet<string> MilitaryCraft { get; }
    /// <summary>Ids of entries of inviting (word class invitation): hosting a visit to come, which the guest does not answer yet.</summary>
    public HashSet<string> Invitations { get; }
    /// <summary>Ids of entries of approving (word class deciding): approving an act of one's own decides it, praising no one.</summary>
    public HashSet<string> DecidingEntries { get; }
    public HashSet<string> ActAnaphors { get; }
    /// <summary>Nouns of a state's mission abroad (word class foreign-mission): a protest held at one is aimed at that state.</summary>
    public HashSet<string> ForeignMissions { get; }
    /// <summary>Verbs whose 'as' phrase names their object (word class naming): a noun of an act there is no act.</summary>
    public HashSet<string> NamingVerbs { get; }
    /// <summary>Verbs that draw a reaction from a side ('drew a rebuke from Israel'): the reaction is that side's, aimed at the drawer.</summary>
    public HashSet<string> DrawingVerbs { get; }
    /// <summary>Verbs of responding: what one responds with ('responded with air strikes') is one's own act.</summary>
    public HashSet<string> RespondingVerbs { get; }
    /// <summary>Verbs that make someone do something ('prompted Mexico to cut ties'): the act was done, by the one made to.</summary>
    public HashSet<string> CausingVerbs { get; }
    /// <summary>Verbs of deliberating: a nominal act they carry ("discussed a prisoner swap") is not coded.</summary>
    public HashSet<string> DeliberatingVerbs { get; }
    /// <summary>Verbs of approving an act told (word class welcoming): a nominal act they carry with no doer named is not coded.</summary>
    public HashSet<string> WelcomingVerbs { get; }
    /// <summary>Nouns of agreements that refer back to the latest one coded (word class pact-anaphor).</summary>
    public HashSet<string> PactAnaphors { get; }
    /// <summary>Verbs that only ask for the nominal act they carry ("rallied to demand a hostage deal").</summary>
    public HashSet<string> AskingCarriers { get; }
    /// <summary>Verbs whose subject receives the nominal act they carry from the one named with "from" ("received a loan from the IMF").</summary>
    public HashSet<string> ReceivingVerbs { get; }
    /// <summary>Verbs whose coordinated subjects act on each other, even in disapproval ("traded blame").</summary>
    public HashSet<string> ReciprocalVerbs { get; }

    private readonly Dictionary<string, HashSet<string>> _classes;
    private readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> _classesByName;

    /// <summary>Whether a word is in a class of the file (any class, also those the coder does not name): what an
    /// entry word "&amp;class" of the event dictionary matches.</summary>
    public bool InClass(string className, string word) => _classes.TryGetValue(className, out var set) && set.Contains(word);

    /// <summary>As <see cref="InClass(string, string)"/>, the class named by a span (an entry word's name after its "&amp;": no substring a test).</summary>
    public bool InClass(ReadOnlySpan<char> className, string word) => _classesByName.TryGetValue(className, out var set) && set.Contains(word);

    /// <summary>Whether the file has the class.</summary>
    public bool HasClass(string className) => _classes.ContainsKey(className);

    private EventWords(Dictionary<string, HashSet<string>> classes)
    {
        _classes = classes;
        _classesByName = classes.GetAlternateLookup<ReadOnlySpan<char>>();
        HashSet<string> Class(string name) => classes.TryGetValue(name, out var set) ? set : new HashSet<string>(StringComparer.Ordinal);
        NegatingGovernors = Class("negating-governor");
        DenyingVerbs = Class("denying");
        HypotheticalGovernors = Class("hypothetical-governor");
        SupportVerbs = Class("support-verb");
        HypotheticalCarriers = Class("hypothetical-carrier");
        PlainSpeechVerbs = Class("plain-speech");
        IntentWords = Class("intent");
        VowingWhenNegated = Class("vowing-when-negated");
        OrderVerbs = Class("order");
        FailingVerbs = Class("failing");
        ThwartingVerbs = Class("thwarting");
        DomesticActs = Class("domestic-act");
        WarningVerbs = Class("warning");
        RefusingGovernors = Class("refusing-governor");
        SideHeads = Class("side-head");
        PairSides = Class("pair-side");
        PairMarkers = Class("pair-marker");
        PairFillers = Class("pair-filler");
        HyphenPrefixes = Class("hyphen-prefix");
        ClaimingVerbs = Class("claiming");
        ClaimedNouns = Class("claimed-noun");
        DeniedTexts = Class("denied-text");
        PatientNouns = Class("patient-noun");
        VictimNouns = Class("victim-noun");
        AnswerNouns = Class("answer-noun");
        TimePrepositions = Class("time-preposition");
        VictimPeople = Class("victim-people");
        IntrusionNouns = Class("intrusion");
        AttendingVerbs = Class("attending");
        TravellingVerbs = Class("travelling");
        NeedsReceiver = Class("needs-receiver");
        EquipmentNouns = Class("equipment");
        FendingVerbs = Class("fending");
        JoinedNouns = Class("joined-noun");
        AccusingVerbs = Class("accusing");
        PactNouns = Class("pact");
        NeedsOrganisation = Class("needs-organisation");
        NeedsCondition = Class("needs-condition");
        NeedsNorm = Class("needs-norm");
        NormNouns = Class("norm");
        AnonymityVerbs = Class("anonymity");
        NeedsNoObject = Class("needs-no-object");
        NeedsNoClause = Class("needs-no-clause");
        NeedsObject = Class("needs-object");
        MeasureNouns = Class("measure");
        ContestVerbs = Class("contest");
        SayingVerbs = Class("saying");
        ConcessiveWords = Class("concessive");
        PeopleCounts = Class("people-count");
        SportWords = Class("sport");
        OwnPeopleActs = Class("own-people-act");
        DrawingVerbs = Class("drawing");
        ObjectDoerActs = Class("object-doer");
        ForcedEntries = Class("forced-entry");
        MilitaryCraft = Class("military-craft");
        ArmedDoerActs = Class("armed-doer");
        Invitations = Class("invitation");
        DecidingEntries = Class("deciding");
        ActAnaphors = Class("act-anaphor");
        ForeignMissions = Class("foreign-mission");
        NamingVerbs = Class("naming");
        RespondingVerbs = Class("responding");
        CausingVerbs = Class("causing");
        DeliberatingVerbs = Class("deliberating");
        WelcomingVerbs = Class("welcoming");
        PactAnaphors = Class("pact-anaphor");
        AskingCarriers = Class("asking-carrier");
        ReceivingVerbs = Class("receiving");
        ReciprocalVerbs = Class("reciprocal");
    }

    public static EventWords Load(string path)
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var cols in TsvFile.Read(path, 2, "class, lemma"))
        {
            var cls = cols[0].Trim();
            if (!classes.TryGetValue(cls, out var set)) classes[cls] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(cols[1].Trim());
        }
        return new EventWords(classes);
    }
}
