using Demarche.Ingest;
using Demarche.Input.Network;
using Demarche.Pipeline;
using Demarche.Store;

namespace Demarche.Watch.Tests;

/// <summary>One analyser for every test of the assembly (loading the dictionaries takes a while).</summary>
public static class TestAnalyzer
{
    private static readonly Lazy<Analyzer> Shared = new(() => Analyzer.CreateDefault());
    public static Analyzer Instance => Shared.Value;
}

/// <summary>A watcher on one machine over a fresh SQLite store, as <c>watch</c> builds it (no politeness pause).</summary>
public sealed class WatchRig : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-watch-").FullName;

    public string Store => Path.Combine(_dir, "w.db");

    /// <param name="policy">where item links may lead (default: as <c>watch</c>, public addresses only; the test server is on loopback).</param>
    public async Task<(FeedWatcher Watcher, Func<ValueTask> Close)> StartAsync(WatchOptions options, TimeSpan? hostDelay = null, AddressPolicy? policy = null)
    {
        var states = FeedStates.Open(Store);
        var writer = new BatchedDocumentWriter(Store, maxDelay: TimeSpan.FromMilliseconds(100));
        var http = new WatchHttp(hostDelay ?? TimeSpan.Zero, policy: policy);
        var round = new FeedRound(new FeedPoller(http, states), http, states, "test");
        var watcher = new FeedWatcher(states, round, new ItemProcessor(TestAnalyzer.Instance, writer), options);
        await Task.CompletedTask;
        return (watcher, async () =>
        {
            await writer.DisposeAsync();
            states.Dispose();
        });
    }

    public long Count(string sql)
    {
        using var store = DemarcheStore.Open(Store);
        using var cmd = store.Command(sql);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    public long Documents => Count("SELECT count(*) FROM documents");

    public IReadOnlyList<string?> Urls()
    {
        using var store = DemarcheStore.Open(Store);
        using var cmd = store.Command("SELECT url FROM documents ORDER BY id");
        using var r = cmd.ExecuteReader();
        var list = new List<string?>();
        while (r.Read()) list.Add(r.IsDBNull(0) ? null : r.GetString(0));
        return list;
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
