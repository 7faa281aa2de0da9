using Demarche.Ingest;
using Demarche.Input;
using Demarche.Watch;
using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Placement;

namespace Demarche.Cluster;

/// <summary>
/// Analyses one document and stores it through its silo's batched writer. Reentrant: while one document waits for
/// its batch to be committed the worker takes the next (the silo's <see cref="ItemProcessor"/> keeps one analysis a core).
/// </summary>
public interface IAnalysisWorker : IGrainWithIntegerKey
{
    Task<ItemResult> Process(DocumentInput document);
}

[StatelessWorker, Reentrant]
public sealed class AnalysisWorker(SiloWork work) : Grain, IAnalysisWorker
{
    public async Task<ItemResult> Process(DocumentInput document)
    {
        var outcome = await work.Processor.ProcessAsync(document.ToRaw()).ConfigureAwait(true);
        work.CountStored(outcome);
        return ItemResult.From(outcome);
    }
}

/// <summary>
/// A chunk of an <c>ingest --cluster</c> run, placed on the silo the client chose (a placement hint): its documents
/// go to that silo's analysis workers at once, and their results come back together.
/// </summary>
public interface IIngestChunkGrain : IGrainWithGuidKey
{
    Task<ItemResult[]> Process(DocumentInput[] documents);
}

[RandomPlacement]
public sealed class IngestChunkGrain : Grain, IIngestChunkGrain
{
    public async Task<ItemResult[]> Process(DocumentInput[] documents)
    {
        var worker = GrainFactory.GetGrain<IAnalysisWorker>(0);
        var results = await Task.WhenAll(documents.Select(worker.Process)).ConfigureAwait(true);
        DeactivateOnIdle();
        return results;
    }
}

/// <summary>
/// One followed feed (its key is the feed's URL). A reminder wakes it every interval, on whichever silo holds it:
/// when that silo dies, the reminder wakes it on a surviving one. Where the feed stands lives in the store
/// (<c>feeds</c>, <c>feed_items</c>), so nothing is lost with the silo.
/// </summary>
public interface IFeedGrain : IGrainWithStringKey
{
    /// <summary>Follows the feed every <paramref name="everySeconds"/> (first poll within a second); again changes the interval.</summary>
    Task Follow(int everySeconds, bool fetchPages);

    /// <summary>Stops following the feed (its row and stored items stay).</summary>
    Task Unfollow();
}

public sealed class FeedGrain(SiloWork work, ILogger<FeedGrain> log) : Grain, IFeedGrain, IRemindable
{
    private const string ReminderName = "poll";

    private string Url => this.GetPrimaryKeyString();

    public async Task Follow(int everySeconds, bool fetchPages)
    {
        var every = TimeSpan.FromSeconds(Math.Max(1, everySeconds));
        work.Feeds.Register(Url, every, fetchPages);
        await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromSeconds(1), every).ConfigureAwait(true);
    }

    public async Task Unfollow()
    {
        if (await this.GetReminder(ReminderName).ConfigureAwait(true) is { } reminder)
            await this.UnregisterReminder(reminder).ConfigureAwait(true);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var feed = work.Feeds.Get(Url);
        if (feed is null)
        {
            await Unfollow().ConfigureAwait(true);
            return;
        }
        // a tick a little before the feed is due still polls it (reminders are not exact); a backed-off feed waits
        var slack = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, feed.Every.Ticks / 10));
        if (!feed.IsDue(DateTime.UtcNow + slack)) return;
        var worker = GrainFactory.GetGrain<IAnalysisWorker>(0);
        var report = await work.Round.RunAsync(feed, async (item, ct) =>
        {
            if (item.Document is not { } doc)
                return await work.Processor.ProcessAsync(item, null, ct).ConfigureAwait(true);
            return (await worker.Process(DocumentInput.From(doc)).ConfigureAwait(true)).ToOutcome();
        }, CancellationToken.None).ConfigureAwait(true);
        work.Counters.Add(report);
        if (report.Error is { } error)
            log.LogWarning("feed {Url} failed ({Failures} in a row): {Error}; next poll {Next:u}", Url, report.Feed.Failures, error, report.Feed.NextPoll);
        else if (report.NewItems > 0)
            log.LogInformation("feed {Url}: {New} new items, {Stored} stored, {Duplicates} duplicates, {Failed} failed, {Retry} to retry",
                Url, report.NewItems, report.Stored, report.Duplicates, report.Failed, report.Retry);
    }
}

/// <summary>Reports the counters of the silo it is placed on (one per silo, placed by a hint).</summary>
public interface ISiloReportGrain : IGrainWithStringKey
{
    Task<SiloReport> Report();
}

public sealed class SiloReportGrain(SiloWork work) : Grain, ISiloReportGrain
{
    public Task<SiloReport> Report()
    {
        var p = work.Processor.Progress;
        return Task.FromResult(new SiloReport(work.Name, p.Read, p.Stored, p.Duplicates, p.Failed, work.StoredLastMinute(),
            (int)work.Counters.Polls, Environment.WorkingSet));
    }
}
