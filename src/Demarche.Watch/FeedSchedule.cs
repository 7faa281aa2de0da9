using Demarche.Input.Feeds;
namespace Demarche.Watch;

/// <summary>
/// When a feed is polled next: its interval after a success; after failures in a row, the interval doubled each
/// time (1, 2, 4, 8… intervals) up to a day, so a dead feed is retried less and less often and never stops the others.
/// </summary>
public static class FeedSchedule
{
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromDays(1);

    public static TimeSpan Delay(TimeSpan every, int failuresInARow)
    {
        if (failuresInARow <= 1) return every;
        var factor = Math.Pow(2, Math.Min(failuresInARow - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(every.Ticks * factor, Math.Max(every.Ticks, MaxBackoff.Ticks)));
        return delay;
    }

    public static FeedState AfterSuccess(FeedState feed, DateTime now, HttpValidators? validators, bool unchanged, int stored, string by) => feed with
    {
        Validators = validators,
        LastPoll = now,
        NextPoll = now + feed.Every,
        Polls = feed.Polls + 1,
        Unchanged = feed.Unchanged + (unchanged ? 1 : 0),
        Items = feed.Items + stored,
        Failures = 0,
        LastError = null,
        PolledBy = by,
    };

    public static FeedState AfterFailure(FeedState feed, DateTime now, string error, string by)
    {
        int failures = feed.Failures + 1;
        return feed with
        {
            LastPoll = now,
            NextPoll = now + Delay(feed.Every, failures),
            Polls = feed.Polls + 1,
            Failures = failures,
            LastError = error,
            PolledBy = by,
        };
    }
}
