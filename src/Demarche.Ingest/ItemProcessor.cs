using System.Data.Common;
using Demarche.Input;
using Demarche.Pipeline;
using Demarche.Store;

namespace Demarche.Ingest;

/// <summary>What became of one input item.</summary>
public enum ItemOutcomeKind
{
    Stored,
    NearDuplicate,
    /// <summary>The same clean text is already stored.</summary>
    Duplicate,
    /// <summary>The input is bad (unreadable, empty, rejected): trying again gives the same answer.</summary>
    Failed,
    /// <summary>Not stored for a passing reason (the store did not answer): the item must be offered again later.</summary>
    Retry,
}

public sealed record ItemOutcome(string Source, ItemOutcomeKind Kind, string? Error = null)
{
    /// <summary>True when nothing more is to be done for the item (stored, already there, or bad for good).</summary>
    public bool IsFinal => Kind != ItemOutcomeKind.Retry;
}

/// <summary>
/// Analyses one input item and stores it through a <see cref="BatchedDocumentWriter"/>: the path of <c>watch</c> on
/// one machine and of the cluster's analysis workers. A document whose clean text is already stored is not analysed.
/// At most <c>parallelAnalyses</c> documents are analysed at once (default: one a core); documents waiting for their
/// batch to be written do not count, so the analysers stay busy while a batch fills.
/// </summary>
public sealed class ItemProcessor(Analyzer analyzer, BatchedDocumentWriter writer, IngestProgress? progress = null, int parallelAnalyses = 0)
{
    private readonly SemaphoreSlim _analysers = new(parallelAnalyses > 0 ? parallelAnalyses : Environment.ProcessorCount);

    public IngestProgress Progress { get; } = progress ?? new IngestProgress();

    public async Task<ItemOutcome> ProcessAsync(InputItem item, DateOnly? date = null, CancellationToken ct = default)
    {
        AnalysisResult result;
        await _analysers.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            result = await Task.Run(() => analyzer.Analyze(item, new AnalyzeOptions(date), IsStored), ct).ConfigureAwait(false);
        }
        finally
        {
            _analysers.Release();
        }
        Progress.CountRead();
        if (result.Error is { } error)
        {
            Progress.CountFailure(result.Source, error);
            return new ItemOutcome(result.Source, ItemOutcomeKind.Failed, error);
        }
        if (result.Skipped)
        {
            Progress.CountDuplicate();
            return new ItemOutcome(result.Source, ItemOutcomeKind.Duplicate);
        }
        try
        {
            var written = await writer.WriteAsync(result.Document!, ct).ConfigureAwait(false);
            Progress.CountWrite(written);
            return new ItemOutcome(result.Source, written.Outcome switch
            {
                WriteOutcome.Stored => ItemOutcomeKind.Stored,
                WriteOutcome.NearDuplicate => ItemOutcomeKind.NearDuplicate,
                _ => ItemOutcomeKind.Duplicate,
            });
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or TimeoutException)
        {
            return new ItemOutcome(result.Source, ItemOutcomeKind.Retry, "the store write failed: " + e.Message);
        }
    }

    /// <summary>A lookup that fails says "not stored": the document is analysed, and the writer finds it if it is there after all.</summary>
    private bool IsStored(Demarche.Core.Model.Document d)
    {
        try
        {
            return writer.IsStored(DocumentWriter.ContentHash(d.Text));
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }
}

public static class IngestProgressCounting
{
    /// <summary>Counts an item's outcome as <c>ingest</c> does (read, then stored, duplicate or failed); a retry is a failure here.</summary>
    public static void Count(this IngestProgress progress, ItemOutcome outcome)
    {
        progress.CountRead();
        switch (outcome.Kind)
        {
            case ItemOutcomeKind.Stored: progress.CountWrite(new WriteResult(outcome.Source, WriteOutcome.Stored, 0, null)); break;
            case ItemOutcomeKind.NearDuplicate: progress.CountWrite(new WriteResult(outcome.Source, WriteOutcome.NearDuplicate, 0, null)); break;
            case ItemOutcomeKind.Duplicate: progress.CountDuplicate(); break;
            default: progress.CountFailure(outcome.Source, outcome.Error ?? "failed"); break;
        }
    }
}
