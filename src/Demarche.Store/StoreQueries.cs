using System.Text;
using Microsoft.Data.Sqlite;

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
public sealed class StoreQueries(SqliteStore store)
{
    private readonly SqliteConnection _c = store.Connection;

    public IReadOnlyList<EventRow> Events(EventFilter f)
    {
        var where = new List<string>();
        var cmd = _c.CreateCommand();
        void Add(string clause, string name, object value) { where.Add(clause); cmd.Parameters.AddWithValue(name, value); }
        if (f.Actor is { } a) Add("(e.source = $actor OR e.target = $actor OR e.source_key = $actor OR e.target_key = $actor)", "$actor", a);
        if (f.Source is { } s) Add("(e.source = $src OR e.source_key = $src)", "$src", s);
        if (f.Target is { } t) Add("(e.target = $tgt OR e.target_key = $tgt)", "$tgt", t);
        if (f.Code is { } c) Add("e.cameo LIKE $code", "$code", c + "%");
        if (f.Plover is { } p) Add("e.plover = $plover", "$plover", p.ToUpperInvariant());
        if (f.Quad is { } q) Add("e.quad = $quad", "$quad", q);
        if (f.From is { } from) Add("e.date >= $from", "$from", from.ToString("yyyy-MM-dd"));
        if (f.To is { } to) Add("e.date <= $to", "$to", to.ToString("yyyy-MM-dd"));
        if (f.Text is { } text) Add("instr(lower(substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)), lower($text)) > 0", "$text", text);
        if (!f.IncludeNegated) where.Add("e.negated = 0");
        if (!f.IncludeHypothetical) where.Add("e.hypothetical = 0");
        cmd.Parameters.AddWithValue("$limit", f.Limit);
        cmd.CommandText = $"""
            SELECT e.source_key, e.target_key, e.cameo, max(e.plover), max(e.quad), max(e.goldstein), e.date,
                   count(*), count(DISTINCT e.document), max(e.trigger),
                   max(substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start))
            FROM events e JOIN documents d ON d.id = e.document
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            GROUP BY e.source_key, e.target_key, e.cameo, e.date
            ORDER BY e.date DESC, count(*) DESC
            LIMIT $limit
            """;
        using (cmd)
        using (var r = cmd.ExecuteReader())
        {
            var rows = new List<EventRow>();
            while (r.Read())
                rows.Add(new EventRow(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
                    r.GetInt32(4), r.GetDouble(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7), r.GetInt32(8), r.GetString(9), r.GetString(10)));
            return rows;
        }
    }

    public StoreStats Stats()
    {
        long Count(string sql)
        {
            using var cmd = _c.CreateCommand();
            cmd.CommandText = sql;
            return (long)cmd.ExecuteScalar()!;
        }
        using var dates = _c.CreateCommand();
        dates.CommandText = "SELECT min(published), max(published) FROM documents";
        using var r = dates.ExecuteReader();
        r.Read();
        return new StoreStats(Count("SELECT count(*) FROM documents"), Count("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            Count("SELECT count(DISTINCT actor_id) FROM actors"), Count("SELECT count(*) FROM events"), Count("SELECT count(*) FROM quotes"),
            Count("SELECT count(*) FROM quantities"), Count("SELECT count(*) FROM stances"),
            r.IsDBNull(0) ? null : r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1));
    }

    /// <summary>Full-text search (FTS5 query syntax; plain words are ANDed).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        using var cmd = _c.CreateCommand();
        cmd.CommandText = """
            SELECT d.id, d.source, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 12)
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH $q ORDER BY rank LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$q", ToFtsQuery(query));
        cmd.Parameters.AddWithValue("$limit", limit);
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read())
            hits.Add(new SearchHit(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4)));
        return hits;
    }

    /// <summary>Quotes every word so that user text never breaks FTS5 syntax; a quoted phrase stays a phrase.</summary>
    public static string ToFtsQuery(string query)
    {
        var sb = new StringBuilder();
        foreach (var part in query.Split('"'))
        {
            var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "") + "\"")));
        }
        return sb.Length == 0 ? "\"\"" : sb.ToString();
    }
}
