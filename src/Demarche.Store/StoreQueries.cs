using System.Data.Common;
using System.Globalization;

namespace Demarche.Store;

/// <summary>Filters for <see cref="StoreQueries.Events"/>; every one is optional.</summary>
public sealed record EventFilter
{
    /// <summary>Source or target: an actor id or a country code.</summary>
    public string? Actor { get; init; }
    public string? Source { get; init; }
    public string? Target { get; init; }
    /// <summary>A CAMEO code or a prefix of one (root "19", base "190").</summary>
    public string? Code { get; init; }
    public string? Plover { get; init; }
    public int? Quad { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Words that the event's sentence must contain.</summary>
    public string? Text { get; init; }
    public bool IncludeNegated { get; init; }
    public bool IncludeHypothetical { get; init; }
    public int Limit { get; init; } = 100;
}

/// <summary>One event across articles: the same (source, target, code, date), with GDELT-style counts.</summary>
public sealed record EventRow(string Source, string? Target, string Cameo, string? Plover, int Quad, double Goldstein,
    string? Date, int Mentions, int Articles, string Trigger, string Example);

public sealed record StoreStats(long Documents, long NearDuplicates, long Actors, long Events, long Quotes, long Quantities, long Stances,
    string? FirstDate, string? LastDate);

public sealed record SearchHit(long Id, string Source, string? Title, string? Published, string Snippet);

/// <summary>Read-only questions asked of the store.</summary>
public sealed class StoreQueries(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    public IReadOnlyList<EventRow> Events(EventFilter f)
    {
        var where = new List<string>();
        using var cmd = _c.CreateCommand();
        void Add(string clause, string name, object value) { where.Add(clause); cmd.AddParameter(name, value); }
        if (f.Actor is { } a) Add("(e.source = @actor OR e.target = @actor OR e.source_key = @actor OR e.target_key = @actor)", "@actor", a);
        if (f.Source is { } s) Add("(e.source = @src OR e.source_key = @src)", "@src", s);
        if (f.Target is { } t) Add("(e.target = @tgt OR e.target_key = @tgt)", "@tgt", t);
        if (f.Code is { } c) Add(@"e.cameo LIKE @code ESCAPE '\'", "@code", Like.Escape(c) + "%");
        if (f.Plover is { } p) Add("e.plover = @plover", "@plover", p.ToUpperInvariant());
        if (f.Quad is { } q) Add("e.quad = @quad", "@quad", q);
        if (f.From is { } from) Add("e.date >= @from", "@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (f.To is { } to) Add("e.date <= @to", "@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (f.Text is { } text) Add(Like.Contains(SentenceText, "@text"), "@text", Like.Escape(text));
        if (!f.IncludeNegated) where.Add("e.negated = 0");
        if (!f.IncludeHypothetical) where.Add("e.hypothetical = 0");
        cmd.AddParameter("@limit", f.Limit);
        cmd.CommandText = $"""
            SELECT e.source_key, e.target_key, e.cameo, max(e.plover), max(e.quad), max(e.goldstein), e.date,
                   count(*), count(DISTINCT e.document), max(e.trigger), max({SentenceText})
            FROM events e JOIN documents d ON d.id = e.document
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            GROUP BY e.source_key, e.target_key, e.cameo, e.date
            ORDER BY e.date DESC NULLS LAST, count(*) DESC
            LIMIT @limit
            """;
        using var r = cmd.ExecuteReader();
        var rows = new List<EventRow>();
        while (r.Read())
            rows.Add(new EventRow(r.GetString(0), r.StringOrNull(1), r.GetString(2), r.StringOrNull(3),
                r.Int(4), r.GetDouble(5), r.StringOrNull(6), r.Int(7), r.Int(8), r.GetString(9), r.StringOrNull(10) ?? ""));
        return rows;
    }

    /// <summary>The text of an event's sentence, cut in C# when it was written (see <see cref="EventSentences"/>).</summary>
    private const string SentenceText = "e.sentence";

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
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        using var cmd = _c.CreateCommand();
        cmd.CommandText = store.Dialect.SearchSql;
        cmd.AddParameter("@q", store.Dialect.SearchQuery(query));
        cmd.AddParameter("@limit", limit);
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
            hits.Add(new SearchHit(r.Long(0), r.GetString(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4) ?? ""));
        return hits;
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
