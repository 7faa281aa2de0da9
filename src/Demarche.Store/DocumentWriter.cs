using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Demarche.Core.Model;
using Microsoft.Data.Sqlite;

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
/// store holds whole documents only, and the next run skips what is there (same content hash).
/// </summary>
public sealed class DocumentWriter(SqliteStore store)
{
    private readonly SqliteConnection _c = store.Connection;

    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public IReadOnlyList<WriteResult> Write(IReadOnlyList<Document> documents)
    {
        var results = new List<WriteResult>(documents.Count);
        using var tx = _c.BeginTransaction();
        var batchHashes = new Dictionary<string, long>();
        foreach (var d in documents)
        {
            var hash = ContentHash(d.Text);
            if (batchHashes.TryGetValue(hash, out var same) || (same = FindByHash(hash, tx)) > 0)
            {
                results.Add(new WriteResult(d.Info.Source, WriteOutcome.Duplicate, same, same));
                continue;
            }
            var sim = SimHash.Compute(d.Text);
            var near = FindNearDuplicate(sim, tx);
            long id = InsertDocument(d, hash, sim, near, tx);
            batchHashes[hash] = id;
            InsertLayers(id, d, tx);
            results.Add(new WriteResult(d.Info.Source, near is null ? WriteOutcome.Stored : WriteOutcome.NearDuplicate, id, near));
        }
        tx.Commit();
        return results;
    }

    private long FindByHash(string hash, SqliteTransaction tx)
    {
        using var cmd = Command("SELECT id FROM documents WHERE content_hash = $h", tx);
        cmd.Parameters.AddWithValue("$h", hash);
        return cmd.ExecuteScalar() is long id ? id : 0;
    }

    private long? FindNearDuplicate(long sim, SqliteTransaction tx)
    {
        using var cmd = Command(
            "SELECT id, simhash FROM documents WHERE sim_band0 = $b0 OR sim_band1 = $b1 OR sim_band2 = $b2 OR sim_band3 = $b3 ORDER BY id", tx);
        for (int b = 0; b < 4; b++) cmd.Parameters.AddWithValue("$b" + b, SimHash.Band(sim, b));
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (SimHash.Distance(r.GetInt64(1), sim) <= SimHash.MaxDistance)
                return r.GetInt64(0);
        return null;
    }

    private long InsertDocument(Document d, string hash, long sim, long? near, SqliteTransaction tx)
    {
        using var cmd = Command("""
            INSERT INTO documents(doc_id, content_hash, simhash, sim_band0, sim_band1, sim_band2, sim_band3, duplicate_of,
                                  source, url, title, published, language, text, ingested_at)
            VALUES ($doc, $hash, $sim, $b0, $b1, $b2, $b3, $dup, $source, $url, $title, $published, $lang, $text, $at)
            RETURNING id
            """, tx);
        var p = cmd.Parameters;
        p.AddWithValue("$doc", d.Info.Id ?? hash[..16]);
        p.AddWithValue("$hash", hash);
        p.AddWithValue("$sim", sim);
        for (int b = 0; b < 4; b++) p.AddWithValue("$b" + b, SimHash.Band(sim, b));
        p.AddWithValue("$dup", (object?)near ?? DBNull.Value);
        p.AddWithValue("$source", d.Info.Source);
        p.AddWithValue("$url", (object?)d.Info.Url ?? DBNull.Value);
        p.AddWithValue("$title", (object?)d.Info.Title ?? DBNull.Value);
        p.AddWithValue("$published", (object?)Date(d.Info.Published) ?? DBNull.Value);
        p.AddWithValue("$lang", d.Info.Language);
        p.AddWithValue("$text", d.Text);
        p.AddWithValue("$at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return (long)cmd.ExecuteScalar()!;
    }

    private void InsertLayers(long id, Document d, SqliteTransaction tx)
    {
        var keyOf = d.Actors.ToDictionary(a => a.Id, a => a.SideKey());
        string? Country(string? actor) => actor is null ? null : keyOf.GetValueOrDefault(actor, actor);

        Insert(tx, "INSERT INTO repairs VALUES ($d,$s,$e,$k,$b,$a)", d.Repairs,
            (p, r) => Set(p, id, r.Start, r.End, r.Kind, r.Before, r.After));
        Insert(tx, "INSERT OR IGNORE INTO actors VALUES ($d,$s,$e,$k,$b,$a,$f)", d.Actors,
            (p, a) => Set(p, id, a.Id, a.Name, a.Kind, a.Country, a.Code, a.Affiliation));
        Insert(tx, "INSERT INTO mentions VALUES ($d,$s,$e,$k,$b)", d.Actors.SelectMany(a => a.Mentions.Select(m => (a.Id, m))),
            (p, x) => Set(p, id, x.Id, x.m.Start, x.m.End, x.m.Text));
        Insert(tx, """
            INSERT INTO events(document, source, target, source_key, target_key, cameo, root, plover, quad, goldstein,
                               negated, hypothetical, date, trigger, sentence_start, sentence_end, rule)
            VALUES ($d,$s,$e,$k,$b,$a,$f,$g,$h,$i,$j,$l,$m,$n,$o,$q,$r)
            """, d.Events,
            (p, e) => Set(p, id, e.Source, e.Target, Country(e.Source), Country(e.Target), e.Cameo, e.Root, e.Plover, e.Quad, e.Goldstein,
                e.Negated ? 1 : 0, e.Hypothetical ? 1 : 0, Date(e.Date ?? d.Info.Published), e.Trigger, e.Sentence.Start, e.Sentence.End, e.Rule));
        Insert(tx, "INSERT INTO quotes VALUES ($d,$s,$e,$k,$b,$a,$f,$g,$h)", d.Quotes,
            (p, q) => Set(p, id, q.Text, q.Start, q.End, q.Kind, q.Speaker, Country(q.Speaker), q.SpeakerText, q.Cue));
        Insert(tx, "INSERT INTO quantities VALUES ($d,$s,$e,$k,$b,$a,$f,$g)", d.Quantities,
            (p, q) => Set(p, id, q.Value, q.Approximate ? 1 : 0, q.Unit, q.Category, q.Subject, q.Start, q.End));
        Insert(tx, "INSERT INTO stances VALUES ($d,$s,$e,$k,$b,$a,$f,$g)", d.Stances,
            (p, s) => Set(p, id, s.Holder, Country(s.Holder), s.Topic, s.Target, s.Polarity, s.Evidence.Start, s.Evidence.End));
    }

    private static readonly string[] Names = ["$d", "$s", "$e", "$k", "$b", "$a", "$f", "$g", "$h", "$i", "$j", "$l", "$m", "$n", "$o", "$q", "$r"];

    private static void Set(SqliteParameterCollection p, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) p[Names[i]].Value = values[i] ?? DBNull.Value;
    }

    private void Insert<T>(SqliteTransaction tx, string sql, IEnumerable<T> items, Action<SqliteParameterCollection, T> bind)
    {
        SqliteCommand? cmd = null;
        try
        {
            foreach (var item in items)
            {
                if (cmd is null)
                {
                    cmd = Command(sql, tx);
                    int n = sql.Count(ch => ch == '$');
                    for (int i = 0; i < n; i++) cmd.Parameters.Add(new SqliteParameter(Names[i], null));
                    cmd.Prepare();
                }
                bind(cmd.Parameters, item);
                cmd.ExecuteNonQuery();
            }
        }
        finally
        {
            cmd?.Dispose();
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction tx)
    {
        var cmd = _c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
