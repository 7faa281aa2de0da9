using System.Collections.Concurrent;
using Demarche.Input;

namespace Demarche.Pipeline;

/// <summary>
/// Analyses a stream of inputs on several worker threads and gives the results back in input order. At most a
/// small window of documents is read ahead, so memory stays bounded however long the input is.
/// </summary>
public static class OrderedAnalysis
{
    public static IEnumerable<AnalysisResult> Run(Analyzer analyzer, IEnumerable<InputItem> items, AnalyzeOptions options, int workers) =>
        Run(analyzer, items, options, workers, r => r);

    /// <summary>As <see cref="Run(Analyzer, IEnumerable{InputItem}, AnalyzeOptions, int)"/>, each result then passed through
    /// <paramref name="then"/> on the worker that analysed it (serialising it, say), still in input order.</summary>
    public static IEnumerable<T> Run<T>(Analyzer analyzer, IEnumerable<InputItem> items, AnalyzeOptions options, int workers, Func<AnalysisResult, T> then)
    {
        if (workers <= 1)
        {
            foreach (var item in items) yield return then(analyzer.Analyze(item, options));
            yield break;
        }
        using var queue = new BlockingCollection<(InputItem Item, TaskCompletionSource<T> Result)>(workers * 2);
        var threads = Enumerable.Range(0, workers).Select(i => new Thread(() => Work(analyzer, queue, options, then))
        {
            IsBackground = true,
            Name = $"analyze-{i}",
        }).ToArray();
        foreach (var t in threads) t.Start();
        var window = new Queue<Task<T>>();
        try
        {
            foreach (var item in items)
            {
                var result = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
                queue.Add((item, result));
                window.Enqueue(result.Task);
                while (window.Count > workers * 4 || (window.Count > 0 && window.Peek().IsCompleted))
                    yield return window.Dequeue().GetAwaiter().GetResult();
            }
            queue.CompleteAdding();
            while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
        }
        finally
        {
            if (!queue.IsAddingCompleted) queue.CompleteAdding();
            foreach (var t in threads) t.Join();
        }
    }

    private static void Work<T>(Analyzer analyzer, BlockingCollection<(InputItem Item, TaskCompletionSource<T> Result)> queue, AnalyzeOptions options,
        Func<AnalysisResult, T> then)
    {
        foreach (var (item, result) in queue.GetConsumingEnumerable())
        {
            try { result.SetResult(then(analyzer.Analyze(item, options))); }
            catch (Exception e) { result.SetException(e); }
        }
    }
}
