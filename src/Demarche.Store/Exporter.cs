using System.Globalization;
using System.Text;
using System.Text.Json;
using Demarche.Core.Contract;
using System.Data.Common;

namespace Demarche.Store;

/// <summary>
/// Writes what the store holds for other tools: the GDELT 2.0 Event table (tab-separated without header, as GDELT
/// publishes it, or CSV with a header row for spreadsheets), GDELT's Mentions table, and PLOVER JSON records. Every
/// export takes the same filters as the <c>events</c> command.
/// </summary>
public sealed class Exporter(DemarcheStore store, EventFilter? filter = null)
{
    private readonly EventFilter _filter = filter ?? new EventFilter();

    /// <summary>The 61 columns of the GDELT 2.0 event table, in order.</summary>
    public static string[] GdeltColumns => Export.GdeltExport.EventColumns;

    internal const string MergedEvents = """
        SELECT min(e.id), e.date, e.source_key, max(sa.name), max(sa.code), max(sa.kind), e.target_key, max(ta.name), max(ta.code), max(ta.kind),
               e.cameo, max(e.root), max(e.quad), max(e.goldstein), count(*), count(DISTINCT d.source), count(DISTINCT e.document),
               min(d.url), max(e.plover), max(e.trigger), min(d.ingested_at), max(e.sentence),
               max(sa.country), max(ta.country)
        FROM events e
        JOIN documents d ON d.id = e.document
        LEFT JOIN actors sa ON sa.document = e.document AND sa.actor_id = e.source
        LEFT JOIN actors ta ON ta.document = e.document AND ta.actor_id = e.target
        WHERE e.negated = 0 AND e.hypothetical = 0
        GROUP BY e.source_key, e.target_key, e.cameo, e.date
        ORDER BY min(e.id)
        """;

    /// <summary>The GDELT 2.0 Event table exactly: tab-separated, no header, 61 columns. Returns the row count.</summary>
    public int GdeltEvents(TextWriter w) => WriteTsv(w, new Export.GdeltExport(store, _filter).Events());

    /// <summary>The GDELT 2.0 Mentions table exactly: tab-separated, no header, 16 columns. Returns the row count.</summary>
    public int GdeltMentions(TextWriter w) => WriteTsv(w, new Export.GdeltExport(store, _filter).Mentions());

    /// <summary>The GDELT event columns as CSV with a header row (for spreadsheets). Returns the row count.</summary>
    public int GdeltCsv(TextWriter w)
    {
        w.WriteLine(string.Join(',', GdeltColumns));
        int n = 0;
        foreach (var row in new Export.GdeltExport(store, _filter).Events())
        {
            w.WriteLine(string.Join(',', row.Select(Csv)));
            n++;
        }
        return n;
    }

    /// <summary>PLOVER records, one JSON object a line; returns (written, left out as CAMEO 01/02, left out undated).</summary>
    public (int Written, int NotCoded, int Undated) Plover(TextWriter w) => new Export.PloverExport(store, _filter).Write(w);

    private static int WriteTsv(TextWriter w, IEnumerable<string?[]> rows)
    {
        int n = 0;
        foreach (var row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0) w.Write('\t');
                w.Write(Tsv(row[i]));
            }
            w.Write('\n');
            n++;
        }
        return n;
    }

    /// <summary>A TSV field as GDELT writes them: no quoting, so tabs and line breaks inside a value become spaces.</summary>
    public static string Tsv(string? s) => string.IsNullOrEmpty(s) ? "" : s.IndexOfAny(['\t', '\n', '\r']) >= 0 ? s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ') : s;


    /// <summary>One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.</summary>
    public static string Csv(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
