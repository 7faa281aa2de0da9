// Cluster benchmark, two parts, on this machine:
//  1. documents/s ingesting the same generated articles through `ingest --cluster` with 1, 2 and 3 silo processes
//     (membership and reminders in Redis, the store in PostgreSQL, a fresh database per run);
//  2. feed polling overhead on one machine (`watch`): 2,000 small feeds served on loopback by 8 local servers,
//     polled once when new (items already stored elsewhere: no analysis), once unchanged (304), once changed
//     with nothing new (200, parsed, items known): polls/s and memory.
// Usage: dotnet run -c Release --project bench/Demarche.Bench.Cluster [-- ARTICLES [FEEDS]] [--silos 1,2,3]
//          [--db "Host=127.0.0.1;Username=postgres;Database=postgres"] (--silos 0: the same ingest in-process, for comparison) [--redis 127.0.0.1:6379] [--skip-ingest] [--skip-feeds]
using System.Diagnostics;
using System.Text.Json;
using Demarche.Cluster;
using Demarche.Cluster.Tests;
using Demarche.Ingest;
using Demarche.Input;
using Demarche.Pipeline;
using Demarche.Store;
using Demarche.Watch;
using Demarche.Watch.Tests;
using Npgsql;

var positional = new List<string>();
string server = "Host=127.0.0.1;Username=postgres;Database=postgres", redis = "127.0.0.1:6379";
int[] siloCounts = [1, 2, 3];
bool skipIngest = false, skipFeeds = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--db" when i + 1 < args.Length: server = args[++i]; break;
        case "--redis" when i + 1 < args.Length: redis = args[++i]; break;
        case "--silos" when i + 1 < args.Length: siloCounts = args[++i].Split(',').Select(int.Parse).ToArray(); break;
        case "--skip-ingest": skipIngest = true; break;
        case "--skip-feeds": skipFeeds = true; break;
        default: positional.Add(args[i]); break;
    }
}
int articles = positional.Count > 0 ? int.Parse(positional[0]) : 20_000;
int feedCount = positional.Count > 1 ? int.Parse(positional[1]) : 2_000;
var dir = Directory.CreateTempSubdirectory("demarche-bench-cluster-").FullName;
Console.WriteLine($"{Environment.ProcessorCount} cores; {DateTime.UtcNow:u}");

