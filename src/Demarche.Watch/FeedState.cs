using Demarche.Input.Feeds;

namespace Demarche.Watch;

/// <summary>Where one feed stands: its schedule, the validators of its last answer, back-off and counts (a row of <c>feeds</c>).</summary>
public sealed record FeedState
{
    public required string Url { get; init; }
    public required TimeSpan Every { get; init; }
    public bool FetchPages { get; init; }
    public DateTime AddedAt { get; init; }
    public HttpValidators? Validators { get; init; }
    public DateTime? LastPoll { get; init; }
    /// <summary>When it is due; null for a feed never polled (due at once).</summary>
    public DateTime? NextPoll { get; init; }
    public long Polls { get; init; }
    /// <summary>Polls answered 304 Not Modified.</summary>
    public long Unchanged { get; init; }
    /// <summary>Documents stored from the feed (not counting duplicates).</summary>
    public long Items { get; init; }
    /// <summary>Failed polls in a row (0 after a success): the back-off.</summary>
    public int Failures { get; init; }
    public string? LastError { get; init; }
    /// <summary>The machine (or silo) that polled it last.</summary>
    public string? PolledBy { get; init; }

    public bool IsDue(DateTime now) => NextPoll is not { } next || next <= now;
}
