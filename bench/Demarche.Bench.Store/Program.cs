// Store benchmark: ingest N generated articles into a fresh store on all cores, then time actor-profile and
// event queries over an events table grown to a million synthetic events.
// Usage: dotnet run -c Release --project bench/Demarche.Bench.Store [-- ARTICLES [EVENTS]] [--db POSTGRES] [--keep FILE]
//   --db "Host=127.0.0.1;Username=postgres;Database=postgres" runs it on PostgreSQL, in a new database
//   created for the run on that server and dropped at the end; without it, an SQLite file in /tmp.
//   --keep FILE writes the SQLite store to FILE and leaves it there (bench/web/run.sh serves it).
using System.Diagnostics;
using Demarche.Core.Model;
using Demarche.Ingest;
using Demarche.Pipeline;
using Demarche.Store;
using Npgsql;

var positional = new List<string>();
string? server = null, keep = null;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--db" && i + 1 < args.Length) server = args[++i];
    else if (args[i] == "--keep" && i + 1 < args.Length) keep = Path.GetFullPath(args[++i]);
    else positional.Add(args[i]);
}
int articles = positional.Count > 0 ? int.Parse(positional[0]) : 10_000;
int events = positional.Count > 1 ? int.Parse(positional[1]) : 1_000_000;
var dir = Directory.CreateTempSubdirectory("demarche-bench-").FullName;
var input = Path.Combine(dir, "articles.jsonl");
using var target = server is null ? BenchTarget.Sqlite(keep ?? Path.Combine(dir, "bench.db")) : BenchTarget.Postgres(server);

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
long emptySize;
using (var store = DemarcheStore.Open(target.Target))
{
    Console.WriteLine($"store: {store.Location}");
    emptySize = store.SizeInBytes();
    var progress = await new IngestRunner(Analyzer.CreateDefault(), store, new IngestOptions()).RunAsync([input]);
    clock.Stop();
    Console.WriteLine($"ingest: {progress.Stored:N0} stored, {progress.Failed} failed in {clock.Elapsed.TotalSeconds:N1} s = {progress.Stored / clock.Elapsed.TotalSeconds:N0} documents/s on {Environment.ProcessorCount} cores");
}
Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");

using (var store = DemarcheStore.Open(target.Target))
{
    var size = store.SizeInBytes() - emptySize;
    Console.WriteLine($"database: {size / 1e6:N1} MB, {size / (double)articles / 1024:N1} KB per document{target.ServerSize(store)}");

    // Synthetic events, written the way ingest writes them: documents of 1,000 events, a hundred documents a transaction.
    string[] codes = ["040", "111", "057", "112", "163", "043", "020", "130", "190", "036"];
    string[] keys = Enumerable.Range(0, 200).Select(i => i < states.Length ? states[i][..3].ToUpperInvariant() : $"X{i:D2}").ToArray();
    var writer = new DocumentWriter(store);
    var load = Stopwatch.StartNew();
    const int perDocument = 1000, perBatch = 100;
    var batch = new List<Document>(perBatch);
    for (int written = 0, n = 0; written < events; n++)
    {
        var d = new Document(new DocumentInfo { Source = $"synthetic-{n}", Published = new DateOnly(2015, 1, 1) }, $"Synthetic event table {n} for the store benchmark.");
        for (int k = 0; k < perDocument && written < events; k++, written++)
        {
            var c = codes[rnd.Next(codes.Length)];
            d.Events.Add(new Event
            {
                Source = keys[rnd.Next(keys.Length)], Target = keys[rnd.Next(keys.Length)], Cameo = c, Root = c[..2], Plover = "CONSULT",
                Quad = int.Parse(c[..2]) switch { <= 5 => 1, <= 9 => 2, <= 14 => 3, _ => 4 }, Goldstein = 1.0,
                Date = new DateOnly(2015, 1, 1).AddDays(rnd.Next(3900)), Trigger = "met", Sentence = new SentenceRef(0, 10), Rule = "bench",
            });
        }
        batch.Add(d);
        if (batch.Count == perBatch) { writer.Write(batch); batch.Clear(); }
    }
    if (batch.Count > 0) writer.Write(batch);
    Console.WriteLine($"loaded {events:N0} synthetic events in {load.Elapsed.TotalSeconds:N1} s");
    store.Optimize();

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

/// <summary>Where the benchmark writes: an SQLite file, or a database created for the run on a PostgreSQL server.</summary>
internal sealed class BenchTarget : IDisposable
{
    private readonly string? _server;
    private readonly string? _database;

    public string Target { get; }

    private BenchTarget(string target, string? server, string? database)
    {
        Target = target;
        _server = server;
        _database = database;
    }

    public static BenchTarget Sqlite(string path) => new(path, null, null);

    public static BenchTarget Postgres(string server)
    {
        var admin = PostgresTarget.ToConnectionString(server);
        var database = "demarche_bench_" + Guid.NewGuid().ToString("N")[..8];
        Execute(admin, $"CREATE DATABASE {database}");
        return new BenchTarget(new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString, admin, database);
    }

    /// <summary>pg_database_size as well, on PostgreSQL (it includes the catalogue of an empty database, about 7 MB).</summary>
    public string ServerSize(DemarcheStore store)
    {
        if (_server is null) return "";
        using var cmd = store.Command("SELECT pg_database_size(current_database())");
        return $" (pg_database_size {Convert.ToInt64(cmd.ExecuteScalar()) / 1e6:N1} MB)";
    }

    public void Dispose()
    {
        if (_server is null) return;
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
