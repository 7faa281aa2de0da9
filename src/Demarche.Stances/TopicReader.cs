using Demarche.Quotes;
namespace Demarche.Stances;

/// <summary>
/// A stance's topic: the words and the token that ends them; the noun phrase itself starts at PhraseStart (after a
/// verb turned into its Noun, "recognising | a state"); BareVerb marks a verb no noun was found for ("to strengthen").
/// </summary>
internal sealed record Topic(string Text, int FirstToken, int EndToken, int PhraseStart, string? Noun = null, bool BareVerb = false);

/// <summary>
/// Reads the issue after a verb of position as a short noun phrase: leading determiners and hedges go ("any",
/// "the implied"), the head keeps its complements ("sanctions on Russia"), and a verb becomes its noun
/// ("against recognising a state" -> "recognition of a state"; "steps that would recognise X" -> "recognition of X").
/// </summary>
internal sealed class TopicReader(TokenText words, Nominalisations nouns)
{
    private const int MaxTokens = 9;

    /// <summary>Words of an owner before a light noun: "the European Union's | plan to".</summary>
    private const int MaxOwnerWords = 4;

    private static readonly HashSet<string> Leading = StanceWords.Default.Set("topic-leading");

    private static readonly HashSet<string> LightNouns = StanceWords.Default.Set("light-nouns");

    private static readonly HashSet<string> Stops = StanceWords.Default.Set("topic-stops");

    private static readonly HashSet<string> AdjunctPrepositions = StanceWords.Default.Set("adjunct-prepositions");

    private static readonly HashSet<string> Auxiliaries = StanceWords.Default.Set("auxiliaries");

    private static readonly HashSet<string> TimeWords = StanceWords.Default.Set("time-words");

    private static readonly HashSet<string> Particles = StanceWords.Default.Set("particles");

    private static readonly HashSet<string> VerbLike = StanceWords.Default.Set("verb-like");

    private static readonly HashSet<string> DemandNouns = StanceWords.Default.Set("demand-nouns");

    /// <summary>The topic that starts at token k (within the sentence's end), or null when none can be read.</summary>
    public Topic? Read(int k, int limit, bool verbExpected)
    {
        while (k < limit && !words.IsWord(k)) k++;
        if (k >= limit) return null;
        if (words[k] == "not") k++;
        if (k < limit && (verbExpected || words[k].EndsWith("ing", StringComparison.Ordinal)) && Verb(k, limit) is { } fromVerb)
            return fromVerb;
        int start = WhatIsCalledFor(SkipLeading(k, limit), limit);
        if (start >= limit || Stops.Contains(words[start]) || AdjunctPrepositions.Contains(words[start]) || words[start] is "and" or "or" or "nor") return null;
        // "any steps that would unilaterally recognise X", "efforts to annex X"; after an owner: "Japan's plan to release
        // water", "the Israeli decision to allow aid" (the owner's words go: the issue is what the plan would do)
        for (int n = start; n < limit && n <= start + MaxOwnerWords; n++)
        {
            if (LightNouns.Contains(words[n]) && VerbAfterLightNoun(n + 1, limit) is { } v && Verb(v, limit, verbAsNoun: true) is { } light)
                return light;
            if (!words.IsWord(n) && words[n] is not ("’s" or "'s")) break;
        }
        int end = PhraseEnd(start, limit);
        if (end <= start) return null;
        return new Topic(words.Slice(start, end), start, end, start);
    }

    /// <summary>The topic of an action verb at v: "recognise a state" -> "recognition of a state". With
    /// <paramref name="verbAsNoun"/> a verb the table has no noun for stands for its act when it has an object
    /// ("refused to vacate the town", "the plan to privatise the water company").</summary>
    public Topic? Action(int v, int limit, bool verbAsNoun = false) => Verb(v, limit, verbAsNoun);

    /// <summary>"recognising a Palestinian state" -> "recognition of a Palestinian state"; an unknown verb keeps its words.</summary>
    private Topic? Verb(int v, int limit, bool verbAsNoun = false)
    {
        var noun = nouns.Of(words[v]);
        if (noun is null && !IsBareVerb(v)) return null;
        int objStart = v + 1;
        while (objStart < limit && Particles.Contains(words[objStart])) objStart++;
        // "draw up a plan to bring all weapons under state control": a verb that makes a plan stands for what the plan does
        if (noun is null && !verbAsNoun && LightObject(objStart, limit) is { } planned) return planned;
        // an unknown verb with an object of its own stands for its act: "privatise | the state water company"
        if (noun is null && verbAsNoun && objStart < limit && words.IsWord(objStart) && !AdjunctPrepositions.Contains(words[objStart])
            && !Stops.Contains(words[objStart]) && PhraseEnd(objStart, limit) > objStart)
            noun = words.Slice(v, objStart);
        // "participate in X" -> "participation in X"; "withdraw from X" -> "withdrawal from X"
        if (noun is not null && objStart < limit && words[objStart] is "in" or "at" or "to" or "from" or "on" or "with" or "for" or "into" or "of" or "between" or "among" or "over" or "against")
        {
            noun = noun.Split(' ')[0] + " " + words[objStart];
            objStart++;
        }
        // "reopen by Friday": an adjunct is no object
        int objEnd = objStart < limit && AdjunctPrepositions.Contains(words[objStart]) ? objStart : PhraseEnd(objStart, limit);
        var obj = words.Slice(objStart, objEnd);
        if (noun is null)
        {
            int end = objEnd > objStart ? objEnd : v + 1;
            return new Topic(words.Slice(v, end), v, end, v, BareVerb: true);
        }
        var text = obj.Length == 0 ? noun.Split(' ')[0] : noun + " " + obj;
        return new Topic(text, v, Math.Max(objEnd, v + 1), objStart, noun);
    }

