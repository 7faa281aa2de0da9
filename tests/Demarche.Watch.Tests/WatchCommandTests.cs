using System.Text.Json;
using Demarche.Cli;

namespace Demarche.Watch.Tests;

/// <summary>The <c>watch</c> and <c>feeds</c> commands as a user runs them.</summary>
public sealed class WatchCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = CommandLineApp.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public async Task WatchOnceStoresTheItemsAndFeedsListsTheFeed()
    {
        using var server = new FeedServer();
        await using var rig = new WatchRig();
        server.Set("/cli.xml", TestFeeds.Rss(9, [1, 2, 3]));
        var list = Path.Combine(Path.GetDirectoryName(rig.Store)!, "feeds.txt");
        await File.WriteAllTextAsync(list, $"# the test feeds\n{server.Url("/cli.xml")}\n", TestContext.Current.CancellationToken);

        var run = Run("watch", list, "--once", "--every", "10m", "--db", rig.Store);
        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("3 stored", run.Out);

        var feeds = Run("feeds", "--db", rig.Store, "--json");
        Assert.Equal(0, feeds.Code);
        var row = JsonDocument.Parse(feeds.Out.Trim()).RootElement;
        Assert.Equal(server.Url("/cli.xml"), row.GetProperty("url").GetString());
        Assert.Equal(3, row.GetProperty("items").GetInt64());
        Assert.Equal("00:10:00", row.GetProperty("every").GetString());

        var table = Run("feeds", "--db", rig.Store);
        Assert.Contains("/cli.xml", table.Out);
    }

    [Fact]
    public void BadArgumentsAreOneLineErrors()
    {
        var dir = Directory.CreateTempSubdirectory("demarche-watchcli-").FullName;
        try
        {
            var db = Path.Combine(dir, "x.db");
            var none = Run("watch", Path.Combine(dir, "nothing.txt"), "--db", db);
            Assert.Equal(2, none.Code);
            Assert.Contains("no such file", none.Err);
            Assert.DoesNotContain("   at ", none.Err);
            var every = Run("watch", "https://example.org/rss", "--every", "sometimes", "--db", db);
            Assert.Equal(2, every.Code);
            Assert.Contains("--every", every.Err);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        }
    }
}
