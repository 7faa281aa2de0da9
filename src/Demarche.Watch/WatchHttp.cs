using Demarche.Input;
using Demarche.Input.Feeds;

namespace Demarche.Watch;

/// <summary>
/// The downloaders of <c>watch</c>, sharing one connection pool and one politeness per site: one for feeds (asked
/// conditionally), one reader for feed items whose pages it fetches (--fetch) where robots.txt allows.
/// </summary>
public sealed class WatchHttp
{
    public PageFetcher Feeds { get; }
    public InputReader Items { get; }
    public InputReader ItemsWithPages { get; }
    public InputLimits Limits { get; }

    /// <param name="transport">the HTTP stack under politeness (tests pass their own); default: <see cref="PageFetcher.CreateHandler"/>.</param>
    public WatchHttp(TimeSpan hostDelay, InputLimits? limits = null, HttpMessageHandler? transport = null)
    {
        Limits = limits ?? InputLimits.Default;
        transport ??= PageFetcher.CreateHandler(Limits);
        var politeness = new HostPoliteness(hostDelay);
        var robotsClient = new HttpClient(new PoliteHandler(politeness) { InnerHandler = transport }) { Timeout = Limits.FetchTimeout, MaxResponseContentBufferSize = 1 << 20 };
        robotsClient.DefaultRequestHeaders.UserAgent.ParseAdd(PageFetcher.UserAgent);
        var robots = new RobotsRules(robotsClient, PageFetcher.UserAgent);
        Feeds = new PageFetcher(Limits, new PoliteHandler(politeness) { InnerHandler = transport });
        var pages = new PageFetcher(Limits, new PoliteHandler(politeness, robots) { InnerHandler = transport });
        Items = new InputReader(Limits) { Fetcher = pages };
        ItemsWithPages = new InputReader(Limits) { Fetcher = pages, FetchLinkedPages = true };
    }

    public InputReader ReaderFor(FeedState feed) => feed.FetchPages ? ItemsWithPages : Items;
}
