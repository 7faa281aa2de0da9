using Demarche.Input;
using Demarche.Input.Feeds;
using Demarche.Input.Network;

namespace Demarche.Watch;

/// <summary>
/// The downloaders of <c>watch</c>, sharing one connection pool and one politeness per site: one for feeds (asked
/// conditionally), one reader for feed items whose pages it fetches (--fetch) where robots.txt allows. The feeds
/// were given by the user and are fetched wherever they are; redirects, item pages and their robots.txt are held
/// to the <see cref="AddressPolicy"/>.
/// </summary>
public sealed class WatchHttp
{
    public PageFetcher Feeds { get; }
    public InputReader Items { get; }
    public InputReader ItemsWithPages { get; }
    public InputLimits Limits { get; }

    /// <param name="transport">the HTTP stack under politeness for every request, no address check (tests pass their own);
    /// default: <see cref="PageFetcher.CreateHandler"/>, with <paramref name="policy"/> for addresses found in content.</param>
    /// <param name="policy">where item links and redirects may lead (default: public addresses only).</param>
    public WatchHttp(TimeSpan hostDelay, InputLimits? limits = null, HttpMessageHandler? transport = null, AddressPolicy? policy = null)
    {
        Limits = limits ?? InputLimits.Default;
        policy ??= AddressPolicy.Default;
        var userTransport = transport ?? PageFetcher.CreateHandler(Limits);
        var contentTransport = transport ?? PageFetcher.CreateHandler(Limits, policy);
        // RFC 9309: robots.txt redirects are followed (at most 5); else a site that moved to https would disallow everything
        var robotsTransport = transport ?? PageFetcher.CreateHandler(Limits, policy, followRedirects: true);
        var politeness = new HostPoliteness(hostDelay);
        var robotsClient = new HttpClient(new PoliteHandler(politeness) { InnerHandler = robotsTransport }) { Timeout = Limits.FetchTimeout, MaxResponseContentBufferSize = 1 << 20 };
        robotsClient.DefaultRequestHeaders.UserAgent.ParseAdd(PageFetcher.UserAgent);
        var robots = new RobotsRules(robotsClient, PageFetcher.UserAgent);
        Feeds = new PageFetcher(Limits, new PoliteHandler(politeness) { InnerHandler = userTransport }, new PoliteHandler(politeness) { InnerHandler = contentTransport });
        var pages = new PageFetcher(Limits, new PoliteHandler(politeness, robots) { InnerHandler = userTransport }, new PoliteHandler(politeness, robots) { InnerHandler = contentTransport });
        Items = new InputReader(Limits) { Fetcher = pages };
        ItemsWithPages = new InputReader(Limits) { Fetcher = pages, FetchLinkedPages = true };
    }

    public InputReader ReaderFor(FeedState feed) => feed.FetchPages ? ItemsWithPages : Items;
}