if (!skipIngest)
{
    var input = Path.Combine(dir, "articles.jsonl");
    long chars = BenchArticles.Write(input, articles);
    Console.WriteLine($"generated {articles:N0} articles, {chars / 1e6:N1} M characters");
    foreach (int n in siloCounts)
    {
        var database = $"demarche_cluster_bench_{n}_{Environment.ProcessId}";
        Admin(server, $"CREATE DATABASE {database}");
        var store = new NpgsqlConnectionStringBuilder(PostgresTarget.ToConnectionString(server)) { Database = database }.ConnectionString;
        var silos = new List<SiloProcess>();
        try
        {
            if (n == 0)
            {
                // the baseline: the same articles ingested in this process (IngestRunner, all cores), no cluster
                using var local = DemarcheStore.Open(store);
                var watch = Stopwatch.StartNew();
                var p = await new IngestRunner(Analyzer.CreateDefault(), local, new IngestOptions()).RunAsync([input]);
                Console.WriteLine($"in-process ingest (no cluster): {p.Stored:N0} stored in {watch.Elapsed.TotalSeconds:N1} s = {p.Stored / watch.Elapsed.TotalSeconds:N1} documents/s");
                continue;
            }
            DemarcheStore.Open(store).Dispose();
            var cluster = new ClusterConfig { Redis = redis, ClusterId = $"bench-{n}-{Guid.NewGuid():N}"[..20] };
            for (int i = 0; i < n; i++) silos.Add(new SiloProcess(redis, cluster.ClusterId, store, FeedServer.FreePort(), FeedServer.FreePort()));
            await Task.WhenAll(silos.Select(s => s.Joined)).WaitAsync(TimeSpan.FromMinutes(5));
            await using var connection = await ClusterConnection.ConnectAsync(cluster);
            var clock = Stopwatch.StartNew();
            var progress = await new ClusterIngest(connection.Client).RunAsync(new InputReader().Read(input));
            clock.Stop();
            var status = await ClusterStatus.ReadAsync(connection.Client);
            var memory = string.Join(", ", status.Where(s => s.Report is not null).Select(s => $"{s.Report!.WorkingSetBytes / 1e6:N0} MB"));
            Console.WriteLine($"{n} silo(s): {progress.Stored:N0} stored, {progress.Duplicates:N0} duplicates, {progress.Failed:N0} failed in "
                + $"{clock.Elapsed.TotalSeconds:N1} s = {progress.Stored / clock.Elapsed.TotalSeconds:N1} documents/s; silo working sets {memory}; "
                + $"analysed per silo: {string.Join(" / ", status.Where(s => s.Report is not null).Select(s => s.Report!.Analysed))}");
        }
        finally
        {
            foreach (var s in silos) s.Dispose();
            NpgsqlConnection.ClearAllPools();
            Admin(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }
}

if (!skipFeeds)
{
    var servers = Enumerable.Range(0, 8).Select(_ => new FeedServer()).ToList();
    var urls = Enumerable.Range(0, feedCount).Select(f => servers[f % servers.Count].Url($"/f{f}.xml")).ToList();
    // every feed carries the same two articles under its own item ids: stored once, then found by content hash
    void Serve(string note)
    {
        for (int f = 0; f < feedCount; f++)
            servers[f % servers.Count].Set($"/f{f}.xml", TestFeeds.Rss(f, [1, 2], n => TestFeeds.Item(f, n, description: TestFeeds.Text(0, n)) + $"<!-- {note} -->"));
    }
    Serve("first");
    var store = Path.Combine(dir, "feeds.db");
    using var states = FeedStates.Open(store);
    var writer = new BatchedDocumentWriter(store);
    var http = new WatchHttp(TimeSpan.Zero);
    var round = new FeedRound(new FeedPoller(http, states), http, states, "bench");
    var processor = new ItemProcessor(Analyzer.CreateDefault(), writer);
    await Poll("new feeds (2 items each, stored once overall)");
    await Poll("unchanged (304)");
    Serve("second");
    await Poll("changed, nothing new (200, parsed)");
    await writer.DisposeAsync();
    foreach (var s in servers) s.Dispose();

    async Task Poll(string what)
    {
        var watcher = new FeedWatcher(states, round, processor, new WatchOptions { Once = true, ParallelPolls = 16 });
        var clock = Stopwatch.StartNew();
        await watcher.RunAsync(urls, CancellationToken.None);
        clock.Stop();
        var c = watcher.Counters;
        Console.WriteLine($"{feedCount:N0} feeds, {what}: {c.Polls:N0} polls in {clock.Elapsed.TotalSeconds:N1} s = {c.Polls / clock.Elapsed.TotalSeconds:N0} polls/s "
            + $"({c.Unchanged:N0} unchanged, {c.Stored:N0} stored, {c.Duplicates:N0} duplicates, {c.PollFailures} failed); working set {Environment.WorkingSet / 1e6:N0} MB");
    }
}
Console.WriteLine($"peak working set of this process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
try { Directory.Delete(dir, true); } catch (IOException) { }

static void Admin(string server, string sql)
{
    using var c = new NpgsqlConnection(PostgresTarget.ToConnectionString(server));
    c.Open();
    using var cmd = new NpgsqlCommand(sql, c);
    cmd.ExecuteNonQuery();
}

/// <summary>Generated articles: a few paragraphs of invented diplomatic news, different for every article.</summary>
internal static class BenchArticles
{
    private static readonly string[] Actors = ["Kenya", "Peru", "Norway", "Vietnam", "Chile", "Ghana", "Japan", "Egypt", "Poland", "Canada", "the United Nations", "NATO"];
    private static readonly string[] Acts = ["sent envoys to", "warned", "agreed to cooperate with", "expelled diplomats from", "pledged support to", "rejected demands from"];

    public static long Write(string path, int count)
    {
        var rnd = new Random(7);
        long chars = 0;
        using var w = new StreamWriter(path);
        for (int i = 0; i < count; i++)
        {
            var paragraphs = Enumerable.Range(0, 6).Select(p => string.Join(" ", Enumerable.Range(0, 4).Select(_ =>
                $"{Actors[rnd.Next(Actors.Length)]} {Acts[rnd.Next(Acts.Length)]} {Actors[rnd.Next(Actors.Length)]} this week, a spokesperson said (ref. {rnd.Next():x})."))).ToList();
            var text = $"Bulletin {i}\n" + string.Join("\n", paragraphs);
            chars += text.Length;
            w.WriteLine(JsonSerializer.Serialize(new { id = $"cluster-bench-{i}", published = $"2025-{1 + i % 12:D2}-{1 + i % 28:D2}", text }));
        }
        return chars;
    }
}
