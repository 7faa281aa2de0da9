using System.Data.Common;

namespace Demarche.Store;

/// <summary>A stored document as a list shows it (its text and layers are read with <see cref="DocumentReader"/>).</summary>
public sealed record DocumentSummary(long Id, string DocId, string Source, string? Title, string? Url, string? Published, long? DuplicateOf,
    int Length, int Events);

/// <summary>An actor as the store knows it: its name, kind and country, and how many documents name it.</summary>
public sealed record ActorSummary(string Id, string Name, string Kind, string? Country, int Documents);

/// <summary>What the store holds, listed a page at a time: documents (newest first) and actors (by name or id).</summary>
public sealed class CatalogQueries(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    /// <summary>Documents, last stored first, optionally published in [from, to].</summary>
    public Page<DocumentSummary> Documents(DateOnly? from = null, DateOnly? to = null, string? cursor = null, int limit = 50)
    {
        limit = Sql.Clamp(limit);
        var keyset = new Keyset("d.id", "d.id", Descending: true, Nullable: false);
        using var cmd = _c.CreateCommand();
        var where = new List<string?>();
        if (from is { } a) { where.Add("d.published >= @from"); cmd.AddParameter("@from", Sql.Day(a)); }
        if (to is { } b) { where.Add("d.published <= @to"); cmd.AddParameter("@to", Sql.Day(b)); }
        where.Add(keyset.After(PageCursor.Decode(cursor), cmd));
        cmd.AddParameter("@limit", limit + 1);
        cmd.CommandText = $"""
            SELECT d.id, d.doc_id, d.source, d.title, d.url, d.published, d.duplicate_of, length(d.text),
                   (SELECT count(*) FROM events e WHERE e.document = d.id)
            FROM documents d
            {Sql.Where(where)}
            ORDER BY {keyset.OrderBy} LIMIT @limit
            """;
        return Keyset.Read(cmd, limit,
            r => new DocumentSummary(r.Long(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.StringOrNull(4), r.StringOrNull(5),
                r.IsDBNull(6) ? null : r.Long(6), r.Int(7), r.Int(8)),
            (_, d) => new PageCursor(null, d.Id));
    }

    /// <summary>Actors whose id or name contains <paramref name="text"/> (all actors without it), most often named first.</summary>
    public Page<ActorSummary> Actors(string? text, string? cursor = null, int limit = 50)
    {
        limit = Sql.Clamp(limit);
        var keyset = new Keyset("count(*)", "a.actor_id", Descending: true, Nullable: false);
        using var cmd = _c.CreateCommand();
        var where = new List<string?>();
        if (!string.IsNullOrWhiteSpace(text))
        {
            where.Add($"({Like.Contains("a.name", "@t")} OR {Like.Contains("a.actor_id", "@t")})");
            cmd.AddParameter("@t", Like.Escape(text.Trim()));
        }
        var having = keyset.After(PageCursor.Decode(cursor), cmd);
        cmd.AddParameter("@limit", limit + 1);
        cmd.CommandText = $"""
            SELECT a.actor_id, max(a.name), max(a.kind), max(a.country), count(*)
            FROM actors a
            {Sql.Where(where)}
            GROUP BY a.actor_id
            {(having is null ? "" : "HAVING " + having)}
            ORDER BY {keyset.OrderBy} LIMIT @limit
            """;
        return Keyset.Read(cmd, limit,
            r => new ActorSummary(r.GetString(0), r.GetString(1), r.GetString(2), r.StringOrNull(3), r.Int(4)),
            (_, a) => new PageCursor((long)a.Documents, a.Id));
    }
}
