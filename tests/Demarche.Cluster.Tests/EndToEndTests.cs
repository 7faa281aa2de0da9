using Demarche.Input;
using Demarche.Store;
using Demarche.Tests;
using Demarche.Watch;
using Demarche.Watch.Tests;

namespace Demarche.Cluster.Tests;

/// <summary>
/// Three <c>demarche silo</c> processes on loopback, membership and reminders in Redis, the store in PostgreSQL,
/// feeds served by a local HTTP server: one silo is killed with SIGKILL while the feeds gain items. Skipped with a
/// notice where Redis or PostgreSQL does not answer (.ci/install-deps starts both).
/// </summary>
public sealed class EndToEndTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(8);
    private const int Feeds = 6;

    [Fact]
    public async Task KillingOneSiloOfThreeLosesNothingStoresNothingTwiceAndItsFeedsMoveOn()
    {
        TestRedis.Require();
        var (store, schema) = TestPostgres.CreateSchema();
        var silos = new List<SiloProcess>();
        try
        {
            DemarcheStore.Open(store).Dispose();
            using var server = new FeedServer();
            var urls = Enumerable.Range(1, Feeds).Select(f => server.Url($"/feed{f}.xml")).ToList();
            void Serve(int upTo)
            {
                for (int f = 1; f <= Feeds; f++) server.Set($"/feed{f}.xml", TestFeeds.Rss(100 + f, Enumerable.Range(1, upTo)));
            }
            Serve(4);

            var cluster = new ClusterConfig { Redis = TestRedis.Connection, ClusterId = "e2e-" + Guid.NewGuid().ToString("N")[..8], ProbeTimeout = TimeSpan.FromSeconds(1) };
            for (int i = 0; i < 3; i++) silos.Add(new SiloProcess(cluster.Redis, cluster.ClusterId, store, FeedServer.FreePort(), FeedServer.FreePort()));
            await Task.WhenAll(silos.Select(s => s.Joined)).WaitAsync(TimeSpan.FromMinutes(3), Ct);

            await using var connection = await ClusterConnection.ConnectAsync(cluster, Ct);
            await ClusterFeeds.FollowAsync(connection.Client, urls, Period, false, Ct);
            // the items are stored before their feed's state is saved: wait for both
            await Eventually.Until(() => Count(store, "SELECT count(*) FROM documents") == Feeds * 4 && Polled(store).All(p => p.By is not null), 120,
                "the first items stored and every feed's state saved");

            // the silo that polled most feeds dies (kill -9) just as every feed gains three items
            var polled = Polled(store);
            var victimName = polled.GroupBy(p => p.By).OrderByDescending(g => g.Count()).First().Key;
            var victim = silos.SingleOrDefault(s => s.Name == victimName);
            Assert.True(victim is not null, $"polled by: {string.Join(", ", polled.Select(p => p.By ?? "(nobody)"))}; silos: {string.Join(", ", silos.Select(s => s.Name))}");
            var victimFeeds = Polled(store).Where(p => p.By == victimName).Select(p => p.Url).ToList();
            Serve(7);
            var killedAt = DateTime.UtcNow;
            victim.Kill();

            await Eventually.Until(() => Count(store, "SELECT count(*) FROM documents") == Feeds * 7, 90,
                $"every item stored after the kill ({Count(store, "SELECT count(*) FROM documents")} of {Feeds * 7})");
            Assert.Equal(Feeds * 7, Count(store, "SELECT count(DISTINCT source) FROM documents"));
            Assert.Equal(Feeds * 7, Count(store, "SELECT count(*) FROM feed_items"));

            // each of the dead silo's feeds was asked again within two reminder periods of the kill
            foreach (var url in victimFeeds)
            {
                var path = new Uri(url).AbsolutePath;
                var next = server.Log.Where(l => l.Path == path && l.At > killedAt).Select(l => l.At).DefaultIfEmpty(DateTime.MaxValue).Min();
                TestContext.Current.TestOutputHelper?.WriteLine($"{url}: polled again {(next - killedAt).TotalSeconds:0.0} s after the kill");
                Assert.True(next - killedAt <= 2 * Period, $"{url} polled {(next - killedAt).TotalSeconds:0.0} s after the kill");
            }
            Assert.DoesNotContain(Polled(store), p => p.By == victimName && victimFeeds.Contains(p.Url));

            // the two survivors still take an ingest
            var docs = Enumerable.Range(1, 20).Select(n => (InputItem)new RawDocument { Source = $"late{n}", Content = TestFeeds.Text(300, n), Format = ContentFormat.Text }).ToList();
            var ingest = await new ClusterIngest(connection.Client, chunkSize: 4).RunAsync(docs, ct: Ct);
            Assert.Equal(20, ingest.Stored);
            Assert.Equal(Feeds * 7 + 20, Count(store, "SELECT count(*) FROM documents"));
        }
        catch (Exception) when (silos.Count > 0)
        {
            foreach (var s in silos) TestContext.Current.SendDiagnosticMessage($"--- silo {s.Name} ---\n{s.Output}");
            throw;
        }
        finally
        {
            foreach (var s in silos) s.Dispose();
            TestPostgres.DropSchema(schema);
        }
    }

    private static long Count(string store, string sql)
    {
        using var s = DemarcheStore.Open(store);
        using var cmd = s.Command(sql);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private static List<(string Url, string? By)> Polled(string store)
    {
        using var states = FeedStates.Open(store);
        return states.All().Select(f => (f.Url, f.PolledBy)).ToList();
    }
}
