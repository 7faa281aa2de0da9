using System.Text.Json.Serialization;

namespace Demarche.Core.Model;

/// <summary>What is known of a document besides its text: where it came from and when it was published.</summary>
public sealed record DocumentInfo
{
    public string? Id { get; init; }
    public string Source { get; init; } = "-";
    public string? Title { get; init; }
    public string? Url { get; init; }
    [JsonConverter(typeof(DateOnlyJsonConverter))]
    public DateOnly? Published { get; init; }
    public string Language { get; init; } = "en";
}
