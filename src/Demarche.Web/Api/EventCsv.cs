using System.Globalization;
using System.Text;
using Demarche.Store;
using Demarche.Web.Services;
using Microsoft.AspNetCore.Http;

namespace Demarche.Web.Api;

/// <summary>The events a filter selects as CSV, written a page at a time so that memory stays flat however many there are.</summary>
public static class EventCsv
{
    public static readonly string[] Columns =
        ["id", "document", "date", "source", "target", "source_key", "target_key", "cameo", "plover", "quad", "goldstein", "negated", "hypothetical", "trigger", "rule", "sentence", "title",
         "date_precision", "place", "place_country"];

    public static async Task WriteAsync(HttpContext http, StorePool pool, EventQueryParameters q, CancellationToken ct)
    {
        var sort = EventSort.Parse(q.Sort);
        var filter = q.Filter;
        var first = await pool.UseAsync(s => new EventQueries(s).Items(filter, sort, q.Cursor, 500), ct); // a bad cursor is a 400 before any byte is sent
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"events.csv\"";
        await using var w = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 1 << 16);
        await w.WriteLineAsync(string.Join(',', Columns));
        for (var page = first; ; )
        {
            var sb = new StringBuilder();
            foreach (var e in page.Items) sb.AppendLine(Row(e));
            await w.WriteAsync(sb, ct);
            if (page.Next is null) break;
            var next = page.Next;
            page = await pool.UseAsync(s => new EventQueries(s).Items(filter, sort, next, 500), ct);
        }
    }

    public static string Row(EventItem e) => string.Join(',', new[]
    {
        e.Id.ToString(CultureInfo.InvariantCulture), e.Document.ToString(CultureInfo.InvariantCulture), e.Date, e.Source, e.Target, e.SourceKey, e.TargetKey,
        e.Cameo, e.Plover, e.Quad.ToString(CultureInfo.InvariantCulture), e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture),
        e.Negated ? "1" : "0", e.Hypothetical ? "1" : "0", e.Trigger, e.Rule, e.Sentence, e.Title, e.DatePrecision, e.Place, e.PlaceCountry,
    }.Select(Exporter.Csv));
}
