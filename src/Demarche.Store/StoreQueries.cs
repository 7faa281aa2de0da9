using System.Data.Common;
using System.Globalization;

namespace Demarche.Store;

public enum TimelineUnit { Day, Week, Month }

/// <summary>Events in one period of a timeline: merged events and their mentions.</summary>
public sealed record TimelineRow(string Period, int Events, int Mentions);

public sealed record StoreStats(long Documents, long NearDuplicates, long Actors, long Events, long Quotes, long Quantities, long Stances,
    string? FirstDate, string? LastDate);

public sealed record SearchHit(long Id, string Source, string? Title, string? Published, string Snippet);

/// <summary>Read-only questions asked of the store.</summary>
public sealed class StoreQueries(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    /// <summary>Events merged across articles (the first <see cref="EventFilter.Limit"/>); <see cref="EventQueries.Merged"/> pages them.</summary>
    public IReadOnlyList<EventRow> Events(EventFilter f) => new EventQueries(store).Merged(f).Items;

    /// <summary>
    /// Events per period (day, week from Monday, month) for a filter: merged events (same source, target, code
    /// and date) and their mentions. Undated events make one "undated" row at the end.
    /// </summary>
    public IReadOnlyList<TimelineRow> Timeline(EventFilter f, TimelineUnit unit)
    {
        using var cmd = _c.CreateCommand();
        var where = f.Conditions(cmd);
        cmd.CommandText = $"""
            SELECT e.date, count(*), count(DISTINCT coalesce(e.source_key, e.source) || '|' || coalesce(e.target_key, '') || '|' || e.cameo)
            FROM events e JOIN documents d ON d.id = e.document
            {Sql.Where(where)}
            GROUP BY e.date
            """;
        var periods = new SortedDictionary<string, (int Events, int Mentions)>(StringComparer.Ordinal);
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var period = r.StringOrNull(0) is { Length: 10 } day ? Period(DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture), unit) : Undated;
                var (events, mentions) = periods.GetValueOrDefault(period);
                periods[period] = (events + r.Int(2), mentions + r.Int(1));
            }
        var rows = periods.Where(p => p.Key != Undated).Select(p => new TimelineRow(p.Key, p.Value.Events, p.Value.Mentions)).ToList();
        if (periods.TryGetValue(Undated, out var undated)) rows.Add(new TimelineRow(Undated, undated.Events, undated.Mentions));
        return rows;
    }

    private const string Undated = "undated";

    /// <summary>The period a day falls in: the day itself, the Monday of its week, or its month.</summary>
    public static string Period(DateOnly day, TimelineUnit unit) => unit switch
    {
        TimelineUnit.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimelineUnit.Month => day.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public StoreStats Stats()
    {
        long Count(string sql)
        {
            using var cmd = _c.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        string? first, last;
        using (var dates = _c.CreateCommand())
        {
            dates.CommandText = "SELECT min(published), max(published) FROM documents";
            using var r = dates.ExecuteReader();
            r.Read();
            (first, last) = (r.StringOrNull(0), r.StringOrNull(1));
        }
        return new StoreStats(Count("SELECT count(*) FROM documents"), Count("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            Count("SELECT count(DISTINCT actor_id) FROM actors"), Count("SELECT count(*) FROM events"), Count("SELECT count(*) FROM quotes"),
            Count("SELECT count(*) FROM quantities"), Count("SELECT count(*) FROM stances"), first, last);
    }

    /// <summary>Full-text search: plain words are ANDed, a "quoted phrase" stays a phrase (SQLite FTS5 or PostgreSQL tsquery).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, DateOnly? from = null, DateOnly? to = null) =>
        SearchPage(query, null, limit, from, to).Items;

    /// <summary>
    /// A page of search hits, best first. Hits are ranked by relevance, which has no key to page on, so the cursor
    /// holds how many hits came before; the database still reads only up to the end of the page.
    /// </summary>
    /// <param name="from">documents published on or after</param>
    /// <param name="to">documents published on or before</param>
    public Page<SearchHit> SearchPage(string query, string? cursor, int limit = 20, DateOnly? from = null, DateOnly? to = null)
    {
        limit = Sql.Clamp(limit, 200);
        long skip = PageCursor.Decode(cursor) is { } c ? Convert.ToInt64(c.Tie, CultureInfo.InvariantCulture) : 0;
        if (skip < 0) throw new FormatException("the cursor is not one that this server gave (ask again without it)");
        using var cmd = _c.CreateCommand();
        var published = PublishedBetween(cmd, from, to);
        cmd.CommandText = store.Dialect.SearchSql.Replace("/*filter*/", string.Concat(published.Select(condition => " AND " + condition)), StringComparison.Ordinal).TrimEnd()
            + " OFFSET @skip";
        cmd.AddParameter("@q", store.Dialect.SearchQuery(query));
        cmd.AddParameter("@limit", limit + 1);
        cmd.AddParameter("@skip", skip);
        long n = skip;
        return Keyset.Read(cmd, limit, r =>
        {
            n++;
            return new SearchHit(r.Long(0), r.GetString(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4) ?? "");
        }, (_, _) => new PageCursor(null, n));
    }

    /// <summary>Conditions on documents d: published on or after <paramref name="from"/>, on or before <paramref name="to"/>.</summary>
    internal static List<string?> PublishedBetween(DbCommand cmd, DateOnly? from, DateOnly? to)
    {
        var where = new List<string?>();
        if (from is { } f) { where.Add("d.published >= @pub_from"); cmd.AddParameter("@pub_from", Sql.Day(f)); }
        if (to is { } t) { where.Add("d.published <= @pub_to"); cmd.AddParameter("@pub_to", Sql.Day(t)); }
        return where;
    }

    /// <summary>
    /// The FTS5 query for what the user typed, read as PostgreSQL's websearch_to_tsquery reads it: words are
    /// ANDed, "a phrase" in quotes, <c>or</c> between two terms, <c>-word</c> or <c>-"a phrase"</c> excludes.
    /// Every word is quoted, so user text never breaks FTS5 syntax. FTS5 cannot express a query of exclusions
    /// only; such a query finds nothing.
    /// </summary>
    public static string ToFtsQuery(string query)
    {
        var positive = new List<string>(); // ANDed; "a or b" is one term (a OR b)
        var excluded = new List<string>();
        bool orNext = false;
        foreach (var (term, negated) in SearchTerms(query))
        {
            if (!negated && term.Equals("or", StringComparison.OrdinalIgnoreCase) && positive.Count > 0)
            {
                orNext = true;
                continue;
            }
            var quoted = "\"" + term.Replace("\"", "") + "\"";
            if (negated) excluded.Add(quoted);
            else if (orNext) positive[^1] = "(" + positive[^1] + " OR " + quoted + ")";
            else positive.Add(quoted);
            orNext = false;
        }
        if (positive.Count == 0) return "\"\"";
        var q = string.Join(" AND ", positive);
        if (positive.Count > 1) q = "(" + q + ")";
        foreach (var x in excluded) q += " NOT " + x;
        return q;
    }

    /// <summary>The words and "quoted phrases" of a query, each with whether a '-' before it excludes it.</summary>
    private static IEnumerable<(string Term, bool Negated)> SearchTerms(string query)
    {
        int i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i])) { i++; continue; }
            bool negated = false;
            if (query[i] == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1])) { negated = true; i++; }
            string term;
            if (query[i] == '"')
            {
                int close = query.IndexOf('"', i + 1);
                if (close < 0) close = query.Length;
                term = string.Join(' ', query[(i + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                i = close + 1;
            }
            else
            {
                int end = i;
                while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] != '"') end++;
                term = query[i..end];
                i = end;
            }
            if (term.Trim('-').Length > 0) yield return (term, negated);
        }
    }
}
