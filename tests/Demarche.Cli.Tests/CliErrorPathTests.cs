using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary>
/// Every way a command line can be wrong: one clear line on stderr that names what to fix, a non-zero exit code
/// (2 for usage, 1 for a store that cannot be opened), no stack trace, and nothing written or created.
/// </summary>
public sealed class CliErrorPathTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void OneClearError(CliRun run, int exitCode, string named)
    {
        var all = run.Stdout + run.Stderr;
        Assert.True(run.ExitCode == exitCode, $"exit {run.ExitCode}: {all}");
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Exception", all);
        Assert.DoesNotContain("System.", all);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        // each error is one line that says what is wrong; a usage error ends with the hint to --help
        Assert.All(lines, l => Assert.True(l.StartsWith("demarche: ", StringComparison.Ordinal) || l == "Try 'demarche --help'.", l));
        Assert.Contains(named, run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    private string Store()
    {
        var db = Path.Combine(_dir.Path, "s.db");
        var ingest = CliRun.Of("ingest", _dir.File("a.txt", "Mali and Algeria held talks in Algiers on Tuesday."), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.Stdout + ingest.Stderr);
        return db;
    }

    [Theory]
    [InlineData("five", "--quad")]
    [InlineData("7", "--quad")]
    [InlineData("0", "--quad")]
    [InlineData("2.5", "--quad")]
    public void ABadQuadIsAUsageError(string quad, string named)
    {
        OneClearError(CliRun.Of("events", "--db", Store(), "--quad", quad), 2, named);
        OneClearError(CliRun.Of("timeline", "--db", Store(), "--quad", quad), 2, named);
        OneClearError(CliRun.Of("export", "--db", Store(), "--format", "gdelt", "--quad", quad), 2, named);
    }

    [Theory]
    [InlineData("--from", "2025-13-01", "--from")]
    [InlineData("--to", "yesterday", "--to")]
    [InlineData("--from", "1/3/2025", "--from")]
    [InlineData("--km", "-5", "--km")]
    [InlineData("--km", "far", "--km")]
    [InlineData("--near", "Qzxville Nowhere", "Qzxville Nowhere")]
    [InlineData("--limit", "many", "--limit")]
    [InlineData("--plover", "", "--plover")]
    public void ABadEventFilterIsAUsageError(string option, string value, string named)
    {
        var db = Store();
        if (option == "--plover")
        {
            // an option without its value
            OneClearError(CliRun.Of("events", "--db", db, option), 2, named);
            return;
        }
        OneClearError(CliRun.Of("events", "--db", db, option, value), 2, named);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("stances")]
    [InlineData("search", "talks")]
    public void ABadPublicationDateIsAUsageError(string command, string? query = null)
    {
        var args = new List<string> { command };
        if (query is not null) args.Add(query);
        args.AddRange(["--db", Store(), "--from", "2025-02-30"]);
        OneClearError(CliRun.Of([.. args]), 2, "--from");
    }

    [Fact]
    public void AnUnknownCommandOrOptionIsAUsageError()
    {
        OneClearError(CliRun.Of("frobnicate"), 2, "frobnicate");
        OneClearError(CliRun.Of("events", "--colour", "red"), 2, "--colour");
        OneClearError(CliRun.Of("timeline", "--by", "fortnight"), 2, "fortnight");
        OneClearError(CliRun.Of("export", "--format", "xml"), 2, "xml");
        OneClearError(CliRun.Of("actor"), 2, "actor");
    }

    [Theory]
    [InlineData("events")]
    [InlineData("stats")]
    [InlineData("quotes")]
    [InlineData("stances")]
    [InlineData("timeline")]
    [InlineData("actor", "FRA")]
    [InlineData("search", "talks")]
    public void AStoreThatIsNotThereIsNamedAndNotCreated(string command, string? argument = null)
    {
        var missing = Path.Combine(_dir.Path, "nothing-here.db");
        var inMissingFolder = Path.Combine(_dir.Path, "no-such-folder", "s.db");
        foreach (var db in new[] { missing, inMissingFolder })
        {
            string[] args = argument is null ? [command, "--db", db] : [command, argument, "--db", db];
            var run = CliRun.Of(args);
            OneClearError(run, 1, "no store there");
            Assert.Contains(Path.GetFileName(db), run.Stderr);
            Assert.False(File.Exists(db), "a read command created a store");
        }
        Assert.False(Directory.Exists(Path.GetDirectoryName(inMissingFolder)), "a read command created a folder");
    }

    [Fact]
    public void AStoreThatIsAFolderOrNotADatabaseIsNamed()
    {
        OneClearError(CliRun.Of("events", "--db", _dir.Path), 1, "folder");
        var text = _dir.File("notes.db", "these are notes, not a database\n");
        OneClearError(CliRun.Of("events", "--db", text), 1, "notes.db");
        Assert.Equal("these are notes, not a database\n", File.ReadAllText(text));
        OneClearError(CliRun.Of("ingest", _dir.File("b.txt", "Talks."), "--db", text), 1, "notes.db");
        Assert.Equal("these are notes, not a database\n", File.ReadAllText(text));
    }

    [Fact]
    public void AnInputThatIsNotThereFailsTheRunAndTheStoreKeepsWhatItHad()
    {
        var db = Store();
        var missing = Path.Combine(_dir.Path, "missing.txt");
        var run = CliRun.Of("ingest", missing, "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("missing.txt", run.Stdout + run.Stderr);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.StartsWith("documents 1 ", CliRun.Of("stats", "--db", db).Stdout);
    }
}
