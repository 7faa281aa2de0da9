// Store benchmark: ingest N generated articles into a fresh SQLite file on all cores, then time actor-profile
// and event queries over a table grown to a million synthetic events.
// Usage: dotnet run -c Release --project bench/Demarche.Bench.Store [-- ARTICLES [EVENTS]]
using System.Diagnostics;
using Demarche.Ingest;
using Demarche.Pipeline;
using Demarche.Store;

int articles = args.Length > 0 ? int.Parse(args[0]) : 10_000;
int events = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;
var dir = Directory.CreateTempSubdirectory("demarche-bench-").FullName;
var input = Path.Combine(dir, "articles.jsonl");
var db = Path.Combine(dir, "bench.db");

string[] states = ["Kenya", "Peru", "Norway", "Vietnam", "Chile", "Ghana", "Japan", "Egypt", "Poland", "Canada", "France", "Iran", "Israel", "Qatar", "Turkey"];
string[] verbs = ["met with", "criticised", "signed an agreement with", "accused", "imposed sanctions on", "hosted talks with", "urged", "threatened"];
var rnd = new Random(42);
long bytes = 0;
using (var w = new StreamWriter(input))
{
    for (int i = 0; i < articles; i++)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append($"Report {i}: regional leaders meet\n");
        for (int s = 0; s < 25; s++)
        {
            var a = states[rnd.Next(states.Length)];
            var b = states[rnd.Next(states.Length)];
            sb.Append($"{a} {verbs[rnd.Next(verbs.Length)]} {b} on Tuesday, officials said in statement {rnd.Next()}. ");
            if (s % 5 == 4) sb.Append('\n');
        }
        var text = sb.ToString();
        bytes += text.Length;
        w.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = $"bench-{i}", published = $"2025-{1 + i % 12:D2}-{1 + i % 28:D2}", text }));
    }
}
Console.WriteLine($"generated {articles:N0} articles, {bytes / 1e6:N1} MB of text");

var clock = Stopwatch.StartNew();
using (var store = SqliteStore.Open(db))
{
    var progress = await new IngestRunner(Analyzer.CreateDefault(), store, new IngestOptions()).RunAsync([input]);
    clock.Stop();
    Console.WriteLine($"ingest: {progress.Stored:N0} stored, {progress.Failed} failed in {clock.Elapsed.TotalSeconds:N1} s = {progress.Stored / clock.Elapsed.TotalSeconds:N0} documents/s on {Environment.ProcessorCount} cores");
}
var size = new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);
Console.WriteLine($"database: {size / 1e6:N1} MB, {size / (double)articles / 1024:N1} KB per document");
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");

using (var store = SqliteStore.Open(db))
{
    using (var tx = store.Connection.BeginTransaction())
    using (var cmd = store.Connection.CreateCommand())
    {
        cmd.Transaction = tx;
        cmd.CommandText = """
            INSERT INTO events(document, source, target, source_key, target_key, cameo, root, plover, quad, goldstein, negated, hypothetical, date, trigger, sentence_start, sentence_end, rule)
            VALUES (1, $s, $t, $s, $t, $c, substr($c, 1, 2), 'CONSULT', $q, 1.0, 0, 0, $d, 'met', 0, 10, 'bench')
            """;
        var ps = cmd.Parameters.Add("$s", Microsoft.Data.Sqlite.SqliteType.Text);
        var pt = cmd.Parameters.Add("$t", Microsoft.Data.Sqlite.SqliteType.Text);
        var pc = cmd.Parameters.Add("$c", Microsoft.Data.Sqlite.SqliteType.Text);
        var pq = cmd.Parameters.Add("$q", Microsoft.Data.Sqlite.SqliteType.Integer);
        var pd = cmd.Parameters.Add("$d", Microsoft.Data.Sqlite.SqliteType.Text);
        cmd.Prepare();
        string[] codes = ["040", "111", "057", "112", "163", "043", "020", "130", "190", "036"];
        string[] keys = Enumerable.Range(0, 200).Select(i => i < states.Length ? states[i][..3].ToUpperInvariant() : $"X{i:D2}").ToArray();
        for (int i = 0; i < events; i++)
        {
            ps.Value = keys[rnd.Next(keys.Length)];
            pt.Value = keys[rnd.Next(keys.Length)];
            var c = codes[rnd.Next(codes.Length)];
            pc.Value = c;
            pq.Value = int.Parse(c[..2]) switch { <= 5 => 1, <= 9 => 2, <= 14 => 3, _ => 4 };
            pd.Value = new DateOnly(2015, 1, 1).AddDays(rnd.Next(3900)).ToString("yyyy-MM-dd");
            cmd.ExecuteNonQuery();
        }
        tx.Commit();
    }
    using (var analyze = store.Connection.CreateCommand()) { analyze.CommandText = "ANALYZE"; analyze.ExecuteNonQuery(); }
    var total = new StoreQueries(store).Stats().Events;
    var profiles = new ProfileQueries(store);
    var times = new List<double>();
    foreach (var key in new[] { "KEN", "PER", "NOR", "VIE", "CHI", "GHA", "JAP", "EGY", "POL", "CAN" })
    {
        var t = Stopwatch.StartNew();
        profiles.Profile(key);
        times.Add(t.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"actor profile over {total:N0} events: median {times[times.Count / 2]:N1} ms, max {times[^1]:N1} ms");
    var q = Stopwatch.StartNew();
    var rows = new StoreQueries(store).Events(new EventFilter { Actor = "KEN", Code = "19", From = new DateOnly(2020, 1, 1), Limit = 100 });
    Console.WriteLine($"events query (actor, root, date range): {rows.Count} rows in {q.Elapsed.TotalMilliseconds:N1} ms");
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(dir, true);
