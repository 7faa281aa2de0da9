using Demarche.Core.Model;
using Demarche.Core.Text;

namespace Demarche.Events;

/// <summary>
/// A date expression in a sentence: either an absolute date (possibly without year), a weekday to resolve
/// against the publication date, or an offset from it ("yesterday", "last week").
/// </summary>
public sealed record DateMention(int FirstToken, int EndToken)
{
    public int? Year { get; init; }
    public int? Month { get; init; }
    public int? Day { get; init; }
    public DayOfWeek? Weekday { get; init; }
    /// <summary>Days relative to publication ("yesterday" = -1).</summary>
    public int? OffsetDays { get; init; }
    public int? OffsetMonths { get; init; }
    public int? OffsetYears { get; init; }
    public bool IsFutureWord { get; init; }
    /// <summary>Set for words that name a whole period ("last week", "this month"): the date stands for that period.</summary>
    public string? Period { get; init; }

    /// <summary>How exactly the mention dates an event (see <see cref="DatePrecisions"/>).</summary>
    public string Precision =>
        Period ?? (Weekday is not null ? DatePrecisions.Day
        : OffsetDays is not null ? DatePrecisions.Day
        : OffsetMonths is not null ? DatePrecisions.Month
        : OffsetYears is not null ? DatePrecisions.Year
        : Month is not null ? (Day is null ? DatePrecisions.Month : DatePrecisions.Day)
        : DatePrecisions.Year);

    /// <summary>Resolves against the publication date; <paramref name="future"/> picks the next weekday instead of the last.</summary>
    public DateOnly? Resolve(DateOnly? published, bool future)
    {
        if (Weekday is { } wd)
        {
            if (published is not { } p) return null;
            int diff = ((int)p.DayOfWeek - (int)wd + 7) % 7;
            if (future || IsFutureWord) return p.AddDays(((int)wd - (int)p.DayOfWeek + 7) % 7);
            return p.AddDays(-diff);
        }
        if (OffsetDays is { } od) return published?.AddDays(od);
        if (OffsetMonths is { } om) return published is { } pm ? new DateOnly(pm.Year, pm.Month, 1).AddMonths(om) : null;
        if (OffsetYears is { } oy) return published is { } py ? new DateOnly(py.Year + oy, 1, 1) : null;
        if (Month is { } m)
        {
            int? year = Year;
            if (year is null)
            {
                if (published is not { } p) return null;
                year = p.Year;
                var guess = SafeDate(p.Year, m, Day ?? 1);
                if (!future && guess is { } g && g > p.AddDays(1)) year = p.Year - 1;
                if (future && guess is { } g2 && g2 < p.AddDays(-1)) year = p.Year + 1;
            }
            return SafeDate(year.Value, m, Day ?? 1);
        }
        if (Year is { } y) return SafeDate(y, 1, 1);
        return null;
    }

