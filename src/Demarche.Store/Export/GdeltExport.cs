using System.Data.Common;
using System.Globalization;

namespace Demarche.Store.Export;

/// <summary>
/// The GDELT 2.0 Event and Mentions tables, as GDELT publishes them: one Event row per merged event (same source,
/// target, code and date), 61 columns in the codebook's order; one Mentions row per article sentence that reported it.
/// Fields Demarche has nothing for (tone, ethnic and religion codes, ADM2) are empty.
/// </summary>
public sealed class GdeltExport(DemarcheStore store, EventFilter filter, GeoCodes? geo = null)
{
    private readonly GeoCodes _geo = geo ?? GeoCodes.Default;

    /// <summary>The 61 columns of the GDELT 2.0 event table, in order.</summary>
    public static readonly string[] EventColumns =
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

    /// <summary>The 16 columns of the GDELT 2.0 mentions table, in order.</summary>
    public static readonly string[] MentionColumns =
    [
        "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID",
        "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
        "MentionDocTranslationInfo", "Extras",
    ];

    /// <summary>Merged events with what the Event table needs, in GlobalEventID order.</summary>
    private static string MergedSql(IEnumerable<string?> where) => MergedEventsSql.Select($"""
        min(e.id), e.date, e.source_key, max(sa.name), max(sa.code), max(sa.kind), e.target_key, max(ta.name), max(ta.code), max(ta.kind),
               e.cameo, max(e.root), max(e.quad), max(e.goldstein), count(*), count(DISTINCT d.source), count(DISTINCT e.document),
               min(d.url), max(e.plover), max(e.trigger), min(d.ingested_at), max(sa.country), max(ta.country),
               {EventPlace.PackedSql}, max(coalesce(e.in_lead, 0))
        """, where);

