using Demarche.Ingest;
using Demarche.Pipeline;
using Demarche.Watch;

namespace Demarche.Cluster;

/// <summary>
/// What one silo works with, shared by its grains: the analyser, the batched store writer (one per silo, so the
/// store writes of every worker on the silo go in shared batches), the feed states, and the polite HTTP stack.
/// </summary>
public sealed class SiloWork : IAsyncDisposable
{
    public SiloWork(SiloConfig config)
    {
        // analyses and store writes block their threads; Orleans' own turns must not wait for the pool to grow
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 8 * Environment.ProcessorCount), io);
        Name = config.Name ?? $"{config.ResolvedAddress()}:{config.SiloPort}";
        Writer = new BatchedDocumentWriter(config.Store, config.BatchSize);
        try
        {
            Feeds = FeedStates.Open(config.Store);
        }
        catch
        {
            Writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }
        Processor = new ItemProcessor(Analyzer.CreateDefault(config.UserDictionary), Writer);
        Http = new WatchHttp(config.HostDelay);
        Round = new FeedRound(new FeedPoller(Http, Feeds), Http, Feeds, Name);
    }

    /// <summary>The silo's address and port, as <c>feeds</c> shows it under "polled by".</summary>
    public string Name { get; }
    public BatchedDocumentWriter Writer { get; }
    public FeedStates Feeds { get; }
    public ItemProcessor Processor { get; }
    public WatchHttp Http { get; }
    public FeedRound Round { get; }
    public WatchCounters Counters { get; } = new();

    private readonly System.Collections.Concurrent.ConcurrentQueue<DateTime> _stored = new();

    /// <summary>Counts a document stored on this silo, for the per-minute rate.</summary>
    public void CountStored(ItemOutcome outcome)
    {
        if (outcome.Kind is ItemOutcomeKind.Stored or ItemOutcomeKind.NearDuplicate) _stored.Enqueue(DateTime.UtcNow);
    }

    public long StoredLastMinute()
    {
        var since = DateTime.UtcNow.AddMinutes(-1);
        while (_stored.TryPeek(out var t) && t < since) _stored.TryDequeue(out _);
        return _stored.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync().ConfigureAwait(false);
        Feeds.Dispose();
    }
}
