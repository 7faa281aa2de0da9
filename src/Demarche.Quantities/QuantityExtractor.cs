using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Quantities;

/// <summary>
/// Finds counted facts in a tokenised text in one pass over its tokens: for each number expression, its
/// approximators, whether it is a count at all, what it counts and in which category.
/// </summary>
public sealed class QuantityExtractor
{
    private readonly QuantityLexicon _lex;
    private readonly NumberReader _numbers;
    private readonly NonQuantityFilter _filter;
    private readonly SubjectReader _subjects;
    private readonly CategoryResolver _categories;

    public QuantityExtractor(QuantityLexicon lexicon)
    {
        _lex = lexicon;
        _numbers = new NumberReader(lexicon);
        _filter = new NonQuantityFilter(lexicon);
        _subjects = new SubjectReader(lexicon);
        _categories = new CategoryResolver(lexicon, _subjects);
    }

    public List<Quantity> Extract(string text, Token[] tokens, IReadOnlyList<Sentence> sentences)
    {
        var found = new List<Quantity>();
        var w = new TokenWords(text, tokens, LowerWordsBuffer(tokens.Length));
        for (int si = 0; si < sentences.Count; si++) // by index: the list is an interface, its enumerator a box
        {
            var sentence = sentences[si];
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!_numbers.MayStart(w, i)) continue;
                var number = _numbers.Read(w, i, sentence.EndToken);
                if (number is null) continue;
                i = number.Next - 1;
                if (Classify(w, number, sentence) is { } quantity) found.Add(quantity);
            }
        }
        return found;
    }

    /// <summary>The thread's buffer for a document's lower-case words (the words do not outlive <see cref="Extract"/>), grown as needed.</summary>
    private static string?[] LowerWordsBuffer(int tokens)
    {
        if (t_lowerWords is not { } buffer || buffer.Length < tokens) t_lowerWords = buffer = new string?[Math.Max(tokens, 2 * (t_lowerWords?.Length ?? 0))];
        return buffer;
    }

    [ThreadStatic] private static string?[]? t_lowerWords;

    private Quantity? Classify(TokenWords w, NumberExpression number, Sentence sentence)
    {
        int approxLen = _lex.Approximators.MatchEndingAt(w, number.First, sentence.FirstToken);
        int approximatorStart = number.First - approxLen;
        if (_filter.IsNotAQuantity(w, number, approximatorStart, sentence)) return null;
        if (StartsRange(w, number, sentence)) return null; // "between 200 and 300": the upper end is the count
        var subject = _subjects.Read(w, number, sentence.EndToken);
        double? low = RangeLow(w, number.First, sentence) * Scale(w, number);
        // the cue before a range stands before its low end: "displaced between 2 and 3 million people"
        int cueEnd = low is null ? approximatorStart : RangeStart(w, number.First, sentence);
        if (_categories.Resolve(w, number, subject, cueEnd, sentence) is not { } cat) return null;
        return new Quantity
        {
            Value = number.Value,
            Approximate = approxLen > 0 || number.Approximate || low is not null,
            Qualifier = approxLen > 0 ? Words(w, approximatorStart, number.First) : low is not null ? RangeWord(w, number.First, sentence) : null,
            Min = low,
            Unit = cat.Unit,
            Category = cat.Category,
            Subject = SubjectText(w, number, subject, cat.Category),
            Start = w.Tokens[number.First].Start,
            End = w.Tokens[number.SpanEnd - 1].End,
        };
    }

    /// <summary>"between 200 and 300 people", "20 to 30 soldiers": the upper end of a range is counted, approximately,
    /// and the lower end is its <see cref="Quantity.Min"/>; null when the number ends no range.</summary>
    private double? RangeLow(TokenWords w, int first, Sentence sentence)
    {
        if (first - 2 < sentence.FirstToken || w[first - 1] is not ("and" or "to" or "-" or "\u2013" or "or")) return null;
        int low = first - 2;
        if (_lex.Units.TryGetValue(w[low], out var unit)) return unit;
        if (w.Kind(low) != TokenKind.Number) return null;
        return double.TryParse(w[low].Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>The low end of a range ("20 to 30", "twenty to thirty"), counted by the upper end.</summary>
    private bool StartsRange(TokenWords w, NumberExpression number, Sentence sentence)
    {
        int after = number.Next;
        if (after + 1 >= sentence.EndToken || number.Currency is not null || number.Percent) return false;
        if (w[after] is not ("and" or "to" or "-" or "\u2013" or "or")) return false;
        return w.Kind(after + 1) == TokenKind.Number || _lex.Units.ContainsKey(w[after + 1]);
    }

    /// <summary>The first token of a range: "between", "from" or the low number, after any approximator before it.</summary>
    private int RangeStart(TokenWords w, int first, Sentence sentence)
    {
        int start = first - 2;
        if (start - 1 >= sentence.FirstToken && w[start - 1] is "between" or "from") start--;
        return start - _lex.Approximators.MatchEndingAt(w, start, sentence.FirstToken);
    }

    /// <summary>What the first word of the number is multiplied by: a million in "3 million", for the low end of
    /// "between 2 and 3 million".</summary>
    private double Scale(TokenWords w, NumberExpression number)
    {
        var first = w[number.First];
        double head = _lex.Units.TryGetValue(first, out var unit) ? unit
            : double.TryParse(first.Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;
        return head > 0 && number.Value >= head ? number.Value / head : 1;
    }

    /// <summary>"between" or "from" before the low end of a range, else "range".</summary>
    private static string RangeWord(TokenWords w, int first, Sentence sentence) =>
        first - 3 >= sentence.FirstToken && w[first - 3] is "between" or "from" ? w[first - 3] : "range";

    private static string Words(TokenWords w, int from, int end) =>
        w.Join(from, end);

    /// <summary>The counted noun as written ("Palestinians"); "population" for a bare population figure; none for money and percentages.</summary>
    private static string? SubjectText(TokenWords w, NumberExpression number, CountedSubject subject, string category)
    {
        if (number.Currency is not null || number.Percent) return null;
        if (subject.HasHead) return w.Original(subject.HeadStart, subject.HeadEnd);
        return category == QuantityCategory.Population ? "population" : null;
    }
}
