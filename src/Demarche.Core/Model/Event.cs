using System.Text.Json.Serialization;
using Demarche.Core.Text;

namespace Demarche.Core.Model;

/// <summary>
/// Where an event happened: the place's name as the gazetteer holds it, its country (ISO 3166-1 alpha-3), its
/// first-level division (GeoNames admin1 code, null for a country), coordinates, and the words that named it.
/// </summary>
public sealed record EventLocation(string Name, string? Country, string? Admin1, double? Lat, double? Lon, int Start, int End);

/// <summary>How exactly an event's date is known: a day, a week ("last week"), a month ("in March"), a year ("in 2022").</summary>
public static class DatePrecisions
{
    public const string Day = "day", Week = "week", Month = "month", Year = "year";

    /// <summary>A stored date (YYYY-MM-DD) as exactly as it is known: 2025-06, 2025, "week of 2025-06-02"; "undated" for none.</summary>
    public static string Describe(string? date, string? precision) => date is null ? "undated" : precision switch
    {
        Month => date[..7],
        Year => date[..4],
        Week => "week of " + date,
        _ => date,
    };
}

/// <summary>Who did what to whom: one coded political event.</summary>
public sealed record Event
{
    public required string Source { get; init; }
    public string? Target { get; init; }
    public required string Cameo { get; init; }
    public required string Root { get; init; }
    public string? Plover { get; init; }
    public int Quad { get; init; }
    public double Goldstein { get; init; }
    public bool Negated { get; init; }
    public bool Hypothetical { get; init; }
    [JsonConverter(typeof(DateOnlyJsonConverter))]
    public DateOnly? Date { get; init; }
    /// <summary>day | week | month | year (see <see cref="DatePrecisions"/>); null when the event is undated.</summary>
    public string? DatePrecision { get; init; }
    public required string Trigger { get; init; }
    public EventLocation? Location { get; init; }
    public required SentenceRef Sentence { get; init; }
    public required string Rule { get; init; }
}

/// <summary>The sentence an item was read from, as offsets into the clean text.</summary>
public sealed record SentenceRef(int Start, int End)
{
    public static SentenceRef Of(Sentence s) => new(s.Start, s.End);
}
