using System.Diagnostics;

namespace Demarche.Core.Data;

/// <summary>
/// Where start-up time goes: with <c>DEMARCHE_TRACE_STARTUP=1</c> each loading step wrapped in <see cref="Step"/>
/// prints one line to stderr when it ends (its wall time, the process's CPU time and the bytes this thread allocated
/// during it; steps inside steps are indented). Without the variable a step costs one static field read.
/// </summary>
public static class StartupTrace
{
    /// <summary>The environment variable that turns the trace on (<c>1</c>).</summary>
    public const string Variable = "DEMARCHE_TRACE_STARTUP";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) == "1";
    private static readonly DateTime ProcessStart = StartTime();
    [ThreadStatic] private static int _depth;

    /// <summary>Starts timing a step; dispose the result when the step is done (<c>using var _ = StartupTrace.Step("…");</c>).</summary>
    public static Timing Step(string name) => Enabled ? new Timing(name) : default;

    /// <summary>Runs a loading step, timed as <see cref="Step"/> times it.</summary>
    public static T Time<T>(string name, Func<T> load)
    {
        using var _ = Step(name);
        return load();
    }

    /// <summary>With the trace on (Linux): the files mapped into the process with more than a megabyte resident, by size.</summary>
    public static void PrintMappedFiles()
    {
        if (!Enabled || !File.Exists("/proc/self/smaps")) return;
        var resident = new Dictionary<string, long>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (line.Length > 0 && char.IsAsciiHexDigit(line[0]) && line.Contains('-'))
            {
                var parts = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                current = parts.Length == 6 && parts[5].StartsWith('/') ? parts[5] : null;
            }
            else if (current is not null && line.StartsWith("Rss:", StringComparison.Ordinal)
                     && long.TryParse(line.AsSpan(4).Trim().TrimEnd("kB").Trim(), out long kb))
                resident[current] = resident.GetValueOrDefault(current) + kb;
        }
        foreach (var (path, kb) in resident.Where(r => r.Value >= 1024).OrderByDescending(r => r.Value))
            Console.Error.WriteLine($"startup: mapped {kb / 1024.0,6:F1} MB resident: {path}");
        Console.Error.WriteLine($"startup: mapped {resident.Values.Sum() / 1024.0,6:F1} MB resident in all files");
    }

    private static DateTime StartTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.StartTime;
    }

    /// <summary>One step being timed (a default value times nothing).</summary>
    public readonly struct Timing : IDisposable
    {
        private readonly string? _name;
        private readonly long _start;
        private readonly TimeSpan _cpu;
        private readonly long _bytes;

        internal Timing(string name)
        {
            _name = name;
            _depth++;
            _cpu = ProcessCpu();
            _bytes = GC.GetAllocatedBytesForCurrentThread();
            _start = Stopwatch.GetTimestamp();
        }

        public void Dispose()
        {
            if (_name is null) return;
            double wall = Stopwatch.GetElapsedTime(_start).TotalSeconds;
            double cpu = (ProcessCpu() - _cpu).TotalSeconds;
            double megabytes = (GC.GetAllocatedBytesForCurrentThread() - _bytes) / (1024.0 * 1024.0);
            _depth--;
            Console.Error.WriteLine(
                $"startup: {new string(' ', 2 * _depth)}{_name}: {wall:F3} s wall, {cpu:F3} s CPU, {megabytes:F1} MB allocated (ends {(DateTime.Now - ProcessStart).TotalSeconds:F2} s after the process started)");
        }

        private static TimeSpan ProcessCpu()
        {
            using var process = Process.GetCurrentProcess();
            return process.TotalProcessorTime;
        }
    }
}
