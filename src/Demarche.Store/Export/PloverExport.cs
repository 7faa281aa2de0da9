using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Demarche.Core.Contract;

namespace Demarche.Store.Export;

/// <summary>
/// Event records in the PLOVER data format (JSON Lines, the field names of the PLOVER manual's data interchange
/// specification): id, date, source and recipient as lists of actor objects, event as a list of PLOVER categories,
/// quad_code by PLOVER's own quad classes, event_scale, mode, context, event_text, event_loc (GeoNames field names),
/// text, text_info and cite_info. CAMEO 01 and 02 have no PLOVER category and are left out, as the manual says;
/// so are events without a date (PLOVER requires one). Hypothetical events carry the special context "hypothetical".
/// </summary>
public sealed class PloverExport(DemarcheStore store, EventFilter filter, GeoCodes? geo = null)
{
    private readonly GeoCodes _geo = geo ?? GeoCodes.Default;

    /// <summary>PLOVER's quad classes (which differ from CAMEO's: PROTEST is material conflict, SANCTION verbal conflict).</summary>
    public static int? QuadOf(string plover) => plover switch
    {
        "AGREE" or "CONSULT" or "SUPPORT" or "CONCEDE" => 1,
        "COOPERATE" or "AID" or "RETREAT" => 2,
        "REQUEST" or "DEMAND" or "ACCUSE" or "REJECT" or "SANCTION" or "THREATEN" => 3,
        "PROTEST" or "MOBILIZE" or "COERCE" or "ASSAULT" => 4,
        _ => null,
    };

    /// <summary>The PLOVER category of a CAMEO code (the manual's table: 08 splits into CONCEDE and RETREAT; 09 and 11 are ACCUSE).</summary>
    public static string? CategoryOf(string cameo)
    {
        if (cameo.Length < 2) return null;
        return cameo[..2] switch
        {
            "01" or "02" => null,
            "03" => "AGREE", "04" => "CONSULT", "05" => "SUPPORT", "06" => "COOPERATE", "07" => "AID",
            "08" => cameo.Length >= 3 && cameo[2] is >= '4' and <= '7' ? "RETREAT" : "CONCEDE",
            "09" or "11" => "ACCUSE", "10" => "REQUEST", "12" => "REJECT", "13" => "THREATEN", "14" => "PROTEST",
            "15" => "MOBILIZE", "16" => "SANCTION", "17" => "COERCE", "18" or "19" or "20" => "ASSAULT",
            _ => null,
        };
    }

