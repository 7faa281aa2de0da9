using Microsoft.Data.Sqlite;

namespace Demarche.Store;

public sealed record QuoteRow(string? Speaker, string? SpeakerText, string Text, string? Cue, string Kind, string Source, string? Published);

public sealed record StanceRow(string Holder, string Topic, string? Target, string Polarity, int Articles, string? LastSeen);

/// <summary>Events given and received by an actor in one month, by quad class.</summary>
public sealed record ProfileMonth(string Month, int[] Given, int[] Received);

public sealed record ActorProfile(string Actor, string? Name, string? Kind, string? Country, int Documents,
    IReadOnlyList<ProfileMonth> Months, IReadOnlyList<StanceRow> Stances, IReadOnlyList<QuoteRow> Quotes);

/// <summary>Questions about who said what, who stands where, and one actor's record over time.</summary>
public sealed class ProfileQueries(SqliteStore store)
{
    private readonly SqliteConnection _c = store.Connection;

    public IReadOnlyList<QuoteRow> Quotes(string? speaker, string? text, int limit = 50)
    {
        using var cmd = _c.CreateCommand();
        var where = new List<string>();
        if (speaker is not null) { where.Add("(q.speaker = $sp OR q.speaker_key = $sp OR instr(lower(q.speaker_text), lower($sp)) > 0)"); cmd.Parameters.AddWithValue("$sp", speaker); }
        if (text is not null) { where.Add("instr(lower(q.text), lower($tx)) > 0"); cmd.Parameters.AddWithValue("$tx", text); }
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.CommandText = $"""
            SELECT q.speaker, q.speaker_text, q.text, q.cue, q.kind, d.source, d.published
            FROM quotes q JOIN documents d ON d.id = q.document
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY d.published DESC LIMIT $limit
            """;
        using var r = cmd.ExecuteReader();
        var rows = new List<QuoteRow>();
        while (r.Read())
            rows.Add(new QuoteRow(Str(r, 0), Str(r, 1), r.GetString(2), Str(r, 3), r.GetString(4), r.GetString(5), Str(r, 6)));
        return rows;
    }

    public IReadOnlyList<StanceRow> Stances(string? holder, string? topic, int limit = 50)
    {
        using var cmd = _c.CreateCommand();
        var where = new List<string>();
        if (holder is not null) { where.Add("(s.holder = $h OR s.holder_key = $h)"); cmd.Parameters.AddWithValue("$h", holder); }
        if (topic is not null) { where.Add("instr(lower(s.topic), lower($t)) > 0"); cmd.Parameters.AddWithValue("$t", topic); }
        cmd.Parameters.AddWithValue("$limit", limit);
        cmd.CommandText = $"""
            SELECT coalesce(s.holder_key, s.holder), s.topic, s.target, s.polarity, count(DISTINCT s.document), max(d.published)
            FROM stances s JOIN documents d ON d.id = s.document
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            GROUP BY coalesce(s.holder_key, s.holder), s.topic, s.target, s.polarity
            ORDER BY count(DISTINCT s.document) DESC LIMIT $limit
            """;
        using var r = cmd.ExecuteReader();
        var rows = new List<StanceRow>();
        while (r.Read())
            rows.Add(new StanceRow(r.GetString(0), r.GetString(1), Str(r, 2), r.GetString(3), r.GetInt32(4), Str(r, 5)));
        return rows;
    }

    /// <summary>An actor (id or country code): events given and received per month by quad class, stances, recent quotes.</summary>
    public ActorProfile Profile(string actor)
    {
        using var info = _c.CreateCommand();
        info.CommandText = "SELECT name, kind, country, count(DISTINCT document) FROM actors WHERE actor_id = $a OR country = $a GROUP BY actor_id = $a ORDER BY actor_id = $a DESC LIMIT 1";
        info.Parameters.AddWithValue("$a", actor);
        string? name = null, kind = null, country = null;
        int docs = 0;
        using (var r = info.ExecuteReader())
            if (r.Read()) { name = Str(r, 0); kind = Str(r, 1); country = Str(r, 2); docs = r.GetInt32(3); }

        var months = new SortedDictionary<string, ProfileMonth>(StringComparer.Ordinal);
        foreach (var (column, given) in new[] { ("source", true), ("target", false) })
        {
            using var cmd = _c.CreateCommand();
            cmd.CommandText = $"""
                SELECT substr(date, 1, 7), quad, count(*) FROM (
                    SELECT date, quad FROM events INDEXED BY events_{column}_profile
                    WHERE {column}_key = $a AND negated = 0 AND hypothetical = 0 AND date IS NOT NULL
                    UNION ALL
                    SELECT date, quad FROM events
                    WHERE {column} = $a AND {column}_key <> $a AND negated = 0 AND hypothetical = 0 AND date IS NOT NULL)
                GROUP BY substr(date, 1, 7), quad
                """;
            cmd.Parameters.AddWithValue("$a", actor);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var m = r.GetString(0);
                if (!months.TryGetValue(m, out var pm)) months[m] = pm = new ProfileMonth(m, new int[5], new int[5]);
                int quad = Math.Clamp(r.GetInt32(1), 0, 4);
                (given ? pm.Given : pm.Received)[quad] += r.GetInt32(2);
            }
        }
        return new ActorProfile(actor, name, kind, country, docs, months.Values.ToList(), Stances(actor, null, 20), Quotes(actor, null, 10));
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
