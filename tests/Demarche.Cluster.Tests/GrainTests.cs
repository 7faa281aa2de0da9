using Demarche.Ingest;
using Demarche.Input;
using Demarche.Store;
using Demarche.Watch;
using Demarche.Watch.Tests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace Demarche.Cluster.Tests;

/// <summary>Three silos in this process (Orleans' TestingHost, in-memory membership and reminders) over one SQLite store.</summary>
public sealed class ThreeSilos : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-cluster-").FullName;
    public string Store => Path.Combine(_dir, "c.db");
    public TestCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        DemarcheStore.Open(Store).Dispose();
        var builder = new TestClusterBuilder(3);
        builder.Properties["store"] = Store;
        builder.AddSiloBuilderConfigurator<Configurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    public long Documents()
    {
        using var store = DemarcheStore.Open(Store);
        using var cmd = store.Command("SELECT count(*) FROM documents");
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder silo)
        {
            var store = silo.Configuration["store"]!;
            silo.UseInMemoryReminderService();
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            silo.Services.AddSingleton(sp => new SiloWork(new SiloConfig
            {
                Cluster = new ClusterConfig { Redis = "unused" }, Store = store, HostDelay = TimeSpan.Zero,
                Name = sp.GetRequiredService<Orleans.Runtime.ILocalSiloDetails>().SiloAddress.ToString(),
            }));
        }
    }
}

public sealed class GrainTests(ThreeSilos silos) : IClassFixture<ThreeSilos>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IngestChunksAreSpreadOverTheSilosAndEachDocumentIsStoredOnce()
    {
        var docs = Enumerable.Range(1, 48).Select(n => (InputItem)new RawDocument
        {
            Source = $"doc{n}", Content = TestFeeds.Text(40, n), Format = ContentFormat.Text, Published = new DateOnly(2025, 3, 4),
        }).Append(new InputError("broken.txt", "invalid UTF-8")).ToList();
        var before = silos.Documents();
        var first = await new ClusterIngest(silos.Cluster.Client, chunkSize: 4).RunAsync(docs, ct: Ct);
        Assert.Equal(48, first.Stored);
        Assert.Equal(1, first.Failed);
        Assert.Equal(before + 48, silos.Documents());

        var again = await new ClusterIngest(silos.Cluster.Client, chunkSize: 4).RunAsync(docs, ct: Ct);
        Assert.Equal(0, again.Stored);
        Assert.Equal(48, again.Duplicates);
        Assert.Equal(before + 48, silos.Documents());

        var status = await ClusterStatus.ReadAsync(silos.Cluster.Client);
        var active = status.Where(s => s.Report is not null).ToList();
        Assert.Equal(3, active.Count);
        Assert.All(active, s => Assert.True(s.Report!.Analysed > 0, $"silo {s.Silo} analysed nothing"));
        // each report came from the silo it describes (placed there by the hint)
        Assert.All(active, s => Assert.Equal(s.Silo, s.Report!.Silo));
    }

    [Fact]
    public async Task AFeedGrainPollsOnItsReminderAndStoresNewItemsOnce()
    {
        using var server = new FeedServer();
        server.Set("/g.xml", TestFeeds.Rss(41, [1, 2, 3]));
        var url = server.Url("/g.xml");
        var before = silos.Documents();
        await ClusterFeeds.FollowAsync(silos.Cluster.Client, [url], TimeSpan.FromSeconds(2), false, Ct);
        await Eventually.Until(() => silos.Documents() == before + 3, 60, "the feed's three items stored");

        server.Set("/g.xml", TestFeeds.Rss(41, [1, 2, 3, 4]));
        await Eventually.Until(() => silos.Documents() == before + 4, 30, "the new item stored");
        await Eventually.Until(() => server.Count("/g.xml", 304) >= 1, 30, "an unchanged feed answered 304");

        using var states = FeedStates.Open(silos.Store);
        var feed = states.Get(url)!;
        Assert.Equal(4, feed.Items);
        Assert.NotNull(feed.PolledBy);
        Assert.Equal(TimeSpan.FromSeconds(2), feed.Every);

        await ClusterFeeds.UnfollowAsync(silos.Cluster.Client, [url], Ct);
        await Task.Delay(500, Ct);
        int polls = server.Count("/g.xml");
        await Task.Delay(4500, Ct);
        Assert.Equal(polls, server.Count("/g.xml"));
        Assert.Equal(before + 4, silos.Documents());
    }
}