    /// <summary>Writes one record a line; returns (written, left out as 01/02, left out undated).</summary>
    public (int Written, int NotCoded, int Undated) Write(TextWriter w)
    {
        int written = 0, notCoded = 0, undated = 0;
        using var cmd = store.Connection.CreateCommand();
        var where = filter.Conditions(cmd);
        cmd.CommandText = MergedEventsSql.Select($"""
            min(e.id), e.date, e.source_key, max(sa.name), max(sa.code), max(sa.kind), e.target_key, max(ta.name), max(ta.code), max(ta.kind),
                   e.cameo, max(e.goldstein), max(e.trigger), max({EventQueries.SentenceText}), min(e.sentence_start), min(e.sentence_end),
                   min(d.url), min(d.title), min(d.language), min(d.source), max(e.hypothetical), max(e.date_precision), {EventPlace.PackedSql},
                   max(sa.country), max(ta.country), count(*), count(DISTINCT e.document), max(e.sentence_no), min(d.ingested_at)
            """, where);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var cameo = r.GetString(10);
            if (CategoryOf(cameo) is not { } category) { notCoded++; continue; }
            if (r.StringOrNull(1) is not { } date) { undated++; continue; }
            var record = new JsonObject
            {
                ["id"] = "demarche-" + r.Long(0).ToString(CultureInfo.InvariantCulture),
                ["date"] = date,
                ["source"] = new JsonArray(Actor(r.GetString(2), r.StringOrNull(3), r.StringOrNull(4), r.StringOrNull(5), r.StringOrNull(23))),
                ["recipient"] = r.StringOrNull(6) is { } target
                    ? new JsonArray(Actor(target, r.StringOrNull(7), r.StringOrNull(8), r.StringOrNull(9), r.StringOrNull(24)))
                    : new JsonArray(),
                ["event"] = new JsonArray(category),
                ["quad_code"] = QuadOf(category),
                ["event_scale"] = Scale(r.GetDouble(11)),
                ["mode"] = cameo.StartsWith("20", StringComparison.Ordinal) ? new JsonArray("unconventional") : new JsonArray(),
                ["context"] = r.Int(20) == 1 ? new JsonArray("hypothetical") : new JsonArray(),
                ["event_text"] = new JsonArray(r.GetString(12)),
                ["text"] = r.StringOrNull(13),
                ["text_info"] = new JsonObject
                {
                    ["sequence"] = r.IsDBNull(27) ? null : r.Int(27),
                    ["start"] = r.Int(14),
                    ["end"] = r.Int(15),
                },
                ["cite_info"] = new JsonObject
                {
                    ["citation"] = r.GetString(19),
                    ["url"] = r.StringOrNull(16),
                    ["title"] = r.StringOrNull(17),
                    ["language"] = r.StringOrNull(18),
                    ["coder"] = "demarche",
                    ["codebook"] = "plover (CAMEO 2-digit categories mapped by the PLOVER manual's table)",
                },
                ["coder"] = "demarche",
                ["coded_date"] = r.StringOrNull(28)?[..10],
                ["cameo"] = cameo,
                ["date_precision"] = r.StringOrNull(21),
                ["mentions"] = r.Int(25),
                ["articles"] = r.Int(26),
            };
            if (EventPlace.Unpack(r.StringOrNull(22)) is { } place) record["event_loc"] = Location(place);
            w.WriteLine(record.ToJsonString(AnalysisJson.Options));
            written++;
        }
        return (written, notCoded, undated);
    }

    /// <summary>
    /// The Goldstein scale with a decimal point always ("-5.0", not "-5"): a reader that infers column types from the
    /// values (DuckDB's read_ndjson) then reads a floating-point column whichever events an export holds.
    /// </summary>
    private static JsonNode Scale(double value) => JsonNode.Parse(value.ToString("0.0##############", CultureInfo.InvariantCulture))!;

    /// <summary>A PLOVER actor object: top-level code (country or IGO/NGO), sector, the text naming it, Demarche's id.</summary>
    private JsonObject Actor(string key, string? name, string? code, string? kind, string? country)
    {
        var codes = ActorCodes.Read(code ?? key, kind, country, _geo.IsCountry, key);
        var top = codes.Country ?? (codes.Types.Count > 0 && codes.Types[0] is "IGO" or "NGO" ? codes.Types[0] : key.Length >= 3 ? key[..3] : key);
        return new JsonObject
        {
            ["code"] = top,
            ["sector"] = codes.Types.FirstOrDefault(t => t is not ("IGO" or "NGO")),
            ["actor_text"] = name ?? key,
            ["identifier_text"] = name,
            ["demarche_id"] = key,
            ["cameo_code"] = code ?? key,
        };
    }

    /// <summary>The location object, with GeoNames' field names (and cc3, as the manual adds).</summary>
    private JsonObject Location(EventPlace p) => new()
    {
        ["name"] = p.Name,
        ["latitude"] = p.Lat,
        ["longitude"] = p.Lon,
        ["country_code"] = _geo.Iso2(p.Country),
        ["cc3"] = p.Country,
        ["admin1_code"] = p.Admin1,
        ["feature_class"] = p.IsCountryWide(_geo) ? "A" : p.Admin1 is null || _geo.Admin1Name(p.Country, p.Admin1) == p.Name ? "A" : "P",
    };
}
