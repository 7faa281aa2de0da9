using System.Globalization;
using System.Text;
using System.Text.Json;
using Demarche.Core.Contract;
using System.Data.Common;

namespace Demarche.Store;

/// <summary>Writes what the store holds for other tools: GDELT 2.0 event-table CSV and PLOVER JSON records.</summary>
public sealed class Exporter(DemarcheStore store)
{
    private readonly DbConnection _c = store.Connection;

    /// <summary>The 61 columns of the GDELT 2.0 event table, in order.</summary>
    public static readonly string[] GdeltColumns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

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

    /// <summary>One row per merged event (same source, target, code and date), with a header line. Returns the row count.</summary>
    public int GdeltCsv(TextWriter w)
    {
        w.WriteLine(string.Join(',', GdeltColumns));
        int n = 0;
        using var cmd = _c.CreateCommand();
        cmd.CommandText = MergedEvents;
        using var r = cmd.ExecuteReader();
        var row = new string?[GdeltColumns.Length];
        while (r.Read())
        {
            Array.Clear(row);
            var date = Str(r, 1);
            row[0] = r.Long(0).ToString(CultureInfo.InvariantCulture);
            if (date is { Length: 10 })
            {
                var d = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                row[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                row[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
                row[3] = d.Year.ToString(CultureInfo.InvariantCulture);
                row[4] = (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
            }
            FillActor(row, 5, r, 2, 22);
            FillActor(row, 15, r, 6, 23);
            var code = r.GetString(10);
            row[25] = "1";
            row[26] = code;
            row[27] = code.Length > 3 ? code[..3] : code;
            row[28] = r.GetString(11);
            row[29] = r.Int(12).ToString(CultureInfo.InvariantCulture);
            row[30] = r.GetDouble(13).ToString("0.0", CultureInfo.InvariantCulture);
            row[31] = r.Int(14).ToString(CultureInfo.InvariantCulture);
            row[32] = r.Int(15).ToString(CultureInfo.InvariantCulture);
            row[33] = r.Int(16).ToString(CultureInfo.InvariantCulture);
            row[59] = Str(r, 20) is { Length: >= 19 } added ? added[..19].Replace("-", "").Replace("T", "").Replace(":", "") : null;
            row[60] = Str(r, 17);
            w.WriteLine(string.Join(',', row.Select(Csv)));
            n++;
        }
        return n;
    }

    /// <summary>PLOVER-style JSON records (one a line): id, date, actor1, actor2, event type, CAMEO code, mentions, sources, text.</summary>
    public int PloverJsonLines(TextWriter w)
    {
        int n = 0;
        using var cmd = _c.CreateCommand();
        cmd.CommandText = MergedEvents;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var record = new Dictionary<string, object?>
            {
                ["id"] = "demarche-" + r.Long(0).ToString(CultureInfo.InvariantCulture),
                ["date"] = Str(r, 1),
                ["actor1"] = r.GetString(2),
                ["actor1_name"] = Str(r, 3),
                ["actor2"] = Str(r, 6),
                ["actor2_name"] = Str(r, 7),
                ["event"] = Str(r, 18),
                ["cameo"] = r.GetString(10),
                ["quad"] = r.Int(12),
                ["goldstein"] = r.GetDouble(13),
                ["mentions"] = r.Int(14),
                ["articles"] = r.Int(16),
                ["trigger"] = r.GetString(19),
                ["text"] = Str(r, 21),
                ["url"] = Str(r, 17),
            };
            w.WriteLine(JsonSerializer.Serialize(record, AnalysisJson.Options));
            n++;
        }
        return n;
    }

    /// <summary>Actor columns: code, name, country; an organisation or group also gets its id as the known-group code.</summary>
    private static void FillActor(string?[] row, int at, DbDataReader r, int col, int countryCol)
    {
        var key = Str(r, col);
        if (key is null) return;
        var code = Str(r, col + 2) ?? key;
        var kind = Str(r, col + 3);
        bool statal = kind is null or "state" or "government" or "military" or "person" or "document" or "group";
        row[at] = code;
        row[at + 1] = Str(r, col + 1)?.ToUpperInvariant();
        row[at + 2] = statal ? key : Str(r, countryCol);
        if (!statal) row[at + 3] = key;
        if (code.Length >= 6) row[at + 7] = code[3..6];
    }

    private static string? Str(DbDataReader r, int i) => r.StringOrNull(i);

    /// <summary>One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.</summary>
    public static string Csv(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