    /// <summary>Each merged event as its 61 fields (null where GDELT's field is empty).</summary>
    public IEnumerable<string?[]> Events()
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = MergedSql(filter.Conditions(cmd));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = new string?[EventColumns.Length];
            row[0] = r.Long(0).ToString(CultureInfo.InvariantCulture);
            if (r.StringOrNull(1) is { Length: 10 } date) Dates(row, DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            FillActor(row, 5, r.StringOrNull(2), r.StringOrNull(3), r.StringOrNull(4), r.StringOrNull(5), r.StringOrNull(21));
            FillActor(row, 15, r.StringOrNull(6), r.StringOrNull(7), r.StringOrNull(8), r.StringOrNull(9), r.StringOrNull(22));
            var code = r.GetString(10);
            row[25] = r.Int(24) == 1 ? "1" : "0";
            row[26] = code;
            row[27] = code.Length > 3 ? code[..3] : code;
            row[28] = r.GetString(11);
            row[29] = r.Int(12).ToString(CultureInfo.InvariantCulture);
            row[30] = r.GetDouble(13).ToString("0.0", CultureInfo.InvariantCulture);
            row[31] = r.Int(14).ToString(CultureInfo.InvariantCulture);
            row[32] = r.Int(15).ToString(CultureInfo.InvariantCulture);
            row[33] = r.Int(16).ToString(CultureInfo.InvariantCulture);
            CountryGeo(row, 35, row[7]);
            CountryGeo(row, 43, row[17]);
            if (EventPlace.Unpack(r.StringOrNull(23)) is { } place) PlaceGeo(row, 51, place);
            row[59] = DateAdded(r.StringOrNull(20));
            row[60] = r.StringOrNull(17);
            yield return row;
        }
    }

    /// <summary>One mention row per stored event (an article sentence that reported it), with its merged event's id.</summary>
    public IEnumerable<string?[]> Mentions()
    {
        using var cmd = store.Connection.CreateCommand();
        var whereSql = Sql.Where(filter.Conditions(cmd));
        cmd.CommandText = $"""
            SELECT g.gid, g.added, d.ingested_at, d.url, d.source, e.sentence_no, e.sentence_start, e.sentence_end,
                   (SELECT min(m.start) FROM mentions m WHERE m.document = e.document AND m.actor_id = e.source AND m.start >= e.sentence_start AND m.start < e.sentence_end),
                   (SELECT min(m.start) FROM mentions m WHERE m.document = e.document AND m.actor_id = e.target AND m.start >= e.sentence_start AND m.start < e.sentence_end),
                   {EventQueries.SentenceText}, e.trigger, e.rule, length(d.text)
            FROM events e
            JOIN documents d ON d.id = e.document
            JOIN (SELECT min(e.id) AS gid, min(d.ingested_at) AS added, e.source_key, e.target_key, e.cameo, e.date
                  FROM events e JOIN documents d ON d.id = e.document {whereSql}
                  GROUP BY e.source_key, e.target_key, e.cameo, e.date) g
              ON coalesce(g.source_key, '') = coalesce(e.source_key, '') AND coalesce(g.target_key, '') = coalesce(e.target_key, '')
             AND g.cameo = e.cameo AND coalesce(g.date, '') = coalesce(e.date, '')
            {whereSql}
            ORDER BY g.gid, e.id
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var row = new string?[MentionColumns.Length];
            int sentenceStart = r.Int(6);
            var sentence = r.StringOrNull(10) ?? "";
            int action = sentence.IndexOf(r.GetString(11), StringComparison.Ordinal);
            row[0] = r.Long(0).ToString(CultureInfo.InvariantCulture);
            row[1] = DateAdded(r.StringOrNull(1));
            row[2] = DateAdded(r.StringOrNull(2));
            row[3] = r.StringOrNull(3) is null ? "6" : "1"; // 1 WEB (a URL); 6 for a document without one (GDELT's JSTOR/other)
            row[4] = SourceName(r.StringOrNull(3), r.GetString(4));
            row[5] = r.StringOrNull(3) ?? r.GetString(4);
            row[6] = r.IsDBNull(5) ? null : r.Int(5).ToString(CultureInfo.InvariantCulture);
            row[7] = r.IsDBNull(8) ? "-1" : r.Int(8).ToString(CultureInfo.InvariantCulture);
            row[8] = r.IsDBNull(9) ? "-1" : r.Int(9).ToString(CultureInfo.InvariantCulture);
            row[9] = action < 0 ? "-1" : (sentenceStart + action).ToString(CultureInfo.InvariantCulture);
            row[10] = "1";
            row[11] = r.GetString(12).Contains("+target:", StringComparison.Ordinal) ? "50" : "100"; // a target inferred beyond the clause is less sure
            row[12] = r.Int(13).ToString(CultureInfo.InvariantCulture);
            yield return row;
        }
    }

    private static void Dates(string?[] row, DateOnly d)
    {
        row[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        row[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
        row[3] = d.Year.ToString(CultureInfo.InvariantCulture);
        row[4] = (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
    }

    /// <summary>Actor columns: code, name, country, known group, types (the country as GDELT's 3-letter CAMEO code).</summary>
    private void FillActor(string?[] row, int at, string? key, string? name, string? code, string? kind, string? country)
    {
        if (key is null) return;
        var codes = ActorCodes.Read(code ?? key, kind, country, _geo.IsCountry, key);
        row[at] = code ?? key;
        row[at + 1] = name?.ToUpperInvariant();
        row[at + 2] = codes.Country;
        row[at + 3] = codes.KnownGroup;
        for (int i = 0; i < codes.Types.Count; i++) row[at + 7 + i] = codes.Types[i];
    }

    /// <summary>An actor's geography: its country, at the country's centre (type 1).</summary>
    private void CountryGeo(string?[] row, int at, string? iso3)
    {
        if (iso3 is null || _geo.Fips(iso3) is not { } fips) return;
        var (lat, lon) = _geo.CountryCentre(iso3);
        row[at] = "1";
        row[at + 1] = _geo.CountryName(iso3);
        row[at + 2] = fips;
        row[at + 3] = fips;
        row[at + 5] = Coordinate(lat);
        row[at + 6] = Coordinate(lon);
        row[at + 7] = fips;
    }

    /// <summary>ActionGeo_*: type (1 country, 2 US state, 3 US city, 4 world city, 5 world state), full name, FIPS codes, centre.</summary>
    private void PlaceGeo(string?[] row, int at, EventPlace p)
    {
        if (p.Country is null) return;
        var fips = _geo.Fips(p.Country);
        var countryName = _geo.CountryName(p.Country);
        var admin1Name = _geo.Admin1Name(p.Country, p.Admin1);
        bool us = p.Country == "USA";
        bool countryWide = p.IsCountryWide(_geo);
        bool division = !countryWide && (p.Admin1 is null || admin1Name == p.Name);
        row[at] = countryWide ? "1" : division ? (us ? "2" : "5") : us ? "3" : "4";
        row[at + 1] = countryWide ? countryName : string.Join(", ", new[] { p.Name, division ? null : admin1Name, countryName }.Where(x => x is not null));
        row[at + 2] = fips;
        row[at + 3] = p.Admin1 is null ? fips : fips + p.Admin1;
        row[at + 5] = Coordinate(p.Lat);
        row[at + 6] = Coordinate(p.Lon);
        row[at + 7] = countryWide ? fips : division ? row[at + 3] : null;
    }

    private static string? Coordinate(double? x) => x?.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>GDELT's YYYYMMDDHHMMSS from a stored ISO 8601 timestamp.</summary>
    private static string? DateAdded(string? iso) =>
        iso is { Length: >= 19 } ? iso[..19].Replace("-", "").Replace("T", "").Replace(":", "") : null;

    /// <summary>The web site of a URL (bbc.co.uk), else the document's source.</summary>
    private static string SourceName(string? url, string source) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) ? (u.Host.StartsWith("www.", StringComparison.Ordinal) ? u.Host[4..] : u.Host) : source;
}
