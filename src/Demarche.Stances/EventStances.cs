using Demarche.Core.Model;
using Demarche.Grammar;
using Demarche.Quotes;

namespace Demarche.Stances;

/// <summary>
/// Stances implied by coded events, only where the issue is named: disapproving and rejecting events (CAMEO 11, 12) oppose
/// what follows their verb, cooperative intents and acts (03, 05) support it; and a punitive or hostile act (11 to 14, 16, 17:
/// sanctions, expulsions, suspensions, protests, threats) opposes what it is done over ("imposed sanctions on Russia over
/// the annexation of Crimea": oppose the annexation of Crimea; words.yaml: grounds-markers). The event's source holds the
/// stance only where the parse names it as the subject of the event's verb, by name or by a pronoun in what it says
/// itself, and where the event is declared, not supposed or asked about.
/// </summary>
internal sealed class EventStances(Document document, TokenText words, Dependencies? tree, TopicReader topics, TopicCheck check,
    TreeHolder treeHolder, Assertion assertion, ActorSides sides)
{
    private static readonly string[][] GroundsMarkers =
        [.. StanceWords.Default.List("grounds-markers").Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    private const int MaxGroundsDistance = 14;
    private static readonly HashSet<string> Labelling = StanceWords.Default.Set("labelling-verbs");

    public Stance? Of(Event e)
    {
        string? polarity = e.Root switch
        {
            "11" or "12" => StancePolarity.Oppose,
            "03" or "05" => StancePolarity.Support,
            _ => null,
        };
        bool punitive = e.Root is "11" or "12" or "13" or "14" or "16" or "17";
        // an accusation charges an actor with a deed; it is not a position on an issue
        if (polarity is null && !punitive || e.Negated || e.Hypothetical || e.Cameo.StartsWith("112", StringComparison.Ordinal)) return null;
        int at = e.Trigger.Length == 0 ? -1
            : document.Text.IndexOf(e.Trigger, e.Sentence.Start, Math.Max(0, e.Sentence.End - e.Sentence.Start), StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        int trigger = words.AtOrAfter(at), after = words.AtOrAfter(at + e.Trigger.Length), limit = words.AtOrAfter(e.Sentence.End);
        // "described the tariffs as illegal", "branded the blockade an act of aggression": Labels reads the object and its label
        if (Labelling.Contains(words[trigger])) return null;
        if (!HeldBySource(e, trigger, limit)) return null;
        if (polarity is not null && IssueAt(after, limit) is { } direct)
            return new Stance { Holder = e.Source, Topic = direct.Text, Target = e.Target, Polarity = polarity, Evidence = new Evidence(at, words.Tokens[direct.EndToken - 1].End) };
        // "expelled two diplomats over the killing of an activist": the act opposes what it is done over
        if (punitive && Grounds(VerbOf(trigger), after, limit) is { } ground && IssueAt(ground, limit) is { } over)
            return new Stance { Holder = e.Source, Topic = over.Text, Target = e.Target, Polarity = StancePolarity.Oppose, Evidence = new Evidence(at, words.Tokens[over.EndToken - 1].End) };
        // an event whose words name no issue ("criticised Israel") is a relation between actors, not a stance
        return null;
    }

    private Topic? IssueAt(int from, int limit) =>
        topics.Read(from, limit, verbExpected: false) is { } read && check.Check(read, out var t) == TopicKind.Issue
        && !check.NamesOnlyActors(t.FirstToken, t.EndToken) ? t : null;

    /// <summary>Where the issue starts after a marker of grounds ("over", "in protest at", "in response to") that the parse
    /// hangs in the event verb's own clause; null when there is none.</summary>
    private int? Grounds(int verb, int from, int limit)
    {
        for (int k = from; k < limit && k < from + MaxGroundsDistance; k++)
        {
            foreach (var marker in GroundsMarkers)
            {
                int end = k + marker.Length;
                if (end >= limit || !Matches(marker, k)) continue;
                // the words after the marker belong to the event's clause, not to a later verb ("… and said it would talk over …")
                if (tree is not null && !OnTheAct(verb, k)) continue;
                return end;
            }
        }
        return null;
    }

    private bool Matches(string[] marker, int k)
    {
        for (int i = 0; i < marker.Length; i++)
            if (words[k + i] != marker[i]) return false;
        return true;
    }

    /// <summary>Whether the marker's phrase hangs on the act: on the event's verb ("expelled … over the killing") or on its
    /// object ("imposed sanctions over the annexation"), not on another noun ("exercises control over M23 operations").</summary>
    private bool OnTheAct(int verb, int marker)
    {
        int noun = tree!.Head(marker);
        if (noun < 0) return false;
        int head = tree.Head(noun);
        return head == verb || head >= 0 && tree.Head(head) == verb && tree.Is(head, "obj");
    }

    /// <summary>Whether the parse names the event's source as the subject of its verb: by name, or by a pronoun in what
    /// that actor says ("ECOWAS said it was ready to"; "campaigners criticised the accord, saying it ignored …" holds no
    /// stance of the actor "it" was taken for); and the event is declared, not supposed or asked about.</summary>
    private bool HeldBySource(Event e, int trigger, int sentenceEnd)
    {
        if (tree is null) return true;
        int verb = VerbOf(trigger), subject = treeHolder.Subject(verb);
        if (subject < 0) return false;
        bool named = IsPronoun(subject) ? SaidBySame(verb, e.Source) : treeHolder.Of(verb) is { } m && sides.Of(m.ActorId) == sides.Of(e.Source);
        return named && !assertion.IsUnasserted(verb, e.Source, sentenceEnd);
    }

    /// <summary>A trigger that starts with an auxiliary or a copula ("was ready to negotiate") is read at the word it serves.</summary>
    private int VerbOf(int t) => tree is not null && t < tree.Count && tree.Relation(t) is "cop" or "aux" or "mark" && tree.Head(t) >= 0 ? tree.Head(t) : t;

    private bool IsPronoun(int t) => tree!.Upos(t) == "PRON";

    /// <summary>Whether a pronoun subject stands for the source: true unless the clause is what someone else, named, says.</summary>
    private bool SaidBySame(int t, string source)
    {
        for (int k = t, step = 0; k >= 0 && step < 5; k = tree!.Head(k), step++)
        {
            if (!tree!.Is(k, "ccomp")) continue;
            int speech = tree.Head(k), speaker = treeHolder.Subject(speech);
            // "…, saying it ignored": the participle's speaker is its clause's subject
            if (speaker < 0 && tree.Is(speech, "advcl") && tree.Head(speech) >= 0) speaker = treeHolder.Subject(speech = tree.Head(speech));
            if (speaker < 0 || IsPronoun(speaker)) return true;
            return treeHolder.Of(speech) is { } named && sides.Of(named.ActorId) == sides.Of(source);
        }
        return true;
    }
}
