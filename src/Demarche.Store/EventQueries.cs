using System.Data.Common;

namespace Demarche.Store;

/// <summary>Filters for event lists, timelines and exports; every one is optional.</summary>
public sealed record EventFilter
{
    /// <summary>Source or target: an actor id or a country code.</summary>
    public string? Actor { get; init; }
    /// <summary>With <see cref="Actor"/>: the other side (events between the two, either way).</summary>
    public string? With { get; init; }
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
    internal List<string?> Conditions(DbCommand cmd)
    {
        var where = new List<string?>();
        void Add(string clause, string name, object value) { where.Add(clause); cmd.AddParameter(name, value); }
        if ((Actor ?? With) is { } one)
        {
            // the actor's events through the four (column, date) indexes: an OR of the four columns next to a date
            // range lets SQLite's planner walk the date index over every actor's events instead
            cmd.AddParameter("@actor", one);
            var dates = (From is null ? "" : " AND date >= @from") + (To is null ? "" : " AND date <= @to");
            where.Add("e.id IN (" + string.Join(" UNION ALL ", new[] { "source_key", "target_key", "source", "target" }
                .Select(c => $"SELECT id FROM events WHERE {c} = @actor{dates}")) + ")");
        }
        if (Actor is { } a && With is { } w)
        {
            cmd.AddParameter("@with", w);
            where.Add("((e.source_key = @actor OR e.source = @actor) AND (e.target_key = @with OR e.target = @with) OR " +
                "(e.source_key = @with OR e.source = @with) AND (e.target_key = @actor OR e.target = @actor))");
        }
        if (Source is { } s) Add("(e.source = @src OR e.source_key = @src)", "@src", s);
        if (Target is { } t) Add("(e.target = @tgt OR e.target_key = @tgt)", "@tgt", t);
        if (Code is { } c) Add(@"e.cameo LIKE @code ESCAPE '\'", "@code", Like.Escape(c) + "%");
        if (Plover is { } p) Add("e.plover = @plover", "@plover", p.ToUpperInvariant());
        if (Quad is { } q) Add("e.quad = @quad", "@quad", q);
        if (From is { } from) Add("e.date >= @from", "@from", Sql.Day(from));
        if (To is { } to) Add("e.date <= @to", "@to", Sql.Day(to));
        if (Text is { } text) Add(Like.Contains(EventQueries.SentenceText, "@text"), "@text", Like.Escape(text));
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

/// <summary>How exactly an event's date is known and where it happened, as event lists show them.</summary>
public abstract record EventWhereWhen
{
    /// <summary>day | week | month | year; null for an undated event.</summary>
    public string? DatePrecision { get; init; }
    /// <summary>Where it happened (the location's name and its ISO 3166-1 alpha-3 country), when the text said.</summary>
    public string? Place { get; init; }
    public string? PlaceCountry { get; init; }
}

/// <summary>One event across articles: the same (source, target, code, date), with GDELT-style counts.</summary>
/// <param name="Id">the smallest id of its events (a stable order for paging)</param>
/// <param name="Document">the first document that reports it</param>
public sealed record EventRow(string Source, string? Target, string Cameo, string? Plover, int Quad, double Goldstein,
    string? Date, int Mentions, int Articles, string Trigger, string Example, long Id = 0, long Document = 0) : EventWhereWhen;

/// <summary>One coded event as read from one document, with the offsets of its sentence in that document's text.</summary>
public sealed record EventItem(long Id, long Document, string? Title, string Source, string? Target, string? SourceKey, string? TargetKey,
    string Cameo, string? Plover, int Quad, double Goldstein, bool Negated, bool Hypothetical, string? Date, string Trigger,
    int SentenceStart, int SentenceEnd, string Rule, string Sentence) : EventWhereWhen;

/// <summary>How an event list is sorted: a column (date, goldstein, quad, cameo) and a direction; ties go by id.</summary>
public sealed record EventSort(string Column = "date", bool Descending = true)
{
    private static readonly Dictionary<string, (string Sql, bool Nullable)> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = ("e.date", true), ["goldstein"] = ("e.goldstein", false), ["quad"] = ("e.quad", false), ["cameo"] = ("e.cameo", false),
    };

    public static IReadOnlyCollection<string> Names => Columns.Keys;

    /// <summary>"date" (ascending) or "-date" (descending); null or empty for the default, newest first.</summary>
    /// <exception cref="FormatException">An unknown column.</exception>
    public static EventSort Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new EventSort();
        bool descending = text.StartsWith('-');
        var name = text.TrimStart('-', '+');
        if (!Columns.ContainsKey(name)) throw new FormatException($"cannot sort by '{name}' (one of: {string.Join(", ", Columns.Keys)}, '-' first for descending)");
        return new EventSort(name.ToLowerInvariant(), descending);
    }

