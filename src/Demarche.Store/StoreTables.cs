using System.Data;

namespace Demarche.Store;

internal enum ColumnType
{
    Text,
    Integer,
    BigInt,
    Double,
}

internal sealed record TableColumn(string Name, ColumnType Type)
{
    public DbType DbType => Type switch
    {
        ColumnType.Integer => DbType.Int32,
        ColumnType.BigInt => DbType.Int64,
        ColumnType.Double => DbType.Double,
        _ => DbType.String,
    };
}

/// <summary>An item table as the writer fills it: its name and the columns it writes, in order.</summary>
internal sealed record StoreTable(string Name, IReadOnlyList<TableColumn> Columns)
{
    public static StoreTable Of(string name, params (string Name, ColumnType Type)[] columns) =>
        new(name, columns.Select(c => new TableColumn(c.Name, c.Type)).ToArray());
}

/// <summary>Rows waiting to be written to one table, each value of its column's type (int, long, double, string) or null.</summary>
internal sealed class TableRows(StoreTable table)
{
    public StoreTable Table { get; } = table;
    public List<object?[]> Rows { get; } = [];

    public void Add(params object?[] values) => Rows.Add(values);
}

/// <summary>The tables that hold what was read from each document (everything but the documents table).</summary>
internal static class ItemTables
{
    private const ColumnType T = ColumnType.Text, I = ColumnType.Integer, L = ColumnType.BigInt, D = ColumnType.Double;

    public static readonly StoreTable Repairs = StoreTable.Of("repairs",
        ("document", L), ("start", I), ("end", I), ("kind", T), ("before", T), ("after", T));

    public static readonly StoreTable Actors = StoreTable.Of("actors",
        ("document", L), ("actor_id", T), ("name", T), ("kind", T), ("country", T), ("code", T), ("affiliation", T));

    public static readonly StoreTable Mentions = StoreTable.Of("mentions",
        ("document", L), ("actor_id", T), ("start", I), ("end", I), ("text", T));

    public static readonly StoreTable Events = StoreTable.Of("events",
        ("document", L), ("source", T), ("target", T), ("source_key", T), ("target_key", T), ("cameo", T), ("root", T), ("plover", T),
        ("quad", I), ("goldstein", D), ("negated", I), ("hypothetical", I), ("date", T), ("trigger", T),
        ("sentence_start", I), ("sentence_end", I), ("rule", T), ("date_precision", T), ("location_name", T), ("location_country", T),
        ("location_admin1", T), ("location_lat", D), ("location_lon", D), ("location_start", I), ("location_end", I), ("in_lead", I), ("sentence_no", I), ("sentence", T));

    public static readonly StoreTable Quotes = StoreTable.Of("quotes",
        ("document", L), ("text", T), ("start", I), ("end", I), ("kind", T), ("speaker", T), ("speaker_key", T), ("speaker_text", T), ("cue", T));

    public static readonly StoreTable Quantities = StoreTable.Of("quantities",
        ("document", L), ("value", D), ("approximate", I), ("unit", T), ("category", T), ("subject", T), ("start", I), ("end", I));

    public static readonly StoreTable Stances = StoreTable.Of("stances",
        ("document", L), ("holder", T), ("holder_key", T), ("topic", T), ("target", T), ("polarity", T), ("start", I), ("end", I),
        ("topic_key", T), ("strength", T), ("evidence", T));

    /// <summary>In the order they are written (actors before what refers to them).</summary>
    public static readonly StoreTable[] All = [Repairs, Actors, Mentions, Events, Quotes, Quantities, Stances];
}
