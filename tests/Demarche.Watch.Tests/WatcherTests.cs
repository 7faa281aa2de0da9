using Demarche.Ingest;
using Demarche.Input;
using Demarche.Input.Network;

namespace Demarche.Watch.Tests;

/// <summary><c>watch</c> on one machine against feeds served on loopback.</summary>
public sealed class WatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FeedsThatGainItemsAreStoredOnceAndARestartAsksOnlyWhetherTheyChanged()
    {
        using var server = new FeedServer();
        await using var rig = new WatchRig();
        server.Set("/one.xml", TestFeeds.Rss(1, [1, 2, 3]));
        server.Set("/two.xml", TestFeeds.Rss(2, [1, 2]));
        string[] feeds = [server.Url("/one.xml"), server.Url("/two.xml")];

        var (watcher, close) = await rig.StartAsync(new WatchOptions { Every = TimeSpan.FromSeconds(1) });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var run = watcher.RunAsync(feeds, stop.Token);
        await Eventually.Until(() => rig.Documents == 5, 90, "the five first items stored");

        server.Set("/one.xml", TestFeeds.Rss(1, [1, 2, 3, 4, 5]));
        await Eventually.Until(() => rig.Documents == 7, 60, "the two new items stored");
        await Eventually.Until(() => server.Count("/two.xml", 304) >= 2, 30, "an unchanged feed answered 304");
        stop.Cancel();
        await run;
        await close();
        Assert.Equal(7, rig.Documents);
        Assert.Equal(7, rig.Count("SELECT count(*) FROM feed_items"));
        Assert.Equal(7, rig.Count("SELECT sum(items) FROM feeds"));

        // restarted: one conditional request per feed, both answered 304, nothing downloaded or stored again
        int before = server.Log.Count;
        var (again, close2) = await rig.StartAsync(new WatchOptions { Every = TimeSpan.FromSeconds(1), Once = true });
        await again.RunAsync(feeds, Ct);
        await close2();
        var after = server.Log.Skip(before).ToList();
        Assert.Equal(2, after.Count);
        Assert.All(after, l => Assert.Equal(304, l.Status));
        Assert.Equal(7, rig.Documents);
        Assert.Equal(2, again.Counters.Unchanged);
    }

    [Fact]
    public async Task ADeadFeedIsRetriedLessAndLessOftenAndReportedWhileTheOthersGoOn()
    {
        using var server = new FeedServer();
        await using var rig = new WatchRig();
        server.Set("/ok.xml", TestFeeds.Rss(3, [1, 2]));
        server.Fail("/dead.xml", 500);
        var (watcher, close) = await rig.StartAsync(new WatchOptions { Every = TimeSpan.FromMilliseconds(400) });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var run = watcher.RunAsync([server.Url("/dead.xml"), server.Url("/ok.xml")], stop.Token);
        await Eventually.Until(() => rig.Documents == 2 && server.Count("/ok.xml") >= 8, 90, "the live feed stored and polled on");
        stop.Cancel();
        await run;
        await close();
        int dead = server.Count("/dead.xml"), ok = server.Count("/ok.xml");
        // 0.4, 0.8, 1.6, 3.2 s apart: far fewer polls of the dead feed than of the live one
        Assert.InRange(dead, 2, ok / 2);
        Assert.Contains(server.Url("/dead.xml"), watcher.Counters.Failing.Keys);
        Assert.Contains("HTTP 500", watcher.Counters.Failing[server.Url("/dead.xml")]);
    }

    [Fact]
    public async Task FetchFollowsRelativeLinksWhereRobotsTxtAllows()
    {
        using var server = new FeedServer();
        await using var rig = new WatchRig();
        server.Set("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        server.Set("/news/1.html", $"<html><head><title>Accord</title></head><body><article><h1>Accord</h1><p>{TestFeeds.Text(5, 1)}</p><p>{TestFeeds.Text(5, 11)}</p></article></body></html>", "text/html");
        server.Set("/private/2.html", $"<html><body><p>{TestFeeds.Text(5, 2)}</p></body></html>", "text/html");
        server.Set("/feed.xml", TestFeeds.Rss(5, [1, 2], n => TestFeeds.Item(5, n, link: n == 1 ? "/news/1.html" : "../private/2.html",
            description: $"Summary {n}: " + TestFeeds.Text(6, n))));
        var (watcher, close) = await rig.StartAsync(new WatchOptions { FetchPages = true, Once = true }, policy: new AddressPolicy(allowPrivate: true));
        await watcher.RunAsync([server.Url("/feed.xml")], Ct);
        await close();

        Assert.True(1 == server.Count("/news/1.html", 200), string.Join(" ; ", server.Log.Select(l => l.Path + " " + l.Status)) + " | " + watcher.Counters.StatusLine() + " | " + string.Join(",", rig.Urls()));
        Assert.Equal(0, server.Count("/private/2.html"));
        Assert.Equal(2, rig.Documents);
        var urls = rig.Urls();
        Assert.Contains(server.Url("/news/1.html"), urls);
        Assert.Contains(server.Url("/private/2.html"), urls); // the summary, stored with its resolved link
        Assert.True(1 == watcher.Counters.ItemFailures, watcher.Counters.StatusLine() + " | " + string.Join(" ; ", server.Log.Select(l => l.Path + " " + l.Status))); // the refused download is reported
    }

    [Fact]
    public async Task FetchDoesNotFollowAnItemLinkToAPrivateAddress()
    {
        using var server = new FeedServer();
        await using var rig = new WatchRig();
        server.Set("/news/1.html", $"<html><body><article><p>{TestFeeds.Text(8, 1)}</p></article></body></html>", "text/html");
        server.Set("/feed.xml", TestFeeds.Rss(8, [1], n => TestFeeds.Item(8, n, link: "/news/1.html", description: $"Summary {n}: " + TestFeeds.Text(9, n))));
        var (watcher, close) = await rig.StartAsync(new WatchOptions { FetchPages = true, Once = true });
        await watcher.RunAsync([server.Url("/feed.xml")], Ct); // the feed itself was given by the user: fetched on loopback
        await close();

        Assert.Equal(1, server.Count("/feed.xml", 200));
        Assert.Equal(0, server.Count("/news/1.html")); // a link found in the feed may not lead to loopback
        Assert.Equal(1, rig.Documents); // the summary is stored instead
        Assert.Equal(1, watcher.Counters.ItemFailures);
    }

    [Fact]
    public async Task AnItemNotStoredKeepsTheFeedFromBeingSkippedAsUnchanged()
    {
        using var server = new FeedServer();
        await using var rig = new WatchRig();
        server.Set("/f.xml", TestFeeds.Rss(7, [1, 2]));
        using var states = FeedStates.Open(rig.Store);
        var http = new WatchHttp(TimeSpan.Zero);
        var round = new FeedRound(new FeedPoller(http, states), http, states, "test");
        var feed = states.Register(server.Url("/f.xml"), TimeSpan.FromMinutes(5), false);
        var offered = new List<string>();

        // the first round: item 2 cannot be stored (say, its silo died)
        var first = await round.RunAsync(feed, (item, _) =>
        {
            offered.Add(item.Document!.Source);
            var retry = item.Document.Source.EndsWith("item2", StringComparison.Ordinal);
            return Task.FromResult(new ItemOutcome(item.Document.Source, retry ? ItemOutcomeKind.Retry : ItemOutcomeKind.Stored, retry ? "silo gone" : null));
        }, Ct);
        Assert.Equal(1, first.Retry);
        Assert.Null(first.Feed.Validators); // not kept: the next poll must not be answered 304
        Assert.Contains("not stored yet", first.Feed.LastError);

        var second = await round.RunAsync(states.Get(feed.Url)!, (item, _) =>
        {
            offered.Add(item.Document!.Source);
            return Task.FromResult(new ItemOutcome(item.Document.Source, ItemOutcomeKind.Stored));
        }, Ct);
        Assert.Equal(2, server.Count("/f.xml", 200));
        Assert.Equal(1, second.NewItems); // item 1 is known, only item 2 is offered again
        Assert.EndsWith("item2", offered[^1]);
        Assert.NotNull(second.Feed.Validators);
        Assert.Null(second.Feed.LastError);
        Assert.Equal(2, second.Feed.Items);

        var third = await round.RunAsync(states.Get(feed.Url)!, (_, _) => throw new InvalidOperationException("nothing is new"), Ct);
        Assert.True(third.Unchanged);
    }
}