    internal Keyset Keyset => new(Columns[Column].Sql, "e.id", Descending, Columns[Column].Nullable);

    internal object? ValueOf(EventItem e) => Column switch
    {
        "goldstein" => e.Goldstein,
        "quad" => (long)e.Quad,
        "cameo" => e.Cameo,
        _ => e.Date,
    };
}

/// <summary>Two actors and the asserted events between them (either way) in a period.</summary>
public sealed record NetworkEdge(string A, string B, int Events, double MeanGoldstein);

/// <summary>An actor another deals with, and how: events either way and their mean Goldstein value.</summary>
public sealed record Counterpart(string Actor, int Events, double MeanGoldstein);

/// <summary>Event lists, paged by cursor: one event per row, merged across articles, and the network of who deals with whom.</summary>
public sealed class EventQueries(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    /// <summary>The text of an event's sentence, cut in C# on UTF-16 offsets when it was written (see <see cref="TextSlices"/>); never SQL substr.</summary>
    internal const string SentenceText = "e.sentence";

    /// <summary>Events one by one, each with its document and sentence.</summary>
    public Page<EventItem> Items(EventFilter f, EventSort? sort = null, string? cursor = null, int limit = 50)
    {
        sort ??= new EventSort();
        limit = Sql.Clamp(limit);
        var keyset = sort.Keyset;
        using var cmd = _c.CreateCommand();
        var where = f.Conditions(cmd);
        where.Add(keyset.After(PageCursor.Decode(cursor), cmd));
        cmd.AddParameter("@limit", limit + 1);
        cmd.CommandText = $"""
            SELECT e.id, e.document, d.title, e.source, e.target, e.source_key, e.target_key, e.cameo, e.plover, e.quad, e.goldstein,
                   e.negated, e.hypothetical, e.date, e.trigger, e.sentence_start, e.sentence_end, e.rule, {SentenceText},
                   e.date_precision, e.location_name, e.location_country
            FROM events e JOIN documents d ON d.id = e.document
            {Sql.Where(where)}
            ORDER BY {keyset.OrderBy}
            LIMIT @limit
            """;
        return Keyset.Read(cmd, limit, r => new EventItem(r.Long(0), r.Long(1), r.StringOrNull(2), r.GetString(3), r.StringOrNull(4), r.StringOrNull(5),
                r.StringOrNull(6), r.GetString(7), r.StringOrNull(8), r.Int(9), r.GetDouble(10), r.Int(11) != 0, r.Int(12) != 0, r.StringOrNull(13),
                r.GetString(14), r.Int(15), r.Int(16), r.GetString(17), r.StringOrNull(18) ?? "")
            {
                DatePrecision = r.StringOrNull(19), Place = r.StringOrNull(20), PlaceCountry = r.StringOrNull(21),
            },
            (_, e) => new PageCursor(sort.ValueOf(e), e.Id));
    }

    /// <summary>Events merged across articles by (source, target, code, date), newest first.</summary>
    public Page<EventRow> Merged(EventFilter f, string? cursor = null, int? limit = null)
    {
        int n = Sql.Clamp(limit ?? f.Limit, 10_000);
        var keyset = new Keyset("e.date", "min(e.id)", Descending: true, Nullable: true);
        using var cmd = _c.CreateCommand();
        var where = f.Conditions(cmd);
        var having = keyset.After(PageCursor.Decode(cursor), cmd);
        cmd.AddParameter("@limit", n + 1);
        cmd.CommandText = $"""
            SELECT e.source_key, e.target_key, e.cameo, max(e.plover), max(e.quad), max(e.goldstein), e.date,
                   count(*), count(DISTINCT e.document), max(e.trigger), max({SentenceText}), min(e.id), min(e.document),
                   max(e.date_precision), max(e.location_name), max(e.location_country)
            FROM events e JOIN documents d ON d.id = e.document
            {Sql.Where(where)}
            GROUP BY e.source_key, e.target_key, e.cameo, e.date
            {(having is null ? "" : "HAVING " + having)}
            ORDER BY {keyset.OrderBy}
            LIMIT @limit
            """;
        return Keyset.Read(cmd, n, r => new EventRow(r.GetString(0), r.StringOrNull(1), r.GetString(2), r.StringOrNull(3),
                r.Int(4), r.GetDouble(5), r.StringOrNull(6), r.Int(7), r.Int(8), r.GetString(9), r.StringOrNull(10) ?? "", r.Long(11), r.Long(12))
            {
                DatePrecision = r.StringOrNull(13), Place = r.StringOrNull(14), PlaceCountry = r.StringOrNull(15),
            },
            (_, e) => new PageCursor(e.Date, e.Id));
    }

    /// <summary>
    /// Who deals with whom: pairs of actors (roll-up keys) with at least <paramref name="minEvents"/> asserted events
    /// between them, either way, in the period; the <paramref name="limit"/> busiest pairs.
    /// </summary>
    public IReadOnlyList<NetworkEdge> Network(DateOnly? from, DateOnly? to, int minEvents = 1, int limit = 200)
    {
        using var cmd = _c.CreateCommand();
        var where = new List<string?> { "e.negated = 0", "e.hypothetical = 0", "e.source_key IS NOT NULL", "e.target_key IS NOT NULL", "e.source_key <> e.target_key" };
        if (from is { } a) { where.Add("e.date >= @from"); cmd.AddParameter("@from", Sql.Day(a)); }
        if (to is { } b) { where.Add("e.date <= @to"); cmd.AddParameter("@to", Sql.Day(b)); }
        cmd.CommandText = $"SELECT e.source_key, e.target_key, count(*), sum(e.goldstein) FROM events e {Sql.Where(where)} GROUP BY e.source_key, e.target_key";
        var pairs = new Dictionary<(string, string), (int Count, double Sum)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var (s, t) = (r.GetString(0), r.GetString(1));
                var key = string.CompareOrdinal(s, t) < 0 ? (s, t) : (t, s);
                var (n, sum) = pairs.GetValueOrDefault(key);
                pairs[key] = (n + r.Int(2), sum + r.GetDouble(3));
            }
        return pairs.Where(p => p.Value.Count >= minEvents)
            .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Take(Math.Max(1, limit))
            .Select(p => new NetworkEdge(p.Key.Item1, p.Key.Item2, p.Value.Count, Math.Round(p.Value.Sum / p.Value.Count, 2)))
            .ToList();
    }

    /// <summary>The actors (roll-up keys) that <paramref name="actor"/> has the most asserted events with, either way.</summary>
    public IReadOnlyList<Counterpart> Counterparts(string actor, int limit = 10)
    {
        using var cmd = _c.CreateCommand();
        cmd.AddParameter("@a", actor);
        cmd.AddParameter("@limit", Sql.Clamp(limit));
        cmd.CommandText = """
            SELECT other, count(*), avg(goldstein) FROM (
                SELECT target_key AS other, goldstein FROM events WHERE source_key = @a AND negated = 0 AND hypothetical = 0
                UNION ALL
                SELECT source_key, goldstein FROM events WHERE target_key = @a AND negated = 0 AND hypothetical = 0
            ) AS sides
            WHERE other IS NOT NULL AND other <> @a
            GROUP BY other ORDER BY count(*) DESC, other LIMIT @limit
            """;
        using var r = cmd.ExecuteReader();
        var list = new List<Counterpart>();
        while (r.Read()) list.Add(new Counterpart(r.GetString(0), r.Int(1), Math.Round(r.GetDouble(2), 2)));
        return list;
    }
}
