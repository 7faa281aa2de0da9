using Demarche.Ingest;
using Demarche.Input;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace Demarche.Cluster;

/// <summary>
/// <c>ingest --cluster</c>: reads the inputs here, lazily, and sends them in chunks to the silos in turn (each chunk
/// placed on its silo by a hint, analysed there by the silo's workers and stored by its batched writer), a few chunks
/// per silo at a time, so that a large input is streamed, never loaded whole. A chunk whose silo dies is sent again
/// to another: documents it had already stored are found by their content hash, so each is stored once.
/// </summary>
public sealed class ClusterIngest(IClusterClient client, int chunkSize = 32, int chunksPerSilo = 4, int attempts = 6)
{
    private const long MaxChunkChars = 4 * 1024 * 1024;

    public async Task<IngestProgress> RunAsync(IEnumerable<InputItem> inputs, IngestProgress? progress = null, CancellationToken ct = default)
    {
        progress ??= new IngestProgress();
        var silos = new SiloRing(client);
        await silos.RefreshAsync().ConfigureAwait(false);
        using var slots = new SemaphoreSlim(Math.Max(1, silos.Count * chunksPerSilo));
        var running = new List<Task>();
        var chunk = new List<DocumentInput>(chunkSize);
        long chars = 0;
        foreach (var item in inputs)
        {
            ct.ThrowIfCancellationRequested();
            if (item.Document is not { } doc)
            {
                progress.Count(new ItemOutcome(item.Error!.Source, ItemOutcomeKind.Failed, item.Error.Message));
                continue;
            }
            chunk.Add(DocumentInput.From(doc));
            chars += doc.Content.Length;
            if (chunk.Count >= chunkSize || chars >= MaxChunkChars)
            {
                running.Add(await SendAsync(chunk.ToArray()).ConfigureAwait(false));
                chunk.Clear();
                chars = 0;
                running.RemoveAll(t => t.IsCompleted);
            }
        }
        if (chunk.Count > 0) running.Add(await SendAsync(chunk.ToArray()).ConfigureAwait(false));
        await Task.WhenAll(running).ConfigureAwait(false);
        return progress;

        async Task<Task> SendAsync(DocumentInput[] documents)
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
            return Task.Run(async () =>
            {
                try
                {
                    foreach (var r in await ProcessAsync(documents, silos).ConfigureAwait(false)) progress.Count(r.ToOutcome());
                }
                finally
                {
                    slots.Release();
                }
            }, CancellationToken.None);
        }
    }

    private async Task<ItemResult[]> ProcessAsync(DocumentInput[] documents, SiloRing silos)
    {
        Exception? last = null;
        for (int attempt = 1; attempt <= attempts; attempt++)
        {
            var silo = silos.Next();
            try
            {
                if (silo is not null) RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
                return await client.GetGrain<IIngestChunkGrain>(Guid.NewGuid()).Process(documents).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                last = e;
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(10, attempt * 2))).ConfigureAwait(false);
                await silos.RefreshAsync().ConfigureAwait(false);
            }
            finally
            {
                RequestContext.Remove(IPlacementDirector.PlacementHintKey);
            }
        }
        return documents.Select(d => new ItemResult(d.Source, ItemOutcomeKind.Failed, $"the cluster did not take it after {attempts} attempts: {last?.Message}")).ToArray();
    }

    /// <summary>The active silos, taken in turn.</summary>
    private sealed class SiloRing(IClusterClient client)
    {
        private SiloAddress[] _silos = [];
        private int _next;

        public int Count => Math.Max(1, _silos.Length);

        public async Task RefreshAsync()
        {
            try
            {
                var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).ConfigureAwait(false);
                _silos = hosts.Keys.OrderBy(s => s.ToString(), StringComparer.Ordinal).ToArray();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // keep the last list; the next attempt tries again
            }
        }

        public SiloAddress? Next()
        {
            var silos = _silos;
            return silos.Length == 0 ? null : silos[(int)((uint)Interlocked.Increment(ref _next) % silos.Length)];
        }
    }
}
