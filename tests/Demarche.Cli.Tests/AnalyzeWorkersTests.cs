using System.Text.Json;

namespace Demarche.Cli.Tests;

/// <summary><c>analyze --workers N</c> gives the same output, in input order, as one worker; <c>--profile</c> reports on stderr only.</summary>
public class AnalyzeWorkersTests
{
    private static string Lines(TempDir dir)
    {
        var lines = Enumerable.Range(0, 12).Select(i => JsonSerializer.Serialize(new
        {
            id = $"d{i}",
            text = i % 5 == 2 ? "" : $"Ministers of {(i % 2 == 0 ? "France" : "Kenya")} met in Geneva on Monday. They agreed to meet again in {i + 1} weeks.",
        }));
        return dir.File("docs.jsonl", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void SeveralWorkersPrintWhatOneWorkerPrints()
    {
        using var dir = new TempDir();
        var file = Lines(dir);
        var one = CliRun.Of("analyze", file, "--date", "2025-06-11", "--json", "--workers", "1");
        var three = CliRun.Of("analyze", file, "--date", "2025-06-11", "--json", "--workers", "3");
        Assert.Equal(one.ExitCode, three.ExitCode);
        Assert.Equal(12, one.JsonLines.Length);
        Assert.Equal(one.Stdout, three.Stdout);
    }

    [Fact]
    public void TheProfileGoesToStderrAndLeavesTheOutputAlone()
    {
        using var dir = new TempDir();
        var file = dir.File("a.txt", "Ministers met in Geneva on Monday. They agreed to talk again next week.");
        var plain = CliRun.Of("analyze", file, "--date", "2025-06-11", "--json");
        var profiled = CliRun.Of("analyze", file, "--date", "2025-06-11", "--json", "--profile");
        Assert.Equal(plain.Stdout, profiled.Stdout);
        Assert.Contains("profile: 1 documents, 2 sentences", profiled.Stderr);
        Assert.Contains("bytes per sentence", profiled.Stderr);
        foreach (var stage in new[] { "cleaning", "grammar", "events", "json" })
            Assert.Matches($@"profile:\s+{stage}\s+\d", profiled.Stderr);
    }

    [Fact]
    public void ZeroWorkersIsAUsageError()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("analyze", dir.File("a.txt", "Ministers met."), "--workers", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("demarche: --workers must be 1 or more", run.Stderr.Trim());
    }
}
