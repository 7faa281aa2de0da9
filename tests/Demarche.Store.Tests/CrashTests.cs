using System.Diagnostics;
using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>
/// Kills an ingest with SIGKILL at random points and checks that the store holds only whole documents and the re-run completes.
/// SQLite only: this checks the embedded file (WAL journal, PRAGMA integrity_check), which is Demarche's to keep whole;
/// on PostgreSQL a killed client only aborts its open transaction, and crash safety is the server's.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-crash-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "demarche.dll");

    private string Generate(int count)
    {
        var input = Path.Combine(_dir, "in.jsonl");
        var rnd = new Random(7);
        string[] states = ["Kenya", "Peru", "Norway", "Vietnam", "Chile", "Ghana", "Japan", "Egypt", "Poland", "Canada"];
        using var w = new StreamWriter(input);
        for (int i = 0; i < count; i++)
        {
            var a = states[rnd.Next(states.Length)];
            var b = states[rnd.Next(states.Length)];
            var text = $"Report {i}. {a} and {b} held talks in the capital on Monday about trade and border security. "
                + $"Officials from {a} said {rnd.Next(2, 90)} delegates attended. The meeting number {i} ended with a joint statement on cooperation {rnd.Next()}.";
            w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = $"doc-{i:D5}", published = "2025-03-01", text }));
        }
        return input;
    }

    private static Process Ingest(string input, string db)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Cli, "ingest", input, "--db", db }) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    [Fact]
    public void KillNineDuringIngestLeavesWholeDocumentsAndTheRerunCompletes()
    {
        if (!File.Exists(Cli)) Assert.Skip("demarche.dll is not beside the tests");
        const int total = 2000;
        var input = Generate(total);
        var db = Path.Combine(_dir, "crash.db");
        var rnd = new Random(11);
        for (int round = 0; round < 3; round++)
        {
            using var p = Ingest(input, db);
            Thread.Sleep(rnd.Next(800, 2500));
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            p.WaitForExit();
            using var s = DemarcheStore.Open(db);
            using var check = s.Connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", (string)check.ExecuteScalar()!);
            // every stored document is whole: its text is there and the document id matches its input line
            check.CommandText = "SELECT count(*) FROM documents WHERE length(text) = 0 OR doc_id NOT LIKE 'doc-%'";
            Assert.Equal(0L, (long)check.ExecuteScalar()!);
        }
        using (var p = Ingest(input, db))
        {
            Assert.True(p.WaitForExit(TimeSpan.FromMinutes(5)));
            Assert.Equal(0, p.ExitCode);
        }
        using var store = DemarcheStore.Open(db);
        Assert.Equal(total, new StoreQueries(store).Stats().Documents);
    }
}
