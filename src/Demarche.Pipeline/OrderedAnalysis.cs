using System.Collections.Concurrent;
using Demarche.Input;

namespace Demarche.Pipeline;

/// <summary>
/// Analyses a stream of inputs on several worker threads and gives the results back in input order. At most a
/// small window of documents is read ahead, so memory stays bounded however long the input is.
/// </summary>
public static class OrderedAnalysis
{
    public static IEnumerable<AnalysisResult> Run(Analyzer analyzer, IEnumerable<InputItem> items, AnalyzeOptions options, int workers)
    {
        if (workers <= 1)
        {
            foreach (var item in items) yield return analyzer.Analyze(item, options);
            yield break;
        }
        using var queue = new BlockingCollection<(InputItem Item, TaskCompletionSource<AnalysisResult> Result)>(workers * 2);
        var threads = Enumerable.Range(0, workers).Select(i => new Thread(() => Work(analyzer, queue, options))
        {
            IsBackground = true,
            Name = $"analyze-{i}",
        }).ToArray();
        foreach (var t in threads) t.Start();
        var window = new Queue<Task<AnalysisResult>>();
        try
        {
            foreach (var item in items)
            {
                var result = new TaskCompletionSource<AnalysisResult>(TaskCreationOptions.RunContinuationsAsynchronously);
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

    private static void Work(Analyzer analyzer, BlockingCollection<(InputItem Item, TaskCompletionSource<AnalysisResult> Result)> queue, AnalyzeOptions options)
    {
        foreach (var (item, result) in queue.GetConsumingEnumerable())
        {
            try { result.SetResult(analyzer.Analyze(item, options)); }
            catch (Exception e) { result.SetException(e); }
        }
    }
}
