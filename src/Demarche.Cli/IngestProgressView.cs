using System.Diagnostics;
using Demarche.Ingest;
using Demarche.Input;
using Spectre.Console;

namespace Demarche.Cli;

/// <summary>
/// What <c>ingest</c> shows: a live progress bar on a terminal (bytes of input read, documents read, stored,
/// duplicate and failed, documents per second) and, always, a final summary.
/// </summary>
internal static class IngestProgressView
{
    private const int FailuresShown = 20;

    /// <summary>True when standard error is a terminal a person watches (not a pipe, a file, a test or CI).</summary>
    public static bool IsInteractive(TextWriter stderr) =>
        stderr is not StringWriter && !Console.IsErrorRedirected && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("CI") is null && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>Draws the bar on <paramref name="stderr"/> until <paramref name="run"/> ends; the bar is cleared at the end.</summary>
    public static void Show(TextWriter stderr, Task run, IngestProgress progress, InputMeter meter, long? totalBytes, Stopwatch clock)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr), Ansi = AnsiSupport.Detect, Interactive = InteractionSupport.Yes });
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .Start(ctx =>
            {
                var bar = ctx.AddTask("starting", maxValue: Math.Max(1, totalBytes ?? 1));
                bar.IsIndeterminate = totalBytes is null;
                do
                {
                    if (totalBytes is { } total) bar.Value = Math.Min(meter.BytesRead, total);
                    bar.Description = Markup.Escape(Counts(progress, clock));
                    ctx.Refresh();
                }
                while (!run.Wait(250));
                bar.Value = bar.MaxValue;
            });
    }

    private static string Counts(IngestProgress p, Stopwatch clock) =>
        $"read {p.Read:N0}  stored {p.Stored:N0}  duplicates {p.Duplicates:N0}  failed {p.Failed:N0}  {Rate(p, clock):N1} docs/s";

    private static double Rate(IngestProgress p, Stopwatch clock) => p.Read / Math.Max(0.001, clock.Elapsed.TotalSeconds);

    /// <summary>The summary printed when the run ends, with the first failures and how many more there were.</summary>
    public static void Summary(TextWriter stdout, IngestProgress p, Stopwatch clock, string target)
    {
        stdout.WriteLine($"ingested {p.Stored:N0} documents ({p.NearDuplicates:N0} near-duplicates linked), {p.Duplicates:N0} duplicates skipped, "
            + $"{p.Failed:N0} failed, in {clock.Elapsed.TotalSeconds:N1} s ({Rate(p, clock):N1} documents/s) into {target}");
        if (p.Languages.Total > 0) stdout.WriteLine($"  languages: {p.Languages}");
        int shown = 0;
        foreach (var (source, reason) in p.Failures.Take(FailuresShown))
        {
            stdout.WriteLine($"  failed: {source}: {reason}");
            shown++;
        }
        if (p.Failed > shown)
            stdout.WriteLine($"  … and {p.Failed - shown:N0} more failed");
    }
}
