using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Quantities;

/// <summary>The category a count falls in, and the unit it is counted in.</summary>
public readonly record struct Categorised(string Category, string? Unit);

/// <summary>
/// Decides what a count is about from the words around it, in this order: money and percentages; a cue right
/// before the number ("killed 19", "population of 2.3 million"); a cue said of the counted group after it
/// ("4,000 people fled", "were killed"); the counted noun itself ("250 hostages"); a thing worth counting
/// ("62 aircraft"). Returns null when the number is not a counted fact worth reporting.
/// </summary>
public sealed class CategoryResolver
{
    private const int MaxFillers = 3;
    private const int RightWindow = 7;
    private const int FarWindow = 8;
    private const int MaxAside = 12;
    private static readonly WordSet Auxiliaries = ClosedClasses.PassiveAuxiliaries;
    private static readonly WordSet ObjectStarts = ClosedClasses.CountObjectStarters;
    private static readonly WordSet Definite = ClosedClasses.DefiniteMarkers;

    private readonly QuantityLexicon _lex;
    private readonly SubjectReader _subjects;

    public CategoryResolver(QuantityLexicon lexicon, SubjectReader subjects)
    {
        _lex = lexicon;
        _subjects = subjects;
    }

    public Categorised? Resolve(TokenWords w, NumberExpression n, CountedSubject subject, int approximatorStart, Sentence sentence)
    {
        if (n.Currency is not null) return new(QuantityCategory.Money, n.Currency);
        if (n.Percent) return new(QuantityCategory.Other, "percent");

        CountedThing? thing = null;
        if (subject.HasHead && _lex.CountedThings.TryGetValue(subject.Head!, out var t)) thing = t;
        if (subject.HasHead && _lex.NotCounted.MatchAt(w, subject.HeadStart, subject.HeadEnd) > 0) return null;
        if (thing is { IsMeasure: true }) return n.Vague ? null : new(QuantityCategory.Other, thing.Unit);

        bool people = !subject.HasHead || _subjects.IsPeople(w, subject);
        var byNoun = SubjectCategory(w, subject);
        var category = DetainedUnlessHostages(CueBefore(w, approximatorStart, sentence, subject, people), byNoun)
            ?? CueFarBefore(w, approximatorStart, sentence, people)
            ?? DetainedUnlessHostages(CueAfter(w, subject.End, n, sentence), byNoun)
            ?? CueBeforeConjunct(w, approximatorStart, sentence, people)
            ?? byNoun
            ?? PossessivePopulation(w, approximatorStart, sentence, subject);
        if (category is not null && category != QuantityCategory.Population && _subjects.IsSurelyNotPeople(w, subject))
            category = null; // "three meetings were held", "evacuated 30 buildings"
        if (category is not null)
        {
            if (n.LoneOne && (!subject.HasHead || subject.Partitive)) return null;
            var cues = _lex.Cues(category);
            return new(cues.ReportAs, cues.Unit);
        }
        if (subject.PronounPartitive || n.Vague || n.LoneOne || thing is null) return null;
        int prev = approximatorStart - 1;
        if (prev >= sentence.FirstToken && Definite.Contains(w[prev])) return null;
        return new(QuantityCategory.Other, thing.Unit);
    }

    /// <summary>A cue that ends right before the number (or before "about", "more than"), with only filler words between.</summary>
    private string? CueBefore(TokenWords w, int approximatorStart, Sentence sentence, CountedSubject subject, bool people)
    {
        int end = approximatorStart;
        for (int fillers = 0; end > sentence.FirstToken && fillers <= MaxFillers; fillers++)
        {
            if (w.IsBreak(end - 1)) return null;
            foreach (var cues in _lex.CategorySpan)
                if (cues.Before.MatchEndingAt(w, end, sentence.FirstToken) > 0)
                {
                    if (cues.Category == QuantityCategory.Population && !people) break;
                    return cues.Category;
                }
            if (people && w[end - 1] == "of" && end - 2 >= sentence.FirstToken && _lex.PopulationPlaces.Contains(w[end - 2]))
                return QuantityCategory.Population;
            if (!_lex.Fillers.Contains(w[end - 1])) return null;
            end--;
        }
        return null;
    }

    /// <summary>"killed a senior commander and 12 others": the cue before the first conjunct counts the people after
    /// "and" too (people only: "bought a tank and 12 rifles" counts no casualties).</summary>
    private string? CueBeforeConjunct(TokenWords w, int approximatorStart, Sentence sentence, bool people)
    {
        int and = approximatorStart - 1;
        if (!people || and - 1 <= sentence.FirstToken || w[and] != "and") return null;
        for (int end = and; end > sentence.FirstToken && end >= and - MaxConjunct; end--)
        {
            if (w.IsBreak(end - 1) || w.Kind(end - 1) == TokenKind.Number) return null;
            foreach (var cues in _lex.CategorySpan)
                if (cues.Before.MatchEndingAt(w, end, sentence.FirstToken) > 0 && cues.Category != QuantityCategory.Population) return cues.Category;
        }
        return null;
    }

