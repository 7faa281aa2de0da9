using System.Data.Common;
using System.Globalization;

namespace Demarche.Store.Export;

/// <summary>
/// Streams every table of the store as plain records, one query per table, for file exports. Only ADO.NET
/// base types are used, and values are read by what they hold (text or date, integer or boolean), so the same
/// code reads any database the store runs on.
/// </summary>
public sealed class ExportRows(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    public IEnumerable<EventRecord> Events() => Query("""
        SELECT e.id, e.document, d.doc_id, e.source, e.target, e.source_key, e.target_key, e.cameo, e.root, e.plover, e.quad, e.goldstein,
               e.negated, e.hypothetical, e.date, e.trigger, e.sentence_start, e.sentence_end, e.rule, d.url
        FROM events e JOIN documents d ON d.id = e.document
        ORDER BY e.id
        """, r => new EventRecord(
            I64(r, 0), I64(r, 1), r.GetString(2), r.GetString(3), S(r, 4), S(r, 5), S(r, 6), r.GetString(7), r.GetString(8), S(r, 9),
            I32(r, 10), F64(r, 11), Bool(r, 12), Bool(r, 13), Date(r, 14), r.GetString(15), I32(r, 16), I32(r, 17), r.GetString(18), S(r, 19)));

    /// <summary>The merged rows behind the GDELT and PLOVER exports (same query, same order).</summary>
    public IEnumerable<MergedEventRecord> MergedEvents() => Query(Exporter.MergedEvents, r => new MergedEventRecord(
        I64(r, 0), Date(r, 1),
        S(r, 2), S(r, 3), S(r, 4), S(r, 5), S(r, 22),
        S(r, 6), S(r, 7), S(r, 8), S(r, 9), S(r, 23),
        r.GetString(10), r.GetString(11), S(r, 18), I32(r, 12), F64(r, 13), I32(r, 14), I32(r, 15), I32(r, 16),
        S(r, 17), r.GetString(19), S(r, 21), Timestamp(r, 20)));

    public IEnumerable<ActorRecord> Actors() => Query("""
        SELECT a.document, a.actor_id, a.name, a.kind, a.country, a.code, a.affiliation,
               (SELECT count(*) FROM mentions m WHERE m.document = a.document AND m.actor_id = a.actor_id)
        FROM actors a
        ORDER BY a.document, a.actor_id
        """, r => new ActorRecord(I64(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), S(r, 4), S(r, 5), S(r, 6), I32(r, 7)));

    public IEnumerable<QuoteRecord> Quotes() => Query("""
        SELECT document, text, start, "end", kind, speaker, speaker_key, speaker_text, cue FROM quotes ORDER BY document
        """, r => new QuoteRecord(I64(r, 0), r.GetString(1), I32(r, 2), I32(r, 3), r.GetString(4), S(r, 5), S(r, 6), S(r, 7), S(r, 8)));

    public IEnumerable<QuantityRecord> Quantities() => Query("""
        SELECT document, value, approximate, unit, category, subject, start, "end" FROM quantities ORDER BY document
        """, r => new QuantityRecord(I64(r, 0), F64(r, 1), Bool(r, 2), S(r, 3), r.GetString(4), S(r, 5), I32(r, 6), I32(r, 7)));

    public IEnumerable<StanceRecord> Stances() => Query("""
        SELECT document, holder, holder_key, topic, target, polarity, start, "end" FROM stances ORDER BY document
        """, r => new StanceRecord(I64(r, 0), r.GetString(1), S(r, 2), r.GetString(3), S(r, 4), r.GetString(5), I32(r, 6), I32(r, 7)));

    public IEnumerable<DocumentRecord> Documents(bool withText) => Query($"""
        SELECT id, doc_id, url, title, published, source, content_hash, duplicate_of, language, ingested_at, {(withText ? "text" : "NULL")}
        FROM documents ORDER BY id
        """, r => new DocumentRecord(
            I64(r, 0), r.GetString(1), S(r, 2), S(r, 3), Date(r, 4), r.GetString(5), r.GetString(6),
            r.IsDBNull(7) ? null : I64(r, 7), r.GetString(8), Timestamp(r, 9), S(r, 10)));

    /// <summary>Rows are read one at a time while the caller consumes them, so memory does not grow with the table.</summary>
    private IEnumerable<T> Query<T>(string sql, Func<DbDataReader, T> read)
    {
        using var cmd = _c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        while (r.Read()) yield return read(r);
    }

    private static string? S(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
    private static long I64(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    private static int I32(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    private static double F64(DbDataReader r, int i) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    private static bool Bool(DbDataReader r, int i) => r.GetValue(i) switch
    {
        bool b => b,
        var v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0,
    };

    private static DateOnly? Date(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var v => DateOnly.TryParseExact(Convert.ToString(v, CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
    };

    private static DateTime? Timestamp(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateTime t => t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime(),
        DateTimeOffset o => o.UtcDateTime,
        var v => DateTime.TryParse(Convert.ToString(v, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var t) ? t : null,
    };
}
