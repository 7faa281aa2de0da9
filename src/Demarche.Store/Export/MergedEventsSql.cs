namespace Demarche.Store.Export;

/// <summary>
/// The query behind the GDELT and PLOVER exports: events merged by (source, target, code, date), with their source and
/// target actors, filtered, in GlobalEventID (smallest event id) order. Each export names the aggregate columns it needs.
/// </summary>
internal static class MergedEventsSql
{
    public static string Select(string columns, IEnumerable<string?> where) => $"""
        SELECT {columns}
        FROM events e
        JOIN documents d ON d.id = e.document
        LEFT JOIN actors sa ON sa.document = e.document AND sa.actor_id = e.source
        LEFT JOIN actors ta ON ta.document = e.document AND ta.actor_id = e.target
        {Sql.Where(where)}
        GROUP BY e.source_key, e.target_key, e.cameo, e.date
        ORDER BY min(e.id)
        """;
}
