using Demarche.Core.Text;

namespace Demarche.Quantities;

/// <summary>
/// Says when a number is not a count: a date ("Oct 7", "27 November"), a year ("in 2023"), a time ("10 a.m."),
/// an age ("aged 60", "a 45-year-old"), a compound modifier ("two-state", "five-point"), a name or identifier
/// ("Resolution 1701", "F-16", "G7", "No. 10"), a phone number or a run of numbers.
/// </summary>
public sealed class NonQuantityFilter
{
    private readonly QuantityLexicon _lex;

    public NonQuantityFilter(QuantityLexicon lexicon) => _lex = lexicon;

    /// <param name="approximatorStart">the first token of "about", "more than"… before the number, or the number's first token.</param>
    public bool IsNotAQuantity(TokenWords w, NumberExpression n, int approximatorStart, Sentence sentence)
    {
        int before = n.First - 1, after = n.SpanEnd;
        // glued by a hyphen or slash to what is before or after: F-16, 2025-10-08, two-state, 45-year-old, 24/7
        if (before >= sentence.FirstToken && w.Touch(before, n.First) && w[before] is "-" or "/" or "–" or "+" or "#") return true;
        if (after < sentence.EndToken && w.Touch(n.SpanEnd - 1, after) && w[after] is "-" or "/" or "–" or "‐") return true;
        // a run of numbers: phone numbers, ids, "2021 2022"
        if (after < sentence.EndToken && w.Kind(after) == TokenKind.Number && n.Next == n.SpanEnd) return true;
        if (before >= sentence.FirstToken && w.Kind(before) == TokenKind.Number && !AfterIntroducedYear(w, before, n, sentence)) return true;
        // dates: a month name beside the number
        if (before >= sentence.FirstToken && w.IsCapitalised(before) && _lex.Months.Contains(w[before].TrimEnd('.'))) return true;
        if (after < sentence.EndToken && w.IsCapitalised(after) && _lex.Months.Contains(w[after].TrimEnd('.'))) return true;
        // ages, ranks, identifiers: "aged 60", "Resolution 1701", "No. 10"
        int prev = approximatorStart - 1;
        if (prev >= sentence.FirstToken && _lex.NotBefore.Contains(w[prev])) return true;
        // a bare number after a capitalised word names something ("Resolution 1701", "Boeing 737"); a scaled or
        // currency amount does not ("earned Moscow 14.2 billion dollars")
        bool bare = n.Currency is null && !n.Percent && n.SpanEnd == n.First + 1;
        if (bare && approximatorStart == n.First && before > sentence.FirstToken
            && w.IsWord(before) && w.IsCapitalised(before) && !IsCue(w, before)) return true;
        // a ratio: "one in three", "nine in 10", "nine out of 10"
        if (approximatorStart == n.First && before - 1 >= sentence.FirstToken && w[before] == "in" && IsNumberWord(w, before - 1)) return true;
        if (approximatorStart == n.First && before - 2 >= sentence.FirstToken && w[before] == "of" && w[before - 1] == "out" && IsNumberWord(w, before - 2)) return true;
        if (n.YearLike && approximatorStart == n.First) return true;
        return false;
    }

    /// <summary>"In 2024 12 journalists were killed", "Since 2021 300 people have fled": a year opened by a preposition
    /// of time (or the sentence) before a count that is no year.</summary>
    private static bool AfterIntroducedYear(TokenWords w, int year, NumberExpression n, Sentence sentence)
    {
        if (n.YearLike || !IsYear(w[year])) return false;
        return year == sentence.FirstToken || year - 1 >= sentence.FirstToken && w[year - 1] is "in" or "since" or "by" or "until" or "during" or "through";
    }

    private static bool IsYear(string token) =>
        token.Length == 4 && token.All(char.IsAsciiDigit) && int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2100;

    private bool IsNumberWord(TokenWords w, int index) =>
        w.Kind(index) == TokenKind.Number || _lex.Units.ContainsKey(w[index]);

    private bool IsCue(TokenWords w, int index)
    {
        foreach (var cat in _lex.CategorySpan)
            if (cat.Before.MatchEndingAt(w, index + 1, index) > 0) return true;
        return false;
    }
}
