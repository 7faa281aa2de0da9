using System.Data.Common;

namespace Demarche.Store;

/// <param name="Document">the document it was read from, where it stands at <paramref name="Start"/>..<paramref name="End"/></param>
public sealed record QuoteRow(string? Speaker, string? SpeakerText, string Text, string? Cue, string Kind, string Source, string? Published,
    long Document = 0, int Start = 0, int End = 0);

/// <summary>A stance merged across articles: how many articles show it and when it was last seen.</summary>
public sealed record StanceRow(string Holder, string Topic, string? Target, string Polarity, int Articles, string? LastSeen);

/// <summary>One stance as one document shows it, with its evidence's offsets.</summary>
public sealed record StanceItem(string Holder, string Topic, string? Target, string Polarity, string? Published, long Document, int Start, int End, string? Title);

/// <summary>Events given and received by an actor in one month, by quad class.</summary>
public sealed record ProfileMonth(string Month, int[] Given, int[] Received);

public sealed record ActorProfile(string Actor, string? Name, string? Kind, string? Country, int Documents,
    IReadOnlyList<ProfileMonth> Months, IReadOnlyList<StanceRow> Stances, IReadOnlyList<QuoteRow> Quotes);

/// <summary>Questions about who said what, who stands where, and one actor's record over time.</summary>
public sealed class ProfileQueries(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    /// <param name="matchSpeakerText">also match the words naming an unnamed speaker ("a senior diplomat"); this
    /// reads every quote, so an actor's profile, which asks by id, leaves it off</param>
    public IReadOnlyList<QuoteRow> Quotes(string? speaker, string? text, int limit = 50, bool matchSpeakerText = true, DateOnly? from = null, DateOnly? to = null) =>
        QuotePage(speaker, text, null, limit, matchSpeakerText, from, to).Items;

    /// <summary>Quotes, newest first, a page at a time; from and to bound the publication date of their documents.</summary>
    public Page<QuoteRow> QuotePage(string? speaker, string? text, string? cursor, int limit = 50, bool matchSpeakerText = true,
        DateOnly? from = null, DateOnly? to = null)
    {
        limit = Sql.Clamp(limit, 10_000);
        var keyset = new Keyset("d.published", "q." + store.Dialect.RowOrder, Descending: true, Nullable: true);
        using var cmd = _c.CreateCommand();
        var where = StoreQueries.PublishedBetween(cmd, from, to);
        if (speaker is not null && matchSpeakerText)
        {
            where.Add($"(q.speaker = @sp OR q.speaker_key = @sp OR {Like.Contains("q.speaker_text", "@sp_like")})");
            cmd.AddParameter("@sp", speaker);
            cmd.AddParameter("@sp_like", Like.Escape(speaker));
        }
        else if (speaker is not null)
        {
            where.Add("(q.speaker = @sp OR q.speaker_key = @sp)");
            cmd.AddParameter("@sp", speaker);
        }
        if (text is not null) { where.Add(Like.Contains("q.text", "@tx")); cmd.AddParameter("@tx", Like.Escape(text)); }
        where.Add(keyset.After(PageCursor.Decode(cursor), cmd));
        cmd.AddParameter("@limit", limit + 1);
        cmd.CommandText = $"""
            SELECT q.speaker, q.speaker_text, q.text, q.cue, q.kind, d.source, d.published, q.document, q.start, q."end", q.{store.Dialect.RowOrder}
            FROM quotes q JOIN documents d ON d.id = q.document
            {Sql.Where(where)}
            ORDER BY {keyset.OrderBy} LIMIT @limit
            """;
        return Keyset.Read(cmd, limit,
            r => new QuoteRow(Str(r, 0), Str(r, 1), r.GetString(2), Str(r, 3), r.GetString(4), r.GetString(5), Str(r, 6), r.Long(7), r.Int(8), r.Int(9)),
            (r, q) => new PageCursor(q.Published, r.Long(10)));
    }

    public IReadOnlyList<StanceRow> Stances(string? holder, string? topic, int limit = 50, DateOnly? from = null, DateOnly? to = null) =>
        StancePage(holder, topic, null, limit, from, to).Items;

    /// <summary>Stances merged across articles, most often seen first, a page at a time; from and to bound the publication date of their documents.</summary>
    public Page<StanceRow> StancePage(string? holder, string? topic, string? cursor, int limit = 50, DateOnly? from = null, DateOnly? to = null)
    {
        limit = Sql.Clamp(limit, 10_000);
        var keyset = new Keyset("count(DISTINCT s.document)", $"min(s.{store.Dialect.RowOrder})", Descending: true, Nullable: false);
        using var cmd = _c.CreateCommand();
        var where = StoreQueries.PublishedBetween(cmd, from, to);
        if (holder is not null) { where.Add("(s.holder = @h OR s.holder_key = @h)"); cmd.AddParameter("@h", holder); }
        if (topic is not null) { where.Add(Like.Contains("s.topic", "@t")); cmd.AddParameter("@t", Like.Escape(topic)); }
        var having = keyset.After(PageCursor.Decode(cursor), cmd);
        cmd.AddParameter("@limit", limit + 1);
        cmd.CommandText = $"""
            SELECT coalesce(s.holder_key, s.holder), s.topic, s.target, s.polarity, count(DISTINCT s.document), max(d.published), min(s.{store.Dialect.RowOrder})
            FROM stances s JOIN documents d ON d.id = s.document
            {Sql.Where(where)}
            GROUP BY coalesce(s.holder_key, s.holder), s.topic, s.target, s.polarity
            {(having is null ? "" : "HAVING " + having)}
            ORDER BY {keyset.OrderBy} LIMIT @limit
            """;
        return Keyset.Read(cmd, limit,
            r => new StanceRow(r.GetString(0), r.GetString(1), Str(r, 2), r.GetString(3), r.Int(4), Str(r, 5)),
            (r, s) => new PageCursor((long)s.Articles, r.Long(6)));
    }

    /// <summary>An actor's stances one document at a time, newest first: its stances over time.</summary>
    public Page<StanceItem> StanceItems(string holder, string? cursor = null, int limit = 20)
    {
        limit = Sql.Clamp(limit);
        var keyset = new Keyset("d.published", "s." + store.Dialect.RowOrder, Descending: true, Nullable: true);
        using var cmd = _c.CreateCommand();
        cmd.AddParameter("@h", holder);
        var after = keyset.After(PageCursor.Decode(cursor), cmd);
        cmd.AddParameter("@limit", limit + 1);
        cmd.CommandText = $"""
            SELECT coalesce(s.holder_key, s.holder), s.topic, s.target, s.polarity, d.published, s.document, s.start, s."end", d.title, s.{store.Dialect.RowOrder}
            FROM stances s JOIN documents d ON d.id = s.document
            {Sql.Where(["(s.holder = @h OR s.holder_key = @h)", after])}
            ORDER BY {keyset.OrderBy} LIMIT @limit
            """;
        return Keyset.Read(cmd, limit,
            r => new StanceItem(r.GetString(0), r.GetString(1), Str(r, 2), r.GetString(3), Str(r, 4), r.Long(5), r.Int(6), r.Int(7), Str(r, 8)),
            (r, s) => new PageCursor(s.Published, r.Long(9)));
    }

    /// <summary>An actor (id or country code): events given and received per month by quad class, stances, recent quotes.</summary>
    public ActorProfile Profile(string actor)
    {
        using var info = _c.CreateCommand();
        // the actor itself when it has rows, else the actors of that country
        info.CommandText = """
            SELECT max(name), max(kind), max(country), count(DISTINCT document), CASE WHEN actor_id = @a THEN 1 ELSE 0 END AS exact
            FROM actors WHERE actor_id = @a OR country = @a
            GROUP BY CASE WHEN actor_id = @a THEN 1 ELSE 0 END ORDER BY exact DESC LIMIT 1
            """;
        info.AddParameter("@a", actor);
        string? name = null, kind = null, country = null;
        int docs = 0;
        using (var r = info.ExecuteReader())
            if (r.Read()) { name = Str(r, 0); kind = Str(r, 1); country = Str(r, 2); docs = r.Int(3); }

        // counted as events were written (actor_months): a few rows per actor, however many events there are
        var months = new SortedDictionary<string, ProfileMonth>(StringComparer.Ordinal);
        using (var cmd = _c.CreateCommand())
        {
            cmd.CommandText = "SELECT month, quad, given, received FROM actor_months WHERE actor = @a";
            cmd.AddParameter("@a", actor);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var m = r.GetString(0);
                if (!months.TryGetValue(m, out var pm)) months[m] = pm = new ProfileMonth(m, new int[5], new int[5]);
                int quad = Math.Clamp(r.Int(1), 0, 4);
                pm.Given[quad] += r.Int(2);
                pm.Received[quad] += r.Int(3);
            }
        }
        return new ActorProfile(actor, name, kind, country, docs, months.Values.ToList(), Stances(actor, null, 20), Quotes(actor, null, 10, matchSpeakerText: false));
    }

    private static string? Str(DbDataReader r, int i) => r.StringOrNull(i);
}
