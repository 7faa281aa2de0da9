using Demarche.Watch;

namespace Demarche.Watch.Tests;

public sealed class FeedListTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-feedlist-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string File(string name, string text)
    {
        var p = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(p, text);
        return p;
    }

    [Fact]
    public void UrlsListsAndOpmlFilesBecomeOneListWithoutRepeats()
    {
        var list = File("feeds.txt", "# world news\nhttps://news.example.org/world.rss\n\n  https://news.example.org/africa.rss   # Sahel too\nhttps://example.net/a#b\n");
        var opml = File("subs.opml", """
            <?xml version="1.0"?>
            <opml version="2.0"><head><title>subscriptions</title></head><body>
              <outline text="News"><outline type="rss" text="World" xmlUrl="https://news.example.org/world.rss"/>
              <outline type="rss" text="Asia" xmlUrl="https://asia.example.com/feed.xml"/></outline>
            </body></opml>
            """);
        var r = FeedList.Expand(["https://first.example.org/rss", list, opml]);
        Assert.Empty(r.Errors);
        Assert.Equal(["https://first.example.org/rss", "https://news.example.org/world.rss", "https://news.example.org/africa.rss", "https://example.net/a#b",
            "https://asia.example.com/feed.xml"], r.Urls);
    }

    [Fact]
    public void BadEntriesAreReportedWithWhereTheyAre()
    {
        var list = File("feeds.txt", "https://ok.example.org/rss\nftp://files.example.org/x\n");
        var broken = File("broken.opml", "<opml><body><outline xmlUrl=");
        var r = FeedList.Expand([list, broken, Path.Combine(_dir, "missing.txt")]);
        Assert.Equal(["https://ok.example.org/rss"], r.Urls);
        Assert.Contains(r.Errors, e => e.Contains("feeds.txt:2") && e.Contains("ftp://"));
        Assert.Contains(r.Errors, e => e.Contains("broken.opml") && e.Contains("OPML"));
        Assert.Contains(r.Errors, e => e.Contains("missing.txt") && e.Contains("no such file"));
    }
}

public sealed class DurationTests
{
    [Theory]
    [InlineData("90", 90)]
    [InlineData("30s", 30)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    [InlineData("0.5s", 0.5)]
    [InlineData("500ms", 0.5)]
    public void ParsesWhatUsersWrite(string text, double seconds)
    {
        Assert.True(Durations.TryParse(text, out var t));
        Assert.Equal(seconds, t.TotalSeconds, 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5m")]
    [InlineData("5 weeks")]
    public void RefusesTheRest(string text) => Assert.False(Durations.TryParse(text, out _));

    [Fact]
    public void FormatsShortly()
    {
        Assert.Equal("15m", Durations.Format(TimeSpan.FromMinutes(15)));
        Assert.Equal("1h30m", Durations.Format(TimeSpan.FromMinutes(90)));
        Assert.Equal("500ms", Durations.Format(TimeSpan.FromMilliseconds(500)));
    }
}

public sealed class RobotsTxtTests
{
    private const string Agent = "Demarche/1.0 (news event coding)";

    [Fact]
    public void TheGroupNamingTheAgentWinsOverTheStar()
    {
        var r = RobotsTxt.Parse("User-agent: *\nDisallow: /\n\nUser-agent: demarche\nDisallow: /private/\n", Agent);
        Assert.True(r.Allows("/news/1.html"));
        Assert.False(r.Allows("/private/x.html"));
    }

    [Fact]
    public void LongestRuleWinsAndAllowWinsATie()
    {
        var r = RobotsTxt.Parse("User-agent: *\nDisallow: /news/\nAllow: /news/public/\nDisallow: /*.pdf$\nAllow: /a\nDisallow: /a\n", Agent);
        Assert.False(r.Allows("/news/1.html"));
        Assert.True(r.Allows("/news/public/1.html"));
        Assert.False(r.Allows("/files/report.pdf"));
        Assert.True(r.Allows("/files/report.pdf?page=2"));
        Assert.True(r.Allows("/a"));
        Assert.True(r.Allows("/robots.txt"));
    }

    [Fact]
    public void EmptyDisallowAndNoGroupAllowEverything()
    {
        Assert.True(RobotsTxt.Parse("User-agent: *\nDisallow:\n", Agent).Allows("/x"));
        Assert.True(RobotsTxt.Parse("User-agent: otherbot\nDisallow: /\n", Agent).Allows("/x"));
        Assert.True(RobotsTxt.Parse("", Agent).Allows("/x"));
    }

    [Fact]
    public void AgentsListedTogetherShareTheirRules()
    {
        var r = RobotsTxt.Parse("User-agent: somebot\nUser-agent: Demarche\nDisallow: /drafts\n# comment\nUser-agent: *\nAllow: /\n", Agent);
        Assert.False(r.Allows("/drafts/1"));
    }
}

public sealed class FeedScheduleTests
{
    [Fact]
    public void FailuresDoubleTheWaitUpToADay()
    {
        var every = TimeSpan.FromMinutes(15);
        Assert.Equal(every, FeedSchedule.Delay(every, 0));
        Assert.Equal(every, FeedSchedule.Delay(every, 1));
        Assert.Equal(TimeSpan.FromMinutes(30), FeedSchedule.Delay(every, 2));
        Assert.Equal(TimeSpan.FromHours(2), FeedSchedule.Delay(every, 4));
        Assert.Equal(TimeSpan.FromDays(1), FeedSchedule.Delay(every, 30));
        Assert.Equal(TimeSpan.FromDays(2), FeedSchedule.Delay(TimeSpan.FromDays(2), 5));
    }

    [Fact]
    public void ASuccessClearsTheBackOff()
    {
        var now = new DateTime(2025, 3, 4, 10, 0, 0, DateTimeKind.Utc);
        var feed = new FeedState { Url = "https://x.example/rss", Every = TimeSpan.FromMinutes(10) };
        feed = FeedSchedule.AfterFailure(feed, now, "HTTP 500", "m");
        feed = FeedSchedule.AfterFailure(feed, now, "HTTP 500", "m");
        Assert.Equal(2, feed.Failures);
        Assert.Equal(now.AddMinutes(20), feed.NextPoll);
        feed = FeedSchedule.AfterSuccess(feed, now, null, false, 3, "m");
        Assert.Equal(0, feed.Failures);
        Assert.Null(feed.LastError);
        Assert.Equal(now.AddMinutes(10), feed.NextPoll);
        Assert.Equal(3, feed.Items);
    }
}

public sealed class HostPolitenessTests
{
    [Fact]
    public async Task ASiteGetsOneRequestAtATimeWithThePauseBetween()
    {
        var polite = new HostPoliteness(TimeSpan.FromMilliseconds(300));
        var a = new Uri("http://a.example:80/1");
        var starts = new List<DateTime>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            using (await polite.EnterAsync(a, TestContext.Current.CancellationToken)) lock (starts) starts.Add(DateTime.UtcNow);
        }));
        starts.Sort();
        Assert.True((starts[1] - starts[0]).TotalMilliseconds >= 280, $"{(starts[1] - starts[0]).TotalMilliseconds} ms");
        Assert.True((starts[2] - starts[1]).TotalMilliseconds >= 280);

        // another site does not wait for the first
        var t = System.Diagnostics.Stopwatch.StartNew();
        using (await polite.EnterAsync(new Uri("http://b.example/x"), TestContext.Current.CancellationToken)) { }
        Assert.True(t.ElapsedMilliseconds < 250);
    }
}