    private static DateOnly? SafeDate(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
}

/// <summary>Finds date expressions in a sentence's tokens (lowercase forms given).</summary>
public static class DateFinder
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1, ["february"] = 2, ["feb"] = 2, ["feb."] = 2, ["march"] = 3, ["mar"] = 3, ["mar."] = 3,
        ["april"] = 4, ["apr"] = 4, ["apr."] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["jun."] = 6, ["july"] = 7, ["jul"] = 7, ["jul."] = 7,
        ["august"] = 8, ["aug"] = 8, ["aug."] = 8, ["september"] = 9, ["sep"] = 9, ["sep."] = 9, ["sept"] = 9, ["sept."] = 9,
        ["october"] = 10, ["oct"] = 10, ["oct."] = 10, ["november"] = 11, ["nov"] = 11, ["nov."] = 11, ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    };
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };
    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>The dates of tokens [first, end) in <paramref name="found"/> (emptied first: a list kept between sentences), which it returns.</summary>
    public static List<DateMention> Find(string text, Token[] tokens, string[] lowers, int first, int end, List<DateMention> found)
    {
        found.Clear();
        for (int i = first; i < end; i++)
        {
            string w = lowers[i];
            if (Weekdays.TryGetValue(w, out var wd) && char.IsUpper(text[tokens[i].Start]))
            {
                bool next = i > first && lowers[i - 1] is "next" or "coming" || i > first + 1 && lowers[i - 2] == "this" && lowers[i - 1] == "coming";
                found.Add(new DateMention(i, i + 1) { Weekday = wd, IsFutureWord = next });
                continue;
            }
            if (Months.TryGetValue(w, out int month) && char.IsUpper(text[tokens[i].Start]) && !(w == "may" && !NumberAround(lowers, i, first, end)) && !(w == "march" && !NumberAround(lowers, i, first, end) && !(i > first && lowers[i - 1] is "in" or "since" or "until" or "last" or "early" or "late" or "mid")))
            {
                int j = i + 1;
                int? day = null, year = null;
                if (j < end && lowers[j] == ".") j++;
                if (j < end && DayNumber(lowers[j]) is { } d) { day = d; j++; if (j < end && lowers[j] == ",") { if (j + 1 < end && YearNumber(lowers[j + 1]) is { } y1) { year = y1; j += 2; } } }
                if (year is null && j < end && YearNumber(lowers[j]) is { } y) { year = y; j++; }
                int start = i;
                if (day is null && i - 1 >= first && DayNumber(lowers[i - 1]) is { } d2) { day = d2; start = i - 1; }
                if (day is null && i - 2 >= first && lowers[i - 1] == "of" && DayNumber(lowers[i - 2]) is { } d3) { day = d3; start = i - 2; }
                found.Add(new DateMention(start, j) { Month = month, Day = day, Year = year });
                i = j - 1;
                continue;
            }
            if (YearNumber(w) is { } yr && tokens[i].Kind == TokenKind.Number && !(i + 1 < end && lowers[i + 1] is "people" or "troops" or "soldiers" or "%" or "percent"))
            {
                found.Add(new DateMention(i, i + 1) { Year = yr });
                continue;
            }
            switch (w)
            {
                case "yesterday": found.Add(new DateMention(i, i + 1) { OffsetDays = -1 }); break;
                case "today" or "tonight": found.Add(new DateMention(i, i + 1) { OffsetDays = 0 }); break;
                case "tomorrow": found.Add(new DateMention(i, i + 1) { OffsetDays = 1, IsFutureWord = true }); break;
                case "week" or "month" or "year" when i > first:
                {
                    string before = lowers[i - 1];
                    int start = i - 1;
                    if (before is "this" or "last" or "next" or "past")
                    {
                        if (i - 2 >= first && lowers[i - 2] is "earlier" or "later") start = i - 2;
                        var m = (w, before) switch
                        {
                            ("week", "last" or "past") => new DateMention(start, i + 1) { OffsetDays = -7, Period = DatePrecisions.Week },
                            ("week", "this") => new DateMention(start, i + 1) { OffsetDays = 0, Period = DatePrecisions.Week },
                            ("week", "next") => new DateMention(start, i + 1) { OffsetDays = 7, IsFutureWord = true, Period = DatePrecisions.Week },
                            ("month", "last" or "past") => new DateMention(start, i + 1) { OffsetMonths = -1 },
                            ("month", "this") => new DateMention(start, i + 1) { OffsetDays = 0, Period = DatePrecisions.Month },
                            ("month", "next") => new DateMention(start, i + 1) { OffsetMonths = 1, IsFutureWord = true },
                            ("year", "last" or "past") => new DateMention(start, i + 1) { OffsetYears = -1 },
                            ("year", "this") => new DateMention(start, i + 1) { OffsetDays = 0, Period = DatePrecisions.Year },
                            ("year", "next") => new DateMention(start, i + 1) { OffsetYears = 1, IsFutureWord = true },
                            _ => null,
                        };
                        if (m is not null) found.Add(m);
                    }
                    break;
                }
                case "ago" when i > first + 1:
                {
                    string unit = lowers[i - 1];
                    string count = lowers[i - 2];
                    int n = SmallNumbers.TryGetValue(count, out int sn) ? sn : int.TryParse(count, out int pn) ? pn : 0;
                    if (n > 0)
                    {
                        var m = unit switch
                        {
                            "day" or "days" => new DateMention(i - 2, i + 1) { OffsetDays = -n },
                            "week" or "weeks" => new DateMention(i - 2, i + 1) { OffsetDays = -7 * n, Period = DatePrecisions.Week },
                            "month" or "months" => new DateMention(i - 2, i + 1) { OffsetMonths = -n },
                            "year" or "years" => new DateMention(i - 2, i + 1) { OffsetYears = -n },
                            _ => null,
                        };
                        if (m is not null) found.Add(m);
                    }
                    break;
                }
            }
        }
        // "Oct 7 … in 2023": a day without year takes the sentence's year when it is adjacent in meaning
        DateMention? lone = null;
        int lones = 0;
        foreach (var m in found)
            if (m.Year is { } && m.Month is null && m.Day is null && lones++ == 0) lone = m;
        if (lones == 1)
        {
            bool used = false;
            for (int k = 0; k < found.Count; k++)
                if (found[k].Month is not null && found[k].Year is null) { found[k] = found[k] with { Year = lone!.Year }; used = true; }
            if (used) found.Remove(lone!);
        }
        return found;
    }

    private static bool NumberAround(string[] lowers, int i, int first, int end) =>
        i + 1 < end && DayNumber(lowers[i + 1]) is not null || i + 1 < end && YearNumber(lowers[i + 1]) is not null || i - 1 >= first && DayNumber(lowers[i - 1]) is not null;

    private static int? DayNumber(string w)
    {
        var s = w.EndsWith("st") || w.EndsWith("nd") || w.EndsWith("rd") || w.EndsWith("th") ? w[..^2] : w;
        return s.Length is 1 or 2 && int.TryParse(s, out int d) && d is >= 1 and <= 31 ? d : null;
    }

    private static int? YearNumber(string w) => w.Length == 4 && int.TryParse(w, out int y) && y is >= 1900 and <= 2100 ? y : null;
}
