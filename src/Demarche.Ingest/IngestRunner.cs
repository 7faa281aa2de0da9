using System.Collections.Concurrent;
using System.Threading.Channels;
using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Pipeline;
using Demarche.Store;

namespace Demarche.Ingest;

public sealed record IngestOptions
{
    public int Workers { get; init; } = Environment.ProcessorCount;
    public int BatchSize { get; init; } = 200;
    public DateOnly? Date { get; init; }

    /// <summary>How inputs are read (feeds fetching their pages, a byte meter for progress); default: a plain <see cref="InputReader"/>.</summary>
    public InputReader? Reader { get; init; }
}

/// <summary>Counts for the summary and the progress bar.</summary>
public sealed class IngestProgress
{
    private long _read, _stored, _duplicates, _near, _failed;
    public long Read => Interlocked.Read(ref _read);
    public long Stored => Interlocked.Read(ref _stored);
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long NearDuplicates => Interlocked.Read(ref _near);
    public long Failed => Interlocked.Read(ref _failed);
    public ConcurrentQueue<(string Source, string Reason)> Failures { get; } = new();
    /// <summary>Documents analysed (stored or not yet), by the language they are written in.</summary>
    public Demarche.Core.Model.LanguageCounts Languages { get; } = new();

    internal void CountRead() => Interlocked.Increment(ref _read);
    internal void CountDuplicate() => Interlocked.Increment(ref _duplicates);
    internal void CountFailure(string source, string reason)
    {
        Interlocked.Increment(ref _failed);
        if (Failures.Count < 1000) Failures.Enqueue((source, reason));
    }
    internal void CountWrite(WriteResult r)
    {
        switch (r.Outcome)
        {
            case WriteOutcome.Stored: Interlocked.Increment(ref _stored); break;
            case WriteOutcome.NearDuplicate: Interlocked.Increment(ref _stored); Interlocked.Increment(ref _near); break;
            default: Interlocked.Increment(ref _duplicates); break;
        }
    }
}

/// <summary>
/// Reads inputs, analyses them on every core, and has one writer commit them in batches (one transaction a
/// batch). Documents whose clean text is already stored are not analysed again, so a re-run after a crash
/// continues where the last committed batch ended. A bad input is counted and reported, never fatal.
/// </summary>
public sealed class IngestRunner(Analyzer analyzer, DemarcheStore store, IngestOptions options)
{
    public async Task<IngestProgress> RunAsync(IEnumerable<string> paths, IngestProgress? progress = null, CancellationToken ct = default)
    {
        progress ??= new IngestProgress();
        var known = LoadKnownHashes();
        var inputs = Channel.CreateBounded<InputItem>(options.Workers * 4);
        var analysed = Channel.CreateBounded<Document>(options.BatchSize * 2);
        var reader = options.Reader ?? new InputReader();

        var produce = Task.Run(async () =>
        {
            try
            {
                foreach (var path in paths)
                    foreach (var item in reader.Read(path))
                        await inputs.Writer.WriteAsync(item, ct);
            }
            finally { inputs.Writer.Complete(); }
        }, ct);

        var analyse = Enumerable.Range(0, Math.Max(1, options.Workers)).Select(_ => Task.Run(async () =>
        {
            var opts = new AnalyzeOptions(options.Date);
            await foreach (var item in inputs.Reader.ReadAllAsync(ct))
            {
                progress.CountRead();
                var result = analyzer.Analyze(item, opts, d => known.ContainsKey(DocumentWriter.ContentHash(d.Text)));
                if (result.Error is { } e) progress.CountFailure(result.Source, e);
                else if (result.Skipped) progress.CountDuplicate();
                else
                {
                    progress.Languages.Add(result.Document!.Info.Language);
                    await analysed.Writer.WriteAsync(result.Document!, ct);
                }
            }
        }, ct)).ToArray();
        var closeAnalysed = Task.WhenAll(analyse).ContinueWith(t => analysed.Writer.Complete(t.Exception), TaskScheduler.Default);

        var writer = new DocumentWriter(store);
        var batch = new List<Document>(options.BatchSize);
        await foreach (var doc in analysed.Reader.ReadAllAsync(ct))
        {
            batch.Add(doc);
            if (batch.Count >= options.BatchSize) Flush();
        }
        Flush();
        await Task.WhenAll(produce, closeAnalysed);
        return progress;

        void Flush()
        {
            if (batch.Count == 0) return;
            foreach (var r in writer.Write(batch)) progress.CountWrite(r);
            batch.Clear();
        }
    }

    private ConcurrentDictionary<string, byte> LoadKnownHashes()
    {
        var set = new ConcurrentDictionary<string, byte>();
        using var cmd = store.Command("SELECT content_hash FROM documents");
        using var r = cmd.ExecuteReader();
        while (r.Read()) set.TryAdd(r.GetString(0), 0);
        return set;
    }
}