    private const int MaxConjunct = 7;

    /// <summary>"59 hostages are still held", "still holds 59 hostages": hostages, not detainees.</summary>
    private static string? DetainedUnlessHostages(string? cue, string? byNoun) =>
        cue == QuantityCategory.Detained && byNoun == QuantityCategory.Hostages ? byNoun : cue;

    /// <summary>"the death toll from the quake has climbed to 1,450": a noun cue earlier in the clause and a linking word right before the number.</summary>
    private string? CueFarBefore(TokenWords w, int approximatorStart, Sentence sentence, bool people)
    {
        int link = approximatorStart - 1;
        if (link < sentence.FirstToken || !_lex.Links.Contains(w[link])) return null;
        int floor = Math.Max(sentence.FirstToken, link - FarWindow);
        for (int end = link; end > floor; end--)
        {
            if (w.IsBreak(end - 1) || w.Kind(end - 1) == TokenKind.Number && !IsYear(w[end - 1])) return null;
            foreach (var cues in _lex.CategorySpan)
                if (cues.BeforeFar.MatchEndingAt(w, end, floor) > 0 && (people || cues.Category != QuantityCategory.Population))
                    return cues.Category;
        }
        return null;
    }

    /// <summary>A cue said of the counted group after it: "fled", "died", "were killed", "have been displaced".</summary>
    private string? CueAfter(TokenWords w, int start, NumberExpression n, Sentence sentence)
    {
        bool auxiliary = false, skippedAside = false;
        int limit = Math.Min(sentence.EndToken, start + RightWindow);
        for (int i = start; i < limit; i++)
        {
            // one aside between commas or dashes: "1.9 million people, or 90% of the population, have been displaced"
            if (!skippedAside && IsAsideMark(w, i) && AsideEnd(w, i, sentence) is > 0 and var resume)
            {
                skippedAside = true;
                i = resume - 1;
                limit = Math.Min(sentence.EndToken, resume + RightWindow);
                continue;
            }
            if (w.IsBreak(i) || w.Kind(i) == TokenKind.Number || _lex.RightStops.Contains(w[i])) return null;
            foreach (var cues in _lex.CategorySpan)
            {
                if (cues.After.MatchAt(w, i, sentence.EndToken) > 0) return cues.Category;
                if (cues.Passive.MatchAt(w, i, sentence.EndToken) is > 0 and var len)
                {
                    bool directlyAfter = i == start && !ObjectStarts.Contains(w[i + len])
                        && !(i + len < sentence.EndToken && w.Kind(i + len) == TokenKind.Number);
                    if (auxiliary || directlyAfter) return cues.Category;
                }
            }
            if (Auxiliaries.Contains(w[i])) auxiliary = true;
        }
        return null;
    }

    private static bool IsAsideMark(TokenWords w, int i) => w[i] is "," or "\u2014" or "\u2013" or "(";

    /// <summary>The token after the mark that closes an aside opened at <paramref name="open"/> (within 12 tokens), or -1.</summary>
    private static int AsideEnd(TokenWords w, int open, Sentence sentence)
    {
        string close = w[open] == "(" ? ")" : w[open];
        int limit = Math.Min(sentence.EndToken - 1, open + MaxAside);
        for (int i = open + 1; i < limit; i++)
        {
            if (w[i] == close) return i + 1;
            if (w[i] is ";" or ":" or "\"" or "\u201C" or "\u201D") return -1;
        }
        return -1;
    }

    /// <summary>The counted noun names the category ("250 hostages", "3,000 refugees", "12,000 homeless").</summary>
    private static bool IsYear(string s) => s.Length == 4 && int.TryParse(s, out var y) && y is >= 1900 and <= 2100;

    private string? SubjectCategory(TokenWords w, CountedSubject subject)
    {
        if (!subject.HasHead) return null;
        int length = subject.HeadEnd - subject.HeadStart;
        foreach (var cues in _lex.CategorySpan)
            if (cues.Subjects.MatchAt(w, subject.HeadStart, subject.HeadEnd) == length
                || cues.After.MatchAt(w, subject.HeadStart, subject.HeadEnd) == length) return cues.Category;
        return null;
    }

    /// <summary>"Gaza's 2.3 million people", "the city's 400,000 residents": a place's people, counted.</summary>
    private string? PossessivePopulation(TokenWords w, int approximatorStart, Sentence sentence, CountedSubject subject)
    {
        int prev = approximatorStart - 1;
        if (prev < sentence.FirstToken || w[prev] is not ("'s" or "\u2019s") || !subject.HasHead) return null;
        bool residents = _lex.Cues(QuantityCategory.Population).Subjects.MatchAt(w, subject.HeadStart, subject.HeadEnd) > 0
            || w[subject.HeadStart] is "people" or "citizens" || _subjects.IsPeople(w, subject) && w.IsCapitalised(subject.HeadStart);
        return residents && !subject.Partitive ? QuantityCategory.Population : null;
    }
}
