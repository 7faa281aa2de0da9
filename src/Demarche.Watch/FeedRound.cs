using Demarche.Ingest;
using Demarche.Input;

namespace Demarche.Watch;

/// <summary>What one round of a feed did, for counts and logs.</summary>
public sealed record FeedRoundReport(FeedState Feed, bool Unchanged, string? Error, int NewItems, int Stored, int Duplicates, int Failed, int Retry);

/// <summary>
/// One round of one feed, on one machine or in a feed grain: poll it, read each new item (its page too with
/// --fetch), have each item analysed and stored by <c>process</c>, then save where the feed stands. The feed's
/// validators are saved only when every new item is done, so an item whose store write failed (or whose silo died)
/// is offered again by the next poll instead of being hidden behind a 304; items done are remembered so they are
/// not downloaded or analysed again. A failure backs the feed off (<see cref="FeedSchedule"/>).
/// </summary>
public sealed class FeedRound(FeedPoller poller, WatchHttp http, FeedStates states, string pollerName, int parallelItems = 4)
{
    public delegate Task<ItemOutcome> ItemHandler(InputItem item, CancellationToken ct);

    public async Task<FeedRoundReport> RunAsync(FeedState feed, ItemHandler process, CancellationToken ct)
    {
        FeedPoll poll;
        try
        {
            poll = await poller.PollAsync(feed, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
        {
            poll = FeedPoll.Failed("the store did not answer: " + e.Message);
        }
        var now = DateTime.UtcNow;
        if (poll.Error is { } error)
        {
            var failed = FeedSchedule.AfterFailure(feed, now, error, pollerName);
            states.Save(failed, []);
            return new FeedRoundReport(failed, false, error, 0, 0, 0, 0, 0);
        }
        if (poll.Unchanged || poll.NewItems.Count == 0)
        {
            var same = FeedSchedule.AfterSuccess(feed, now, poll.Validators, poll.Unchanged, 0, pollerName);
            states.Save(same, []);
            return new FeedRoundReport(same, poll.Unchanged, null, 0, 0, 0, 0, 0);
        }

        var reader = http.ReaderFor(feed);
        var outcomes = new List<(string Key, ItemOutcome Outcome)>();
        using var gate = new SemaphoreSlim(parallelItems);
        await Task.WhenAll(poll.NewItems.Select(async item =>
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                // reading may download the item's page (--fetch): off the caller's thread
                var inputs = await Task.Run(() => reader.ReadFeedItem(item.Source, item.Entry).ToList(), ct).ConfigureAwait(false);
                foreach (var input in inputs)
                {
                    var outcome = await ProcessSafely(process, input, ct).ConfigureAwait(false);
                    lock (outcomes) outcomes.Add((item.Key, outcome));
                }
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);

        var retry = outcomes.Where(o => !o.Outcome.IsFinal).Select(o => o.Key).ToHashSet();
        var done = poll.NewItems.Select(i => i.Key).Where(k => !retry.Contains(k)).ToList();
        int stored = outcomes.Count(o => o.Outcome.Kind is ItemOutcomeKind.Stored or ItemOutcomeKind.NearDuplicate);
        // all done: keep the new validators; else the old ones, so that the next poll gets the feed again
        var validators = retry.Count == 0 ? poll.Validators : feed.Validators;
        var after = FeedSchedule.AfterSuccess(feed, now, validators, false, stored, pollerName);
        if (retry.Count > 0) after = after with { LastError = $"{retry.Count} item(s) not stored yet, offered again at the next poll: {outcomes.First(o => !o.Outcome.IsFinal).Outcome.Error}" };
        states.Save(after, done);
        return new FeedRoundReport(after, false, null, poll.NewItems.Count, stored,
            outcomes.Count(o => o.Outcome.Kind == ItemOutcomeKind.Duplicate), outcomes.Count(o => o.Outcome.Kind == ItemOutcomeKind.Failed), retry.Count);
    }

    /// <summary>A handler that throws (a silo that died, a call that timed out) means "try again later", never a lost item.</summary>
    private static async Task<ItemOutcome> ProcessSafely(ItemHandler process, InputItem input, CancellationToken ct)
    {
        try
        {
            return await process(input, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return new ItemOutcome(input.Document?.Source ?? input.Error?.Source ?? "?", ItemOutcomeKind.Retry, e.GetType().Name + ": " + e.Message);
        }
    }
}
