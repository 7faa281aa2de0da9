using Demarche.Ingest;
using Demarche.Input;

namespace Demarche.Cluster;

/// <summary>A document to analyse as it travels to a silo (a <see cref="RawDocument"/>; dates as day numbers).</summary>
[GenerateSerializer, Immutable]
public sealed record DocumentInput(
    [property: Id(0)] string Source,
    [property: Id(1)] string Content,
    [property: Id(2)] bool Html,
    [property: Id(3)] string? DocumentId,
    [property: Id(4)] string? Url,
    [property: Id(5)] string? Title,
    [property: Id(6)] int? Published,
    [property: Id(7)] int? FallbackPublished)
{
    public static DocumentInput From(RawDocument d) => new(d.Source, d.Content, d.Format == ContentFormat.Html, d.Id, d.Url, d.Title,
        d.Published?.DayNumber, d.FallbackPublished?.DayNumber);

    public RawDocument ToRaw() => new()
    {
        Source = Source, Content = Content, Format = Html ? ContentFormat.Html : ContentFormat.Text, Id = DocumentId, Url = Url, Title = Title,
        Published = Published is { } p ? DateOnly.FromDayNumber(p) : null,
        FallbackPublished = FallbackPublished is { } f ? DateOnly.FromDayNumber(f) : null,
    };

    /// <summary>Roughly how many bytes it takes on the wire.</summary>
    public int Size => Content.Length * 2 + 256;
}

/// <summary>What became of one document on the silo (an <see cref="ItemOutcome"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record ItemResult([property: Id(0)] string Source, [property: Id(1)] ItemOutcomeKind Kind, [property: Id(2)] string? Error)
{
    public static ItemResult From(ItemOutcome o) => new(o.Source, o.Kind, o.Error);
    public ItemOutcome ToOutcome() => new(Source, Kind, Error);
}

/// <summary>What a silo reports for <c>cluster status</c>.</summary>
[GenerateSerializer, Immutable]
public sealed record SiloReport(
    [property: Id(0)] string Silo,
    [property: Id(1)] long Analysed,
    [property: Id(2)] long Stored,
    [property: Id(3)] long Duplicates,
    [property: Id(4)] long Failed,
    [property: Id(5)] long StoredLastMinute,
    [property: Id(6)] int FeedRounds,
    [property: Id(7)] long WorkingSetBytes);
