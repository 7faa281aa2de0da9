using System.Data.Common;

namespace Demarche.Store;

/// <summary>
/// Fills events.sentence for rows stored before migration 0008_event_sentences: each document's text is read once and the
/// sentences are cut in C# on its UTF-16 offsets (never with SQL substr). Runs inside that migration's
/// transaction, so a killed process leaves the migration undone and it runs again whole.
/// </summary>
internal static class EventSentences
{
    public static void Backfill(DemarcheStore store, DbTransaction tx)
    {
        var pending = new List<(long Event, long Document, int Start, int End)>();
        using (var select = store.Command("SELECT id, document, sentence_start, sentence_end FROM events WHERE sentence IS NULL ORDER BY document", tx))
        using (var r = select.ExecuteReader())
            while (r.Read()) pending.Add((r.Long(0), r.Long(1), r.Int(2), r.Int(3)));
        if (pending.Count == 0) return;

        using var text = store.Command("SELECT text FROM documents WHERE id = @d", tx);
        var doc = text.AddParameter("@d", 0L);
        using var update = store.Command("UPDATE events SET sentence = @s WHERE id = @e", tx);
        var sentence = update.AddParameter("@s", "");
        var id = update.AddParameter("@e", 0L);
        long current = -1;
        string body = "";
        foreach (var e in pending)
        {
            if (e.Document != current)
            {
                doc.Value = current = e.Document;
                body = text.ExecuteScalar() as string ?? "";
            }
            sentence.Value = store.Dialect.Text(Slice(body, e.Start, e.End));
            id.Value = e.Event;
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
