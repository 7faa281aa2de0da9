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
    /// <summary>Where the event happened: ISO 3166-1 alpha-3 of its location.</summary>
    public string? Country { get; init; }
    /// <summary>Within <see cref="NearKm"/> of this point (latitude, longitude).</summary>
    public (double Lat, double Lon)? Near { get; init; }
    public double NearKm { get; init; } = 50;

    /// <summary>The SQL conditions (on events e and documents d) of every filter set, with their parameters added to the command.</summary>
    internal List<string> Conditions(DbCommand cmd)
    {
        var where = new List<string>();
        void Add(string clause, string name, object value) { where.Add(clause); cmd.AddParameter(name, value); }
        if (Actor is { } a) Add("(e.source = @actor OR e.target = @actor OR e.source_key = @actor OR e.target_key = @actor)", "@actor", a);
        if (Source is { } s) Add("(e.source = @src OR e.source_key = @src)", "@src", s);
        if (Target is { } t) Add("(e.target = @tgt OR e.target_key = @tgt)", "@tgt", t);
        if (Code is { } c) Add(@"e.cameo LIKE @code ESCAPE '\'", "@code", Like.Escape(c) + "%");
        if (Plover is { } p) Add("e.plover = @plover", "@plover", p.ToUpperInvariant());
        if (Quad is { } q) Add("e.quad = @quad", "@quad", q);
        if (From is { } from) Add("e.date >= @from", "@from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (To is { } to) Add("e.date <= @to", "@to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (Text is { } text) Add(Like.Contains(StoreQueries.SentenceText, "@text"), "@text", Like.Escape(text));
        if (Country is { } country) Add("e.location_country = @loc_country", "@loc_country", country.ToUpperInvariant());
        if (Near is { } near)
        {
            // equirectangular distance, exact enough at the scale of a region: (Δlat² + (Δlon·cos lat)²) · 111.2² ≤ km²
            where.Add("e.location_lat IS NOT NULL AND ((e.location_lat - @near_lat) * (e.location_lat - @near_lat) "
                + "+ (e.location_lon - @near_lon) * (e.location_lon - @near_lon) * @near_cos2) <= @near_deg2");
            cmd.AddParameter("@near_lat", near.Lat);
            cmd.AddParameter("@near_lon", near.Lon);
            var cos = Math.Cos(near.Lat * Math.PI / 180);
            cmd.AddParameter("@near_cos2", cos * cos);
            var degrees = NearKm / 111.2;
            cmd.AddParameter("@near_deg2", degrees * degrees);
        }
        if (!IncludeNegated) where.Add("e.negated = 0");
        if (!IncludeHypothetical) where.Add("e.hypothetical = 0");
        return where;
    }
}

/// <summary>One event across articles: the same (source, target, code, date), with GDELT-style counts.</summary>
public sealed record EventRow(string Source, string? Target, string Cameo, string? Plover, int Quad, double Goldstein,
    string? Date, int Mentions, int Articles, string Trigger, string Example)
{
    /// <summary>day | week | month | year; null for an undated event.</summary>
    public string? DatePrecision { get; init; }
    /// <summary>Where it happened (the location's name and country), when the text said.</summary>
    public string? Place { get; init; }
    public string? PlaceCountry { get; init; }
}

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

    public IReadOnlyList<EventRow> Events(EventFilter f)
    {
        using var cmd = _c.CreateCommand();
        var where = f.Conditions(cmd);
        cmd.AddParameter("@limit", f.Limit);
        cmd.CommandText = $"""
            SELECT e.source_key, e.target_key, e.cameo, max(e.plover), max(e.quad), max(e.goldstein), e.date,
                   count(*), count(DISTINCT e.document), max(e.trigger), max({SentenceText}), max(e.date_precision),
                   max(e.location_name), max(e.location_country)
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
                r.Int(4), r.GetDouble(5), r.StringOrNull(6), r.Int(7), r.Int(8), r.GetString(9), r.GetString(10))
            {
                DatePrecision = r.StringOrNull(11), Place = r.StringOrNull(12), PlaceCountry = r.StringOrNull(13),
            });
        return rows;
    }

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
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
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

    /// <summary>The text of an event's sentence (offsets are 0-based, substr is 1-based).</summary>
    internal const string SentenceText = "substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)";

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
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20, DateOnly? from = null, DateOnly? to = null)
    {
        using var cmd = _c.CreateCommand();
        var published = PublishedBetween(cmd, from, to);
        cmd.CommandText = store.Dialect.SearchSql.Replace("/*filter*/", string.Concat(published.Select(c => " AND " + c)), StringComparison.Ordinal);
        cmd.AddParameter("@q", store.Dialect.SearchQuery(query));
        cmd.AddParameter("@limit", limit);
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
            hits.Add(new SearchHit(r.Long(0), r.GetString(1), r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4) ?? ""));
        return hits;
    }

    /// <summary>Conditions on documents d: published on or after <paramref name="from"/>, on or before <paramref name="to"/>.</summary>
    internal static List<string> PublishedBetween(DbCommand cmd, DateOnly? from, DateOnly? to)
    {
        var where = new List<string>();
        if (from is { } f) { where.Add("d.published >= @pub_from"); cmd.AddParameter("@pub_from", f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        if (to is { } t) { where.Add("d.published <= @pub_to"); cmd.AddParameter("@pub_to", t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); }
        return where;
    }

    /// <summary>An FTS5 query with every word quoted, so that user text never breaks FTS5 syntax; a quoted phrase stays a phrase.</summary>
    public static string ToFtsQuery(string query)
    {
        var terms = new List<string>();
        var parts = query.Split('"');
        for (int i = 0; i < parts.Length; i++)
        {
            var words = parts[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            bool quoted = i % 2 == 1 && i < parts.Length - 1; // between a pair of quotes
            if (quoted) terms.Add("\"" + string.Join(' ', words) + "\"");
            else terms.AddRange(words.Select(w => "\"" + w + "\""));
        }
        return terms.Count == 0 ? "\"\"" : string.Join(' ', terms);
    }
}
