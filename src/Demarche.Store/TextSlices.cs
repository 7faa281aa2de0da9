using System.Data.Common;

namespace Demarche.Store;

/// <summary>
/// Words of the document kept beside an item (an event's sentence, a stance's evidence), cut in C# on UTF-16 offsets
/// (never with SQL substr, which counts code points). <see cref="Backfill"/> fills them for rows stored before the
/// migration that added the column: each document's text is read once. It runs inside that migration's transaction,
/// so a killed process leaves the migration undone and it runs again whole.
/// </summary>
internal static class TextSlices
{
    /// <summary>Migration 0008_event_sentences: events.sentence from sentence_start..sentence_end.</summary>
    public static void EventSentences(DemarcheStore store, DbTransaction tx) => Backfill(store, tx, "events", "id", "sentence", "sentence_start", "sentence_end");

    /// <summary>Migration 0009_stance_topics: stances.evidence from start..end.</summary>
    public static void StanceEvidence(DemarcheStore store, DbTransaction tx) => Backfill(store, tx, "stances", store.Dialect.RowOrder, "evidence", "start", "\"end\"");

    private static void Backfill(DemarcheStore store, DbTransaction tx, string table, string row, string column, string startColumn, string endColumn)
    {
        var pending = new List<(long Row, long Document, int Start, int End)>();
        using (var select = store.Command($"SELECT {row}, document, {startColumn}, {endColumn} FROM {table} WHERE {column} IS NULL ORDER BY document", tx))
        using (var r = select.ExecuteReader())
            while (r.Read()) pending.Add((r.Long(0), r.Long(1), r.Int(2), r.Int(3)));
        if (pending.Count == 0) return;

        using var text = store.Command("SELECT text FROM documents WHERE id = @d", tx);
        var doc = text.AddParameter("@d", 0L);
        using var update = store.Command($"UPDATE {table} SET {column} = @s WHERE {row} = @r", tx);
        var slice = update.AddParameter("@s", "");
        var id = update.AddParameter("@r", 0L);
        long current = -1;
        string body = "";
        foreach (var p in pending)
        {
            if (p.Document != current)
            {
                doc.Value = current = p.Document;
                body = text.ExecuteScalar() as string ?? "";
            }
            slice.Value = store.Dialect.Text(Slice(body, p.Start, p.End));
            id.Value = p.Row;
            update.ExecuteNonQuery();
        }
    }

    /// <summary>The text between two UTF-16 offsets, clamped to the text (never throws on offsets a bad row holds).</summary>
    public static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }
}
