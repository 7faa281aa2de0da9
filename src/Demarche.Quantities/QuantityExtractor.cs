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
        var w = new TokenWords(text, tokens);
        foreach (var sentence in sentences)
        {
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

    private Quantity? Classify(TokenWords w, NumberExpression number, Sentence sentence)
    {
        int approxLen = _lex.Approximators.MatchEndingAt(w, number.First, sentence.FirstToken);
        int approximatorStart = number.First - approxLen;
        if (_filter.IsNotAQuantity(w, number, approximatorStart, sentence)) return null;
        var subject = _subjects.Read(w, number, sentence.EndToken);
        if (_categories.Resolve(w, number, subject, approximatorStart, sentence) is not { } cat) return null;
        return new Quantity
        {
            Value = number.Value,
            Approximate = approxLen > 0 || number.Approximate || EndsRange(w, number.First, sentence),
            Unit = cat.Unit,
            Category = cat.Category,
            Subject = SubjectText(w, number, subject, cat.Category),
            Start = w.Tokens[number.First].Start,
            End = w.Tokens[number.SpanEnd - 1].End,
        };
    }

    /// <summary>"between 200 and 300 people", "20 to 30 soldiers": the upper end of a range is counted, approximately.</summary>
    private bool EndsRange(TokenWords w, int first, Sentence sentence) =>
        first - 2 >= sentence.FirstToken && w[first - 1] is "and" or "to" or "-" or "\u2013" or "or"
        && (w.Kind(first - 2) == TokenKind.Number || _lex.Units.ContainsKey(w[first - 2]));

    /// <summary>The counted noun as written ("Palestinians"); "population" for a bare population figure; none for money and percentages.</summary>
    private static string? SubjectText(TokenWords w, NumberExpression number, CountedSubject subject, string category)
    {
        if (number.Currency is not null || number.Percent) return null;
        if (subject.HasHead) return w.Original(subject.HeadStart, subject.HeadEnd);
        return category == QuantityCategory.Population ? "population" : null;
    }
}
