using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary>Arguments and inputs that once crashed the program, damaged a store or wrote escape sequences to the terminal.</summary>
public sealed class HostileCliTests
{
    private static void OneCleanLine(CliRun run, int exitCode)
    {
        Assert.True(run.ExitCode == exitCode, $"exit {run.ExitCode}: {run.Stdout}{run.Stderr}");
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
        Assert.DoesNotContain("Unhandled", run.Stdout + run.Stderr);
    }

    [Fact]
    public void AMalformedDictionaryIsOneUsageError()
    {
        using var dir = new TempDir();
        dir.File("dict/bad.yaml", "states:\n  - [unclosed\n");
        var f = dir.File("a.txt", "Talks resumed in Doha.");
        var run = CliRun.Of("analyze", f, "--dict", Path.Combine(dir.Path, "dict"));
        OneCleanLine(run, 2);
        Assert.StartsWith("demarche: --dict: ", run.Stderr);
        Assert.Matches(@"bad\.yaml: line \d+, column \d+: ", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        OneCleanLine(CliRun.Of("ingest", f, "--db", Path.Combine(dir.Path, "s.db"), "--dict", Path.Combine(dir.Path, "dict")), 2);
    }

    [Theory]
    [InlineData("postgres://u@db.example.org/news?connect_timeout=abc", "connect_timeout")]
    [InlineData("postgres://u@db.example.org/news?port=99999", "port")]
    [InlineData("postgres://u@db.example.org/news?sslmode=sometimes", "sslmode")]
    [InlineData("Host=db.example.org;Port=99999;Username=u", "Port")]
    [InlineData("Host=db.example.org;Timeout=abc;Username=u", "Timeout")]
    public void ABadConnectionStringIsOneError(string target, string named)
    {
        var run = CliRun.Of("stats", "--db", target);
        OneCleanLine(run, 1);
        Assert.StartsWith("demarche: ", run.Stderr);
        Assert.Contains(named, run.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ALoneSurrogateInAJsonLineIsOneErrorAndTheOtherLinesAreAnalysed()
    {
        using var dir = new TempDir();
        var f = dir.File("s.jsonl", "{\"id\":\"a\",\"text\":\"x \\ud800 y\"}\n{\"id\":\"b\",\"text\":\"Mali and Algeria held talks on Tuesday.\"}\n");
        var run = CliRun.Of("analyze", f, "--json");
        OneCleanLine(run, 1);
        Assert.Equal(2, run.JsonLines.Length);
        Assert.Contains("surrogate", run.JsonLines[0].GetProperty("error").GetString());
        var ingest = CliRun.Of("ingest", f, "--db", Path.Combine(dir.Path, "s.db"));
        OneCleanLine(ingest, 1);
        Assert.Contains("ingested 1 documents", ingest.Stdout);
    }

    private const string Esc = "\u001b";

    [Fact]
    public void EscapeSequencesInTitlesAndFileNamesNeverReachTheTerminal()
    {
        using var dir = new TempDir();
        var title = $"Talks{Esc}]0;pwned\u0007 resume{Esc}[2J\u009b31m";
        var page = $"<html><head><title>{title}</title></head><body><article><p>Mali and Algeria held talks on Tuesday in Algiers, officials said.</p></article></body></html>";
        var f = dir.File($"bad{Esc}[31mname.html", page);
        var run = CliRun.Of("analyze", f);
        OneCleanLine(run, 0);
        Assert.DoesNotContain(Esc, run.Stdout);
        Assert.DoesNotContain("\u009b", run.Stdout);
        Assert.DoesNotContain("\u0007", run.Stdout);
        Assert.Contains("resume", run.Stdout);

        var db = Path.Combine(dir.Path, "s.db");
        OneCleanLine(CliRun.Of("ingest", f, "--db", db), 0);
        foreach (var args in new[] { new[] { "search", "Algeria" }, ["events"], ["quotes"], ["stances"], ["actor", "DZA"] })
        {
            var q = CliRun.Of([.. args, "--db", db]);
            OneCleanLine(q, 0);
            Assert.DoesNotContain(Esc, q.Stdout);
            Assert.DoesNotContain("\u009b", q.Stdout);
        }
        Assert.Contains("Algeria", CliRun.Of("search", "Algeria", "--db", db).Stdout);
    }

    [Theory]
    [InlineData("stats")]
    [InlineData("events")]
    [InlineData("search")]
    [InlineData("actor")]
    [InlineData("export")]
    public void ReadCommandsNeverCreateAStore(string command)
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "mistyped.db");
        string[] args = command switch
        {
            "search" => ["search", "x", "--db", db],
            "actor" => ["actor", "FRA", "--db", db],
            _ => [command, "--db", db],
        };
        var run = CliRun.Of(args);
        OneCleanLine(run, 1);
        Assert.Contains("no store", run.Stderr);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void AForeignSqliteFileIsRefusedAndLeftAlone()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "other.db");
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');";
            cmd.ExecuteNonQuery();
        }
        foreach (var args in new[] { new[] { "stats", "--db", db }, ["ingest", dir.File("a.txt", "Talks resumed in Doha."), "--db", db] })
        {
            var run = CliRun.Of(args);
            OneCleanLine(run, 1);
            Assert.Contains("not a Demarche store", run.Stderr);
        }
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT group_concat(name) FROM sqlite_master WHERE type = 'table'";
            Assert.Equal("recipes", cmd.ExecuteScalar());
        }
    }

    [Fact]
    public void AStoreOfANewerSchemaIsRefused()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "s.db");
        using (var store = DemarcheStore.Open(db))
        using (var cmd = store.Command("INSERT INTO schema_migrations(version, applied_at) VALUES ('9999', 'later')"))
            cmd.ExecuteNonQuery();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var args in new[] { new[] { "stats", "--db", db }, ["ingest", dir.File("a.txt", "Talks resumed in Doha."), "--db", db] })
        {
            var run = CliRun.Of(args);
            OneCleanLine(run, 1);
            Assert.Contains("newer", run.Stderr);
        }
    }

    [Fact]
    public void ExportNeverWritesOverTheStore()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "s.db");
        var f = dir.File("a.txt", "Mali and Algeria held talks on Tuesday in Algiers, officials said.");
        OneCleanLine(CliRun.Of("ingest", f, "--db", db), 0);
        long before = new FileInfo(db).Length;
        foreach (var target in new[] { db, db + "-wal", Path.Combine(dir.Path, ".", "s.db") })
        {
            var run = CliRun.Of("export", "--format", "jsonl", "--db", db, "-o", target);
            OneCleanLine(run, 2);
            Assert.Contains("would write over", run.Stderr);
        }
        Assert.Equal(before, new FileInfo(db).Length);
        Assert.Equal(1, CliRun.Of("stats", "--db", db, "--json").JsonLines[0].GetProperty("documents").GetInt32());
        var out1 = Path.Combine(dir.Path, "out.jsonl");
        OneCleanLine(CliRun.Of("export", "--format", "jsonl", "--db", db, "-o", out1), 0);
        Assert.Single(File.ReadAllLines(out1));
        Assert.DoesNotContain(Directory.GetFiles(dir.Path), n => n.EndsWith(".tmp", StringComparison.Ordinal)); // the temporary file was moved into place
    }

    [Fact]
    public void AllowPrivateIsAnOption()
    {
        using var dir = new TempDir();
        var f = dir.File("a.txt", "Talks resumed in Doha.");
        Assert.Equal(0, CliRun.Of("analyze", f, "--allow-private", "--json").ExitCode);
        Assert.Equal(0, CliRun.Of("ingest", f, "--allow-private", "--db", Path.Combine(dir.Path, "s.db")).ExitCode);
    }
}
