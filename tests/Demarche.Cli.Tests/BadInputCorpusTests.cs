using System.Diagnostics;
using System.Text.Json;

namespace Demarche.Cli.Tests;

/// <summary>
/// Runs <c>analyze</c> and <c>ingest</c> (the real program, as a user runs it) over the bad-input corpus: exit code
/// 0 or 1, one clear line per bad document, no stack trace, bounded time and memory, every good document stored.
/// </summary>
public sealed class BadInputCorpusTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-bad-input-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "demarche.dll");

    /// <summary>The run's exit code, output, wall time and peak resident memory (read from /proc while it runs).</summary>
    private static (int Exit, string Stdout, string Stderr, TimeSpan Time, long PeakBytes) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Cli);
        foreach (var a in args) psi.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!p.WaitForExit(100))
        {
            peak = Math.Max(peak, PeakResident(p.Id));
            if (clock.Elapsed > TimeSpan.FromMinutes(5))
            {
                p.Kill(entireProcessTree: true);
                Assert.Fail($"demarche {string.Join(' ', args)} ran for more than 5 minutes");
            }
        }
        return (p.ExitCode, stdout.Result, stderr.Result, clock.Elapsed, peak);
    }

    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { }
        return 0;
    }

    [Fact]
    public void AnalyzeAndIngestSurviveEveryBadInput()
    {
        if (!File.Exists(Cli)) Assert.Skip("demarche.dll is not beside the tests");
        if (OperatingSystem.IsWindows()) Assert.Skip("the corpus has FIFOs and symbolic links");
        var corpus = Environment.GetEnvironmentVariable("DEMARCHE_BAD_INPUT_DIR") is { Length: > 0 } keep ? keep : Path.Combine(_dir, "corpus");
        BadInputCorpus.Write(corpus);

        var analyze = Run("analyze", corpus, "--json");
        Assert.True(analyze.Exit is 0 or 1, $"exit {analyze.Exit}: {analyze.Stderr}");
        Assert.DoesNotContain("   at ", analyze.Stdout + analyze.Stderr);
        Assert.DoesNotContain("Unhandled", analyze.Stderr);
        Assert.True(analyze.Time < TimeSpan.FromMinutes(3), $"analyze took {analyze.Time}");
        Assert.True(analyze.PeakBytes < 1536L * 1024 * 1024, $"analyze peaked at {analyze.PeakBytes / (1024 * 1024)} MB");
        int documents = 0;
        var errors = new List<string>();
        foreach (var line in analyze.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var o = JsonDocument.Parse(line).RootElement;
            if (o.TryGetProperty("error", out var e))
            {
                var message = e.GetString()!;
                Assert.DoesNotContain('\n', message);
                Assert.DoesNotContain("internal error", message);
                Assert.DoesNotContain("\u001b", message);
                errors.Add(o.GetProperty("document").GetProperty("source").GetString() + ": " + message);
            }
            else documents++;
        }
        Assert.True(documents == BadInputCorpus.GoodDocuments, $"{documents} documents analysed, {BadInputCorpus.GoodDocuments} expected; errors:\n{string.Join('\n', errors)}");
        Assert.True(errors.Count >= 25, string.Join('\n', errors));

        var db = Path.Combine(_dir, "store.db");
        var ingest = Run("ingest", corpus, "--db", db);
        Assert.True(ingest.Exit is 0 or 1, $"exit {ingest.Exit}: {ingest.Stderr}");
        Assert.DoesNotContain("   at ", ingest.Stdout + ingest.Stderr);
        Assert.True(ingest.PeakBytes < 2048L * 1024 * 1024, $"ingest peaked at {ingest.PeakBytes / (1024 * 1024)} MB");
        var stats = Run("stats", "--db", db, "--json");
        Assert.Equal(0, stats.Exit);
        var stored = JsonDocument.Parse(stats.Stdout).RootElement.GetProperty("documents").GetInt32();
        Assert.True(stored == BadInputCorpus.GoodDocuments, $"{stored} documents stored, {BadInputCorpus.GoodDocuments} expected:\n{ingest.Stdout}");
    }
}
