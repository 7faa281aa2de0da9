using System.Globalization;
using Demarche.Core.Text;

namespace Demarche.Segmentation;

/// <summary>
/// Splits clean text into tokens with exact offsets, the way spaCy does for English news: words keep inner
/// apostrophes, periods of abbreviations and initials ("U.S.", "Gen.", "F."), and digit groups ("1,200", "2.3");
/// hyphens, possessive 's and n't are tokens of their own; URLs stay whole.
/// </summary>
public sealed class Tokenizer
{
    public Token[] Tokenize(string text)
    {
        // a thread's list, kept between texts while small (the array it grew to was made for each text)
        var tokens = _buffer ?? new List<Token>(256);
        _buffer = null;
        tokens.Clear();
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsWordChar(c))
            {
                if (IsUrlStart(text, i)) { i = AddUrl(text, i, tokens); continue; }
                i = AddWord(text, i, tokens);
                continue;
            }
            int start = i;
            if (c == '.' && i + 2 < n && text[i + 1] == '.' && text[i + 2] == '.') i += 3;
            else if (c == '-' && i + 1 < n && text[i + 1] == '-') { while (i < n && text[i] == '-') i++; }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1])) i += 2;
            else i++;
            tokens.Add(new Token(start, i, PunctuationKind(c)));
        }
        var result = tokens.ToArray();
        if (tokens.Capacity <= KeptCapacity)
        {
            tokens.Clear();
            _buffer = tokens;
        }
        return result;
    }

    private const int KeptCapacity = 16_384;
    [ThreadStatic] private static List<Token>? _buffer;

    private static TokenKind PunctuationKind(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol => TokenKind.Symbol,
        _ when c is '%' or '&' or '@' or '#' or '§' or '°' => TokenKind.Symbol,
        _ when char.IsSurrogate(c) => TokenKind.Symbol,
        _ => TokenKind.Punctuation,
    };

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static int AddWord(string text, int start, List<Token> tokens)
    {
        int n = text.Length, i = start;
        bool allDigits = true, hasInnerPeriod = false;
        while (i < n)
        {
            char c = text[i];
            if (IsWordChar(c)) { if (!char.IsDigit(c)) allDigits = false; i++; continue; }
            bool nextIsWord = i + 1 < n && IsWordChar(text[i + 1]);
            if (!nextIsWord) break;
            if (IsApostrophe(c)) { i++; continue; }
            if (c == '.')
            {
                // inner periods: U.S, e.g, 2.3, a.m
                bool prevDigit = char.IsDigit(text[i - 1]), nextDigit = char.IsDigit(text[i + 1]);
                if (prevDigit && nextDigit || IsShortAbbreviationPart(text, start, i)) { hasInnerPeriod = true; i++; continue; }
                break;
            }
            if ((c == ',' || c == ':') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) && allDigitsSoFar(text, start, i)) { i++; continue; }
            break;
        }
        int end = i;
        // a final period that belongs to the word: abbreviations, initials, U.S.
        if (end < n && text[end] == '.' && !(end + 2 < n && text[end + 1] == '.' && text[end + 2] == '.'))
        {
            var word = text.AsSpan(start, end - start);
            bool attach = hasInnerPeriod && !allDigits
                || word.Length == 1 && char.IsUpper(word[0])
                || Abbreviations.IsAlways(word)
                || Abbreviations.IsBeforeNumber(word) && NextNonSpaceIsDigit(text, end + 1)
                || Abbreviations.MayEndSentence(word);
            if (attach) end++;
        }
        // split n't and possessive 's
        int len = end - start;
        if (len > 3 && (text[end - 1] is 't' or 'T') && IsApostrophe(text[end - 2]) && (text[end - 3] is 'n' or 'N'))
        {
            tokens.Add(new Token(start, end - 3, TokenKind.Word));
            tokens.Add(new Token(end - 3, end, TokenKind.Word));
            return end;
        }
        if (len > 2 && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end - 2]))
        {
            tokens.Add(new Token(start, end - 2, KindOf(text, start, end - 2)));
            tokens.Add(new Token(end - 2, end, TokenKind.Word));
            return end;
        }
        tokens.Add(new Token(start, end, KindOf(text, start, end)));
        return end;
    }

    private static bool allDigitsSoFar(string text, int start, int i)
    {
        for (int k = start; k < i; k++)
            if (!char.IsDigit(text[k]) && text[k] is not (',' or '.' or ':')) return false;
        return true;
    }

    /// <summary>"U.S", "e.g", "a.m": single letters separated by periods.</summary>
    private static bool IsShortAbbreviationPart(string text, int start, int dot)
    {
        // the part before the dot is a single letter, and the part after is a single letter followed by a dot or end
        bool before = dot - 1 >= start && char.IsLetter(text[dot - 1]) && (dot - 1 == start || text[dot - 2] == '.');
        bool after = dot + 1 < text.Length && char.IsLetter(text[dot + 1]) && (dot + 2 >= text.Length || !IsWordChar(text[dot + 2]));
        return before && after;
    }

    private static bool NextNonSpaceIsDigit(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i < text.Length && char.IsDigit(text[i]);
    }

    private static TokenKind KindOf(string text, int start, int end)
    {
        if (!char.IsDigit(text[start])) return TokenKind.Word;
        for (int k = start; k < end; k++)
            if (!char.IsDigit(text[k]) && text[k] is not (',' or '.' or ':')) return TokenKind.Word;
        return TokenKind.Number;
    }

    private static bool IsUrlStart(string text, int i) =>
        text.AsSpan(i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.AsSpan(i).StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int AddUrl(string text, int start, List<Token> tokens)
    {
        int i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        while (i > start && text[i - 1] is '.' or ',' or ';' or ':' or ')' or '"' or '\'' or '\u201D' or '\u2019' or '!' or '?') i--;
        tokens.Add(new Token(start, i, TokenKind.Word));
        return i;
    }
}
