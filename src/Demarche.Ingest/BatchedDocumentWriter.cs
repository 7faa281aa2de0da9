using System.Threading.Channels;
using Demarche.Core.Model;
using Demarche.Store;

namespace Demarche.Ingest;

/// <summary>
/// Writes documents handed to it by many callers in batches, one transaction each (<see cref="DocumentWriter"/>):
/// a batch is written when it is full or when its first document has waited <c>maxDelay</c>, so that a trickle of
/// feed items is stored within a second and a flood is stored in large batches. Each caller gets its own
/// document's result once the batch holding it is committed, or the exception that rolled it back.
/// </summary>
public sealed class BatchedDocumentWriter : IAsyncDisposable
{
    private readonly Channel<Pending> _queue;
    private readonly DemarcheStore _store;
    private readonly DemarcheStore _lookups;
    private readonly Lock _lookupLock = new();
    private readonly DocumentWriter _writer;
    private readonly int _batchSize;
    private readonly TimeSpan _maxDelay;
    private readonly Task _loop;
    private long _batches, _documents;

    private sealed record Pending(Document Document, TaskCompletionSource<WriteResult> Done);

    /// <param name="target">the store (an SQLite file or a PostgreSQL connection string); two connections are opened, one writes and one looks up content hashes.</param>
    public BatchedDocumentWriter(string target, int batchSize = 200, TimeSpan? maxDelay = null)
    {
        _batchSize = Math.Max(1, batchSize);
        _maxDelay = maxDelay ?? TimeSpan.FromMilliseconds(500);
        _store = DemarcheStore.Open(target);
        try
        {
            _lookups = DemarcheStore.Open(target);
        }
        catch
        {
            _store.Dispose();
            throw;
        }
        _writer = new DocumentWriter(_store);
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(_batchSize * 4) { SingleReader = true });
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Where the documents go (never a password).</summary>
    public string Location => _store.Location;

    public long Batches => Interlocked.Read(ref _batches);
    public long Documents => Interlocked.Read(ref _documents);

    /// <summary>Queues the document; the task ends when its batch is committed.</summary>
    public async Task<WriteResult> WriteAsync(Document document, CancellationToken ct = default)
    {
        var pending = new Pending(document, new TaskCompletionSource<WriteResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, ct).ConfigureAwait(false);
        return await pending.Done.Task.ConfigureAwait(false);
    }

    /// <summary>True when a document with this clean text's hash is already stored (it need not be analysed).</summary>
    public bool IsStored(string contentHash)
    {
        lock (_lookupLock)
        {
            using var cmd = _lookups.Command("SELECT 1 FROM documents WHERE content_hash = @h");
            cmd.AddParameter("@h", contentHash);
            return cmd.ExecuteScalar() is not null and not DBNull;
        }
    }

    private async Task LoopAsync()
    {
        var batch = new List<Pending>(_batchSize);
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            var deadline = DateTime.UtcNow + _maxDelay;
            while (batch.Count < _batchSize)
            {
                if (reader.TryRead(out var next))
                {
                    batch.Add(next);
                    continue;
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero) break;
                using var wait = new CancellationTokenSource(left);
                try
                {
                    if (!await reader.WaitToReadAsync(wait.Token).ConfigureAwait(false)) break;
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            Flush(batch);
            batch.Clear();
        }
    }

    private void Flush(List<Pending> batch)
    {
        if (batch.Count == 0) return;
        try
        {
            var results = _writer.Write(batch.Select(p => p.Document).ToList());
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _documents, batch.Count);
            for (int i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
        }
        catch (Exception e)
        {
            foreach (var p in batch) p.Done.TrySetException(e);
        }
    }

    /// <summary>Writes what is queued, then closes the store.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _store.Dispose();
        _lookups.Dispose();
    }
}
