using System.Globalization;
using System.Text.RegularExpressions;
using Demarche.Core.Text;

namespace Demarche.Quantities;

/// <summary>
/// Reads a number expression starting at a token: digits ("1,200", "2.3"), glued short forms ("1.5m", "3bn"),
/// number words ("twenty-five", "a dozen", "half a million", "several hundred"), vague counts ("dozens",
/// "tens of thousands"), with a currency sign or word and a percent sign around them.
/// </summary>
public sealed partial class NumberReader
{
    private readonly QuantityLexicon _lex;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _starts;

    public NumberReader(QuantityLexicon lexicon)
    {
        _lex = lexicon;
        // every word that may begin a number expression, any case: number words, "a", "half", the first word of
        // "several hundred" and "tens of thousands", and currencies written before a number ("$", "USD", "US" of "US$")
        var starts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "half" };
        starts.UnionWith(lexicon.Units.Keys);
        starts.UnionWith(lexicon.FewWords.Keys.Select(k => PhraseSet.Split(k)[0]));
        starts.UnionWith(lexicon.Vague.Keys.Select(k => PhraseSet.Split(k)[0]));
        foreach (var key in lexicon.CurrencyBefore.Keys)
        {
            int sign = key.IndexOfAny(['$', '€', '£', '¥']);
            starts.Add(sign > 0 ? key[..sign] : key);
        }
        _starts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [GeneratedRegex(@"^(\d[\d,]*(?:\.\d+)?)([a-z]+)$")]
    private static partial Regex GluedSuffix();

    /// <summary>Whether token <paramref name="i"/> may start a number expression (a quick test before <see cref="Read"/>).</summary>
    public bool MayStart(TokenWords w, int i)
    {
        if (w.Kind(i) == TokenKind.Number) return true;
        var s = w.Span(i);
        return s.Length > 0 && (char.IsDigit(s[0]) || _starts.Contains(s));
    }

    public NumberExpression? Read(TokenWords w, int first, int limit)
    {
        int pos = first;
        string? currency = CurrencyBefore(w, ref pos, limit);
        double value;
        // scaled: the number already carries its multiplier ("1.5m", "two million", "thousands")
        bool approximate = false, vague = false, yearLike = false, loneOne = false, scaled = true;
        if (w.Kind(pos) == TokenKind.Number)
        {
            string s = w[pos];
            if (s.Contains(':')) return null; // a time or a verse
            if (!TryParseDigits(s, out value)) return null;
            yearLike = s.Length == 4 && !s.Contains(',') && !s.Contains('.') && value is >= 1000 and <= 2100;
            scaled = false;
            pos++;
        }
        else if (w[pos].Length > 0 && char.IsDigit(w[pos][0]))
        {
            var m = GluedSuffix().Match(w[pos]);
            if (!m.Success || !_lex.Multipliers.TryGetValue(m.Groups[2].Value, out var mult)) return null;
            if (_lex.CurrencyOnlySuffixes.Contains(m.Groups[2].Value) && currency is null) return null;
            if (!TryParseDigits(m.Groups[1].Value, out value)) return null;
            value *= mult;
            pos++;
        }
        else if (currency is null && _lex.VaguePhrases.MatchAt(w, pos, limit) is > 0 and var vlen)
        {
            string phrase = w.Join(pos, pos + vlen);
            if (vlen == 1 && _lex.VagueNeedsOf.Contains(phrase) && w[pos + 1] != "of") return null;
            value = _lex.Vague[phrase];
            vague = approximate = true;
            pos += vlen;
        }
        else
        {
            if (currency is not null) return null;
            var words = ReadWords(w, pos, limit);
            if (words is null) return null;
            (value, pos, approximate, loneOne) = words.Value;
        }

        // "2.3 million", "1.5 bn", "14.6 billion"
        if (!scaled)
        {
            while (pos < limit && IsSeparateMultiplier(w[pos]))
            {
                value *= _lex.Multipliers[w[pos]]; pos++; yearLike = false;
            }
        }

        // a currency or percent word after: "1.2 billion dollars", "20 percent", "20%", "millions of dollars"
        if (currency is null)
        {
            int after = pos;
            if (vague && w[after] == "of") after++;
            if (_lex.CurrencyAfter.MatchAt(w, after, limit) is > 0 and var clen && !IsWeightOrVerb(w, after, clen))
            {
                currency = _lex.CurrencyAfterCodes[w.Join(after, after + clen)];
                pos = after + clen;
            }
        }
        bool percent = false;
        if (currency is null && _lex.Percent.MatchAt(w, pos, limit) is > 0 and var plen)
        {
            percent = true; pos += plen;
        }
        if (currency is not null || percent) yearLike = false;

        int spanEnd = pos;
        if (_lex.ApproximatorsAfter.MatchAt(w, pos, limit) is > 0 and var alen)
        {
            approximate = true; pos += alen;
        }
        return new NumberExpression
        {
            First = first, SpanEnd = spanEnd, Next = pos, Value = value, Approximate = approximate, Vague = vague,
            Currency = currency, Percent = percent, YearLike = yearLike, LoneOne = loneOne,
        };
    }

