using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary>ingest, events, stats and search through the command line, on an SQLite file and on PostgreSQL (skipped when no server answers).</summary>
public sealed class StoreCommandTests
{
    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void SamplesAreIngestedAndTheirEventsListed(string backend)
    {
        using var db = TestDatabase.Create(backend);
        var samples = Path.Combine(SharedFolder.RepoRoot, "samples");
        var ingest = CliRun.Of("ingest", samples, "--db", db.Target, "--workers", "2");
        Assert.True(ingest.ExitCode == 0, ingest.Stdout + ingest.Stderr);
        var stored = System.Text.RegularExpressions.Regex.Match(ingest.Stdout, @"ingested (\d+) documents");
        Assert.True(stored.Success, ingest.Stdout);
        int n = int.Parse(stored.Groups[1].Value);
        Assert.True(n >= 4, ingest.Stdout);
        if (backend == Backends.Postgres) Assert.Contains("PostgreSQL database", ingest.Stdout);

        var events = CliRun.Of("events", "--db", db.Target, "--json");
        Assert.Equal(0, events.ExitCode);
        Assert.NotEmpty(events.JsonLines);
        Assert.All(events.JsonLines, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("cameo").GetString())));

        var stats = CliRun.Of("stats", "--db", db.Target);
        Assert.StartsWith($"documents {n} ", stats.Stdout);
        var again = CliRun.Of("ingest", samples, "--db", db.Target);
        Assert.Contains($" {n} duplicates skipped", again.Stdout);
    }
}

/// <summary>A store that cannot be opened is one clear line on stderr and exit code 1, never a stack trace or a password.</summary>
public sealed class StoreOpenErrorTests
{
    [Fact]
    public void AServerThatDoesNotAnswerIsReportedWithoutThePassword()
    {
        var run = CliRun.Of("stats", "--db", "Host=127.0.0.1;Port=1;Username=postgres;Password=hunter2;Database=postgres;Timeout=2");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("demarche: cannot open the PostgreSQL store", run.Stderr);
        Assert.DoesNotContain("hunter2", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void AFolderThatCannotBeMadeIsReported()
    {
        var run = CliRun.Of("events", "--db", "/proc/no-such-folder/store.db");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("demarche: cannot open the store '/proc/no-such-folder/store.db'", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
