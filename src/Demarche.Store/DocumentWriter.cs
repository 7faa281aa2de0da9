using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Demarche.Core.Model;

namespace Demarche.Store;

public enum WriteOutcome
{
    Stored,
    Duplicate,
    NearDuplicate,
}

/// <summary>What happened to one document: stored, the same content already there, or stored as a near-copy of another.</summary>
public sealed record WriteResult(string Source, WriteOutcome Outcome, long RowId, long? DuplicateOf);

/// <summary>
/// Writes analysed documents with everything read from them. A batch is one transaction: after a crash the
/// store holds whole documents only, and the next run skips what is there (same content hash). Documents are
/// inserted one by one (duplicates are found by hash and SimHash band); their items are collected and written
/// per table at the end of the batch, which PostgreSQL does with binary COPY.
/// </summary>
public sealed class DocumentWriter(DemarcheStore store)
{
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Writes one batch in one transaction. A transient failure (PostgreSQL: a deadlock between two ingests
    /// writing the same content in another order) rolls the batch back and writes it again.
    /// </summary>
    public IReadOnlyList<WriteResult> Write(IReadOnlyList<Document> documents)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                return WriteOnce(documents);
            }
            catch (DbException e) when (e.IsTransient && attempt < MaxAttempts)
            {
                Thread.Sleep(Random.Shared.Next(20, 100) * attempt);
            }
        }
    }

    private const int MaxAttempts = 5;

    private List<WriteResult> WriteOnce(IReadOnlyList<Document> documents)
    {
        var results = new List<WriteResult>(documents.Count);
        using var tx = store.Connection.BeginTransaction();
        using var lookup = new Lookups(store, tx);
        var items = ItemTables.All.ToDictionary(t => t, t => new TableRows(t));
        var months = new ActorMonthCounts();
        var batchHashes = new Dictionary<string, long>();
        foreach (var d in documents)
        {
            var hash = ContentHash(d.Text);
            if (batchHashes.TryGetValue(hash, out var same) || (same = lookup.FindByHash(hash)) > 0)
            {
                results.Add(new WriteResult(d.Info.Source, WriteOutcome.Duplicate, same, same));
                continue;
            }
            var sim = SimHash.Compute(d.Text);
            var near = lookup.FindNearDuplicate(sim);
            long id = lookup.InsertDocument(d, hash, sim, near);
            if (id == 0)
            {
                // another writer stored the same content since the lookup (PostgreSQL, concurrent ingests)
                same = lookup.FindByHash(hash);
                results.Add(new WriteResult(d.Info.Source, WriteOutcome.Duplicate, same, same));
                continue;
            }
            batchHashes[hash] = id;
            months.Add(d, AddItems(items, id, d));
            results.Add(new WriteResult(d.Info.Source, near is null ? WriteOutcome.Stored : WriteOutcome.NearDuplicate, id, near));
        }
        foreach (var table in ItemTables.All)
            store.Dialect.Insert(store.Connection, tx, items[table]);
        months.Write(store.Connection, tx);
        tx.Commit();
        return results;
    }

    /// <summary>Adds the document's items to the batch; returns how an actor id rolls up (its side's key).</summary>
    private static Func<string?, string?> AddItems(Dictionary<StoreTable, TableRows> items, long id, Document d)
    {
        var keyOf = new Dictionary<string, string>();
        foreach (var a in d.Actors) keyOf.TryAdd(a.Id, a.SideKey());
        string? Country(string? actor) => actor is null ? null : keyOf.GetValueOrDefault(actor, actor);

        foreach (var r in d.Repairs)
            items[ItemTables.Repairs].Add(id, r.Start, r.End, r.Kind, r.Before, r.After);
        var seen = new HashSet<string>();
        foreach (var a in d.Actors)
            if (seen.Add(a.Id)) // (document, actor_id) is the key: the first actor of an id wins
                items[ItemTables.Actors].Add(id, a.Id, a.Name, a.Kind, a.Country, a.Code, a.Affiliation);
        foreach (var a in d.Actors)
            foreach (var m in a.Mentions)
                items[ItemTables.Mentions].Add(id, a.Id, m.Start, m.End, m.Text);
        int leadEnd = LeadParagraph.End(d.Text);
        foreach (var e in d.Events)
        {
            var date = e.Date ?? d.Info.Published;
            var at = e.Location;
            items[ItemTables.Events].Add(id, e.Source, e.Target, Country(e.Source), Country(e.Target), e.Cameo, e.Root, e.Plover, e.Quad, e.Goldstein,
                e.Negated ? 1 : 0, e.Hypothetical ? 1 : 0, Date(date), e.Trigger, e.Sentence.Start, e.Sentence.End, e.Rule,
                date is null ? null : e.Date is null ? DatePrecisions.Day : e.DatePrecision ?? DatePrecisions.Day,
                at?.Name, at?.Country, at?.Admin1, at?.Lat, at?.Lon, at?.Start, at?.End,
                e.Sentence.Start < leadEnd ? 1 : 0, d.SentenceIndexAt(e.Sentence.Start) is >= 0 and var si ? si + 1 : (int?)null,
                TextSlices.Slice(d.Text, e.Sentence.Start, e.Sentence.End));
        }
        foreach (var q in d.Quotes)
            items[ItemTables.Quotes].Add(id, q.Text, q.Start, q.End, q.Kind, q.Speaker, Country(q.Speaker), q.SpeakerText, q.Cue);
        foreach (var q in d.Quantities)
            items[ItemTables.Quantities].Add(id, q.Value, q.Approximate ? 1 : 0, q.Unit, q.Category, q.Subject, q.Start, q.End);
        foreach (var s in d.Stances)
            items[ItemTables.Stances].Add(id, s.Holder, Country(s.Holder), s.Topic, s.Target, s.Polarity, s.Evidence.Start, s.Evidence.End,
                s.TopicKey.Length > 0 ? s.TopicKey : s.Topic.ToLowerInvariant(), s.Strength, TextSlices.Slice(d.Text, s.Evidence.Start, s.Evidence.End));
        return Country;
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The per-document statements of one batch, each prepared once.</summary>
    private sealed class Lookups : IDisposable
    {
        private readonly DemarcheStore _store;
        private readonly DbCommand _byHash, _near, _insert;
        private readonly DbParameter _hash;
        private readonly DbParameter[] _bands = new DbParameter[4];
        private readonly Dictionary<string, DbParameter> _doc = [];

        public Lookups(DemarcheStore store, DbTransaction tx)
        {
            _store = store;
            _byHash = store.Command("SELECT id FROM documents WHERE content_hash = @h", tx);
            _hash = Param(_byHash, "@h", DbType.String);
            _near = store.Command(
                "SELECT id, simhash FROM documents WHERE sim_band0 = @b0 OR sim_band1 = @b1 OR sim_band2 = @b2 OR sim_band3 = @b3 ORDER BY id", tx);
            for (int b = 0; b < 4; b++) _bands[b] = Param(_near, "@b" + b, DbType.Int32);
            _insert = store.Command("""
                INSERT INTO documents(doc_id, content_hash, simhash, sim_band0, sim_band1, sim_band2, sim_band3, duplicate_of,
                                      source, url, title, published, language, text, ingested_at)
                VALUES (@doc, @hash, @sim, @b0, @b1, @b2, @b3, @dup, @source, @url, @title, @published, @lang, @text, @at)
                ON CONFLICT (content_hash) DO NOTHING
                RETURNING id
                """, tx);
            foreach (var (name, type) in new[] { ("@doc", DbType.String), ("@hash", DbType.String), ("@sim", DbType.Int64), ("@b0", DbType.Int32),
                         ("@b1", DbType.Int32), ("@b2", DbType.Int32), ("@b3", DbType.Int32), ("@dup", DbType.Int64), ("@source", DbType.String),
                         ("@url", DbType.String), ("@title", DbType.String), ("@published", DbType.String), ("@lang", DbType.String),
                         ("@text", DbType.String), ("@at", DbType.String) })
                _doc[name] = Param(_insert, name, type);
        }

        public long FindByHash(string hash)
        {
            _hash.Value = hash;
            return _byHash.ExecuteScalar() is { } id and not DBNull ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : 0;
        }

        public long? FindNearDuplicate(long sim)
        {
            for (int b = 0; b < 4; b++) _bands[b].Value = SimHash.Band(sim, b);
            using var r = _near.ExecuteReader();
            while (r.Read())
                if (SimHash.Distance(r.GetInt64(1), sim) <= SimHash.MaxDistance)
                    return r.GetInt64(0);
            return null;
        }

        /// <summary>The new row's id, or 0 when the content is already there.</summary>
        public long InsertDocument(Document d, string hash, long sim, long? near)
        {
            void Set(string name, object? value) => _doc[name].Value = value is string s ? _store.Dialect.Text(s) : value ?? DBNull.Value;
            Set("@doc", d.Info.Id ?? hash[..16]);
            Set("@hash", hash);
            Set("@sim", sim);
            for (int b = 0; b < 4; b++) Set("@b" + b, SimHash.Band(sim, b));
            Set("@dup", near);
            Set("@source", d.Info.Source);
            Set("@url", d.Info.Url);
            Set("@title", d.Info.Title);
            Set("@published", Date(d.Info.Published));
            Set("@lang", d.Info.Language);
            Set("@text", d.Text);
            Set("@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            return _insert.ExecuteScalar() is { } id and not DBNull ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : 0;
        }

        private static DbParameter Param(DbCommand cmd, string name, DbType type)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.DbType = type;
            cmd.Parameters.Add(p);
            return p;
        }

        public void Dispose()
        {
            _byHash.Dispose();
            _near.Dispose();
            _insert.Dispose();
        }
    }
}
