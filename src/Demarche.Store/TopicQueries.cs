using System.Data.Common;

namespace Demarche.Store;

/// <summary>An issue as the store knows it: its key, one of the phrasings it was found under, how many articles and
/// holders speak to it, for and against, and the first and last publication dates.</summary>
public sealed record TopicRow(string Key, string Topic, int Articles, int Holders, int Support, int Oppose, string? FirstSeen, string? LastSeen);

/// <summary>One stance on an issue as one document shows it: who, when, which way, how firmly, and the words.</summary>
public sealed record TopicStance(string Key, string? Published, string Holder, string Polarity, string? Strength, string Topic, string? Target,
    string? Evidence, long Document, int Start, int End, string? Title);

/// <summary>Who stands where on an issue, over time: stances grouped by their topic key.</summary>
public sealed class TopicQueries(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    /// <summary>The issues, most articles first; <paramref name="key"/> keeps those whose key contains it.</summary>
    public IReadOnlyList<TopicRow> Topics(string? key = null, string? holder = null, int limit = 50, DateOnly? from = null, DateOnly? to = null)
    {
        using var cmd = _c.CreateCommand();
        var where = Filters(cmd, key, holder, from, to);
        cmd.AddParameter("@limit", Sql.Clamp(limit, 10_000));
        cmd.CommandText = $"""
            SELECT s.topic_key, min(s.topic), count(DISTINCT s.document), count(DISTINCT coalesce(s.holder_key, s.holder)),
                   sum(CASE WHEN s.polarity = 'support' THEN 1 ELSE 0 END), sum(CASE WHEN s.polarity = 'oppose' THEN 1 ELSE 0 END),
                   min(d.published), max(d.published)
            FROM stances s JOIN documents d ON d.id = s.document
            {Sql.Where(where)}
            GROUP BY s.topic_key
            ORDER BY count(DISTINCT s.document) DESC, s.topic_key LIMIT @limit
            """;
        var rows = new List<TopicRow>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new TopicRow(r.GetString(0), r.GetString(1), r.Int(2), r.Int(3), r.Int(4), r.Int(5), r.StringOrNull(6), r.StringOrNull(7)));
        return rows;
    }

    /// <summary>The stances on the issues whose key is or contains <paramref name="key"/>, issue by issue, oldest first
    /// (undated documents last): who stands where over time.</summary>
    public IReadOnlyList<TopicStance> Timeline(string key, string? holder = null, int limit = 200, DateOnly? from = null, DateOnly? to = null)
    {
        using var cmd = _c.CreateCommand();
        var where = Filters(cmd, key, holder, from, to);
        cmd.AddParameter("@limit", Sql.Clamp(limit, 10_000));
        cmd.CommandText = $"""
            SELECT s.topic_key, d.published, coalesce(s.holder_key, s.holder), s.polarity, s.strength, s.topic, s.target, s.evidence,
                   s.document, s.start, s."end", d.title
            FROM stances s JOIN documents d ON d.id = s.document
            {Sql.Where(where)}
            ORDER BY CASE WHEN s.topic_key = @key THEN 0 ELSE 1 END, s.topic_key,
                     CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published, s.document, s.start
            LIMIT @limit
            """;
        var rows = new List<TopicStance>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            rows.Add(new TopicStance(r.GetString(0), r.StringOrNull(1), r.GetString(2), r.GetString(3), r.StringOrNull(4), r.GetString(5),
                r.StringOrNull(6), r.StringOrNull(7), r.Long(8), r.Int(9), r.Int(10), r.StringOrNull(11)));
        return rows;
    }

    private static List<string?> Filters(DbCommand cmd, string? key, string? holder, DateOnly? from, DateOnly? to)
    {
        var where = StoreQueries.PublishedBetween(cmd, from, to);
        cmd.AddParameter("@key", key ?? "");
        if (key is not null) { where.Add($"(s.topic_key = @key OR {Like.Contains("s.topic_key", "@key_like")})"); cmd.AddParameter("@key_like", Like.Escape(key)); }
        if (holder is not null) { where.Add("(s.holder = @h OR s.holder_key = @h)"); cmd.AddParameter("@h", holder); }
        return where;
    }
}
