using System.Diagnostics;
using Demarche.Pipeline;

namespace Demarche.Cli;

/// <summary><c>analyze --profile</c>: stage times, throughput, start-up, allocations per sentence and peak memory, printed to stderr.</summary>
internal sealed class ProfileReport
{
    private readonly long _allocatedAtStart = GC.GetTotalAllocatedBytes(true);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private double _firstResultSeconds = -1;

    public StageProfile Stages { get; } = new();

    /// <summary>Notes when the first result came (the time to load the data and analyse one document).</summary>
    public void FirstResult()
    {
        if (_firstResultSeconds < 0) _firstResultSeconds = SinceProcessStart();
    }

    public void Print(TextWriter stderr, int workers)
    {
        double seconds = _clock.Elapsed.TotalSeconds;
        long allocated = GC.GetTotalAllocatedBytes(true) - _allocatedAtStart;
        using var process = Process.GetCurrentProcess();
        long sentences = Stages.Sentences;
        stderr.WriteLine($"profile: {Stages.Documents} documents, {sentences} sentences in {seconds:F2} s with {workers} worker(s): " +
                         $"{sentences / Math.Max(seconds, 1e-9):F0} sentences/s (including data loading); CPU {process.TotalProcessorTime.TotalSeconds:F2} s");
        stderr.WriteLine($"profile: first result {_firstResultSeconds:F2} s after the process started");
        stderr.WriteLine($"profile: allocated {allocated / Math.Max(1, sentences):N0} bytes per sentence; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB{MemoryKinds()}");
        stderr.WriteLine("profile: stage                 seconds   share   bytes/sentence");
        foreach (var (stage, secs, share, bytes) in Stages.Stages())
            stderr.WriteLine($"profile:   {stage,-20} {secs,8:F2}  {share,6:P1}  {bytes / Math.Max(1, sentences),10:N0}");
    }

    /// <summary>
    /// Linux: the memory the process holds now by kind (/proc/self/status): its own (anonymous) and mapped files,
    /// which are shared (the grammar model's cache file is mapped, so it counts in the working set but not in the
    /// process's own memory).
    /// </summary>
    private static string MemoryKinds()
    {
        try
        {
            if (!OperatingSystem.IsLinux()) return "";
            string Kb(string key) => File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key + ":"))?[(key.Length + 1)..].Trim() ?? "?";
            return $" (now: own {Kb("RssAnon")}, mapped files {Kb("RssFile")})";
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static double SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime).TotalSeconds;
    }
}