    /// <summary>The act of a light noun that is a verb's object ("draw up | a plan to bring …", "present | proposals to
    /// reform …"), or null.</summary>
    private Topic? LightObject(int k, int limit)
    {
        while (k < limit && Leading.Contains(words[k])) k++;
        return k + 1 < limit && LightNouns.Contains(words[k]) && VerbAfterLightNoun(k + 1, limit) is { } v ? Verb(v, limit, verbAsNoun: true) : null;
    }

    /// <summary>A lower-case word after "to", "not to", "from", "against" that is not a determiner: taken as a verb.</summary>
    private bool IsBareVerb(int v) => words.IsWord(v) && !words.IsCapitalised(v) && !Leading.Contains(words[v]) && !Stops.Contains(words[v]);

    private int? VerbAfterLightNoun(int t, int limit)
    {
        if (t < limit && words[t] is "that" or "which") t++;
        while (t < limit && Auxiliaries.Contains(words[t])) t++;
        while (t < limit && words[t].EndsWith("ly", StringComparison.Ordinal) && words[t].Length > 4) t++;
        if (t < limit && words[t] == "aimed" && t + 1 < limit && words[t + 1] == "at") t += 2;
        // "the plan to privatise": after "to", a verb the table has no noun for may still stand for its act
        return t < limit && (nouns.Of(words[t]) is not null || words[t - 1] == "to" && IsBareVerb(t)) ? t : null;
    }

    /// <summary>Where the issue starts after a noun of demand: "calls for | a ceasefire", "Ethiopia's call for | sea access".</summary>
    private int WhatIsCalledFor(int start, int limit)
    {
        for (int j = start; j + 1 < limit && j <= start + 5; j++)
        {
            if (!words.IsWord(j) && !IsPossessive(j)) return start;
            if (DemandNouns.Contains(words[j]) && words[j + 1] == "for" && (j == start || IsPossessive(j - 1)))
                return SkipLeading(j + 2, limit);
        }
        return start;
    }

    /// <summary>A possessive mark: "Ethiopia's", "the Philippines' call" (an apostrophe glued to a word in s).</summary>
    private bool IsPossessive(int t) =>
        words[t] is "’s" or "'s" || words[t] is "'" or "’" && t > 0 && words.Glued(t) && words[t - 1].EndsWith('s');

    private int SkipLeading(int k, int limit)
    {
        while (k < limit)
        {
            if (words[k] == "so" && k + 2 < limit && words.IsHyphen(k + 1) && words[k + 2] == "called") { k += 3; continue; }
            if (Leading.Contains(words[k]) || !words.IsWord(k) && !words.IsHyphen(k)) { k++; continue; }
            break;
        }
        return k;
    }

    /// <summary>Where the noun phrase that starts at k ends: punctuation, a clause word, an adjunct, or nine tokens.</summary>
    private int PhraseEnd(int k, int limit)
    {
        int t = k;
        while (t < limit && t - k < MaxTokens)
        {
            var w = words[t];
            if (!words.IsWord(t))
            {
                if ((words.IsHyphen(t) || w is "’s" or "'s") && words.Glued(t)) { t++; continue; }
                if (w is "’" or "'" && words.Glued(t)) { t++; continue; }
                break;
            }
            if (t > k && Stops.Contains(w)) break;
            if (t > k && AdjunctPrepositions.Contains(w) && t - k >= 2) break;
            if (t > k && Particles.Contains(w)) break; // "pull their forces back"
            if (t > k && w is "on" or "by" or "for" or "last" or "this" or "next" && t + 1 < limit && (TimeWords.Contains(words[t + 1]) || words.Tokens[t + 1].Kind == Demarche.Core.Text.TokenKind.Number)) break;
            if (t > k && w is "at" or "for" && t + 1 < limit && words[t + 1] is "first" or "once" or "last" or "present" or "least" or "now" or "times") break; // "the memorandum | at first"
            if (t > k && w is "and" or "or" && t + 1 < limit && nouns.Of(words[t + 1]) is not null && !words[t + 1].EndsWith('s')) break; // "pull back and reopen talks"
            if (t > k && w is "and" or "or" && t + 1 < limit && (VerbLike.Contains(words[t + 1]) || words[t + 1].EndsWith("ed", StringComparison.Ordinal))) break;
            // "the plan | to annex"; but "an end to enrichment" keeps what is ended
            if (t > k && w is "to" && t + 1 < limit && !words.IsCapitalised(t + 1) && !Leading.Contains(words[t + 1]) && words[t - 1] != "end") break;
            t++;
        }
        while (t > k && (!words.IsWord(t - 1) || words[t - 1] is "of" or "on" or "for" or "to" or "and" or "or" or "the" or "a" or "an" or "against" or "with" || Particles.Contains(words[t - 1])))
            t--;
        return t;
    }
}
