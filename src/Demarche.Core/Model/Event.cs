using System.Text.Json.Serialization;
using Demarche.Core.Text;

namespace Demarche.Core.Model;

/// <summary>Where an event happened.</summary>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon, int Start, int End);

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