    /// <summary>A currency written before the number: "$", "€", "US$" (two touching tokens), "EUR"; moves past it.</summary>
    private string? CurrencyBefore(TokenWords w, ref int pos, int limit)
    {
        char first = w.Text[w.Tokens[pos].Start];
        if (char.IsLower(first) || pos + 1 >= limit) return null;
        if (w.Touch(pos, pos + 1) && pos + 2 < limit && StartsDigits(w, pos + 2)
            && _lex.CurrencyBefore.TryGetValue(w.Original(pos) + w.Original(pos + 1), out var glued))
        {
            pos += 2;
            return glued;
        }
        if (StartsDigits(w, pos + 1) && _lex.CurrencyBefore.TryGetValue(w.Original(pos), out var code))
        {
            pos += 1;
            return code;
        }
        return null;
    }

    /// <summary>"500 pounds of explosives" is a weight; "Won" capitalised or "rand" may be a name or a verb, not money.</summary>
    private static bool IsWeightOrVerb(TokenWords w, int at, int length) =>
        w[at] is "pounds" or "pound" && w[at + length] == "of"
        || length == 1 && w[at] is "won" or "rand" && char.IsUpper(w.Original(at)[0]);

    private bool IsSeparateMultiplier(string word) => _lex.SeparateMultipliers.Contains(word) && _lex.Multipliers.ContainsKey(word);

    private static bool StartsDigits(TokenWords w, int i) => w[i].Length > 0 && char.IsDigit(w[i][0]);

    private static bool TryParseDigits(string s, out double value) =>
        double.TryParse(s.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>"twenty-five", "one hundred and twenty", "a dozen", "two million", "half a million", "several hundred".</summary>
    private (double Value, int Next, bool Approximate, bool LoneOne)? ReadWords(TokenWords w, int pos, int limit)
    {
        double total = 0, current = 0;
        bool any = false, approximate = false;
        int start = pos;
        if (w[pos] == "half" && w[pos + 1] == "a" && pos + 2 < limit && _lex.Multipliers.TryGetValue(w[pos + 2], out var halfOf) && IsWordMultiplier(w[pos + 2]))
            return (halfOf / 2, pos + 3, false, false);
        if (_lex.FewPhrases.MatchAt(w, pos, limit) is > 0 and var flen && pos + flen < limit && IsWordMultiplier(w[pos + flen]) && w[pos + flen] != "dozen")
        {
            current = _lex.FewWords[w.Join(pos, pos + flen)];
            approximate = true; any = true; pos += flen;
        }
        else if (w[pos] == "a" && pos + 1 < limit && IsWordMultiplier(w[pos + 1]))
        {
            current = 1; any = true; pos++;
        }
        while (pos < limit)
        {
            string s = w[pos];
            if (_lex.Units.TryGetValue(s, out var unit) && w.Kind(pos) == TokenKind.Word)
            {
                double group = current % 100;
                bool fits = unit >= 20 ? group == 0 : group == 0 || group >= 20 && group % 10 == 0 && unit is > 0 and < 10;
                if (!fits) break;
                current += unit; any = true; pos++;
                // "twenty-five"
                if (unit >= 20 && unit % 10 == 0 && w.IsHyphen(pos) && w.Touch(pos - 1, pos) && w.Touch(pos, pos + 1)
                    && _lex.Units.TryGetValue(w[pos + 1], out var ones) && ones is > 0 and < 10)
                {
                    current += ones; pos += 2;
                }
                continue;
            }
            if (any && IsWordMultiplier(s))
            {
                double mult = _lex.Multipliers[s];
                if (s is "hundred" or "dozen") current = (current == 0 ? 1 : current) * mult;
                else { total += (current == 0 ? 1 : current) * mult; current = 0; }
                pos++;
                continue;
            }
            if (any && s == "and" && _lex.Units.ContainsKey(w[pos + 1]) && (total > 0 || current >= 100)) { pos++; continue; }
            break;
        }
        if (!any) return null;
        bool loneOne = pos == start + 1 && w[start] == "one";
        return (total + current, pos, approximate, loneOne);
    }

    private bool IsWordMultiplier(string s) =>
        s is "dozen" or "hundred" or "thousand" or "million" or "billion" or "trillion" && _lex.Multipliers.ContainsKey(s);
}
