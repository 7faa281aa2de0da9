using System.Globalization;
using Demarche.Core.Model;
using System.Data.Common;

namespace Demarche.Store;

/// <summary>Reads stored documents back as contract documents, with every layer, for JSON Lines export.</summary>
public sealed class DocumentReader(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;
    private readonly string _order = store.Dialect.RowOrder;

    public IEnumerable<Document> All()
    {
        var ids = new List<long>();
        using (var cmd = _c.CreateCommand())
        {
            cmd.CommandText = "SELECT id FROM documents ORDER BY id";
            using var r = cmd.ExecuteReader();
            while (r.Read()) ids.Add(r.GetInt64(0));
        }
        foreach (var id in ids)
            yield return Read(id);
    }

    public Document Read(long id)
    {
        DocumentInfo info;
        string text;
        using (var r = Query("SELECT doc_id, source, url, title, published, language, text FROM documents WHERE id = @id", id))
        {
            if (!r.Read()) throw new KeyNotFoundException($"no document {id}");
            info = new DocumentInfo
            {
                Id = r.GetString(0), Source = r.GetString(1), Url = S(r, 2), Title = S(r, 3),
                Published = S(r, 4) is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Language = r.GetString(5),
            };
            text = r.GetString(6);
        }
        var repairs = new List<Repair>();
        using (var r = Query($"SELECT start, \"end\", kind, before, after FROM repairs WHERE document = @id ORDER BY {_order}", id))
            while (r.Read()) repairs.Add(new Repair(r.GetInt32(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        var doc = new Document(info, text, repairs);
        var actors = new Dictionary<string, Actor>();
        using (var r = Query($"SELECT actor_id, name, kind, country, code, affiliation FROM actors WHERE document = @id ORDER BY {_order}", id))
            while (r.Read())
            {
                var a = new Actor { Id = r.GetString(0), Name = r.GetString(1), Kind = r.GetString(2), Country = S(r, 3), Code = S(r, 4), Affiliation = S(r, 5) };
                actors[a.Id] = a;
                doc.Actors.Add(a);
            }
        using (var r = Query($"SELECT actor_id, start, \"end\", text FROM mentions WHERE document = @id ORDER BY {_order}", id))
            while (r.Read())
                if (actors.TryGetValue(r.GetString(0), out var a)) a.Mentions.Add(new Mention(r.GetInt32(1), r.GetInt32(2), r.GetString(3)));
        using (var r = Query("""
            SELECT source, target, cameo, root, plover, quad, goldstein, negated, hypothetical, date, trigger, sentence_start, sentence_end, rule,
                   date_precision, location_name, location_country, location_admin1, location_lat, location_lon, location_start, location_end
            FROM events WHERE document = @id ORDER BY id
            """, id))
            while (r.Read())
                doc.Events.Add(new Event
                {
                    Source = r.GetString(0), Target = S(r, 1), Cameo = r.GetString(2), Root = r.GetString(3), Plover = S(r, 4), Quad = r.GetInt32(5),
                    Goldstein = r.GetDouble(6), Negated = r.GetInt32(7) != 0, Hypothetical = r.GetInt32(8) != 0,
                    Date = S(r, 9) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    Trigger = r.GetString(10), Sentence = new SentenceRef(r.GetInt32(11), r.GetInt32(12)), Rule = r.GetString(13),
                    DatePrecision = S(r, 14), Location = LocationAt(r, 15),
                });
        using (var r = Query($"SELECT text, start, \"end\", kind, speaker, speaker_text, cue FROM quotes WHERE document = @id ORDER BY {_order}", id))
            while (r.Read())
                doc.Quotes.Add(new Quote { Text = r.GetString(0), Start = r.GetInt32(1), End = r.GetInt32(2), Kind = r.GetString(3), Speaker = S(r, 4), SpeakerText = S(r, 5), Cue = S(r, 6) });
        using (var r = Query($"SELECT value, approximate, unit, category, subject, start, \"end\" FROM quantities WHERE document = @id ORDER BY {_order}", id))
            while (r.Read())
                doc.Quantities.Add(new Quantity { Value = r.GetDouble(0), Approximate = r.GetInt32(1) != 0, Unit = S(r, 2), Category = r.GetString(3), Subject = S(r, 4), Start = r.GetInt32(5), End = r.GetInt32(6) });
        using (var r = Query($"SELECT holder, topic, target, polarity, start, \"end\", topic_key, strength FROM stances WHERE document = @id ORDER BY {_order}", id))
            while (r.Read())
                doc.Stances.Add(new Stance
                {
                    Holder = r.GetString(0), Topic = r.GetString(1), Target = S(r, 2), Polarity = r.GetString(3), Evidence = new Evidence(r.GetInt32(4), r.GetInt32(5)),
                    TopicKey = S(r, 6) ?? r.GetString(1).ToLowerInvariant(), Strength = S(r, 7),
                });
        return doc;
    }

    private DbDataReader Query(string sql, long id)
    {
        var cmd = _c.CreateCommand();
        cmd.CommandText = sql;
        cmd.AddParameter("@id", id);
        return cmd.ExecuteReader();
    }

    private static string? S(DbDataReader r, int i) => r.StringOrNull(i);

    /// <summary>The event location stored from column <paramref name="i"/> on (name, country, admin1, lat, lon, start, end), or null.</summary>
    internal static EventLocation? LocationAt(DbDataReader r, int i) => S(r, i) is { } name
        ? new EventLocation(name, S(r, i + 1), S(r, i + 2), r.IsDBNull(i + 3) ? null : r.GetDouble(i + 3), r.IsDBNull(i + 4) ? null : r.GetDouble(i + 4),
            r.GetInt32(i + 5), r.GetInt32(i + 6))
        : null;
}
