using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using Demarche.Input.Network;

namespace Demarche.Input.Feeds;

/// <summary>What one download gave: the body and its declared type, or an error a user can act on.</summary>
public sealed record FetchedPage(string Url, byte[]? Body, string? MediaType, string? Charset, string? Error)
{
    public bool IsFeedType => MediaType is { } t && IsFeedMediaType(t);

    internal static bool IsFeedMediaType(string t) => t.Contains("rss", StringComparison.OrdinalIgnoreCase)
        || t.Contains("atom", StringComparison.OrdinalIgnoreCase) || t.Contains("feed+json", StringComparison.OrdinalIgnoreCase)
        || t.Contains("rdf", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Who chose an address: the user (on the command line), or a document (a feed item's link, a redirect).</summary>
public enum LinkOrigin
{
    /// <summary>Given by the user: fetched wherever it is (a local test server, an intranet feed).</summary>
    User,

    /// <summary>Found in fetched content or in a redirect: held to the <see cref="AddressPolicy"/>.</summary>
    Content,
}

/// <summary>
/// Downloads pages and feeds over HTTP(S), one at a time, with a polite User-Agent, a time limit and a size
/// limit applied while the body streams in. Redirects are followed here (at most <see cref="MaxRedirects"/>),
/// to http and https addresses only; every redirect and every address found in content is held to the
/// <see cref="AddressPolicy"/> on the address each connection is made to. Never throws for a network or server
/// failure: the error is in the result.
/// </summary>
public sealed class PageFetcher
{
    public const int MaxRedirects = 5;

    public static readonly string UserAgent =
        $"Demarche/{typeof(PageFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0"} (news event coding; one request at a time)";

    private readonly HttpClient _userClient;
    private readonly HttpClient _contentClient;
    private readonly TimeSpan _timeout;

    /// <param name="limits">the time limit of one download.</param>
    /// <param name="handler">the HTTP stack for tests (used for every request, no address check); the default is a
    /// <see cref="SocketsHttpHandler"/> per origin, the one for content connecting through <paramref name="policy"/>.</param>
    /// <param name="policy">where addresses found in content may lead (default: public addresses only).</param>
    public PageFetcher(InputLimits? limits = null, HttpMessageHandler? handler = null, AddressPolicy? policy = null)
    {
        _timeout = (limits ?? InputLimits.Default).FetchTimeout;
        policy ??= AddressPolicy.Default;
        _userClient = Client(handler ?? Handler(null));
        _contentClient = handler is null ? Client(Handler(policy)) : _userClient;
    }

    private SocketsHttpHandler Handler(AddressPolicy? policy)
    {
        var h = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = false,
            ConnectTimeout = _timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (policy is not null) h.ConnectCallback = policy.ConnectAsync;
        return h;
    }

    private static HttpClient Client(HttpMessageHandler handler)
    {
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5");
        return client;
    }

    public static bool IsHttpUrl(string s) =>
        (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(s, UriKind.Absolute, out var u) && AddressPolicy.IsWebAddress(u);

    /// <summary>Downloads <paramref name="url"/>, refusing bodies larger than <paramref name="maxBytes"/>.</summary>
    public FetchedPage Fetch(string url, long maxBytes, LinkOrigin origin = LinkOrigin.Content, CancellationToken ct = default) =>
        FetchAsync(url, _ => maxBytes, origin, ct).GetAwaiter().GetResult();

    /// <summary>Downloads <paramref name="url"/>, refusing bodies larger than what <paramref name="maxBytesFor"/> gives for the response's media type.</summary>
    public FetchedPage Fetch(string url, Func<string?, long> maxBytesFor, LinkOrigin origin, CancellationToken ct = default) =>
        FetchAsync(url, maxBytesFor, origin, ct).GetAwaiter().GetResult();

    public async Task<FetchedPage> FetchAsync(string url, Func<string?, long> maxBytesFor, LinkOrigin origin, CancellationToken ct = default)
    {
        if (!IsHttpUrl(url)) return new FetchedPage(url, null, null, null, "not an http(s) address");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_timeout);
        var current = new Uri(url);
        try
        {
            for (int hop = 0; ; hop++)
            {
                var client = hop == 0 && origin == LinkOrigin.User ? _userClient : _contentClient;
                using var response = await client.GetAsync(current, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= MaxRedirects)
                        return Failed(url, $"more than {MaxRedirects} redirects");
                    if (NextHop(current, response, out var error) is not { } next)
                        return Failed(url, error!);
                    current = next;
                    continue;
                }
                return await ReadBody(current.ToString(), response, maxBytesFor, cts.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed(url, $"no answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return Failed(url, "cannot download: " + ex.Message);
        }
        catch (IOException ex)
        {
            return Failed(url, "the download broke off: " + ex.Message);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Where a redirect leads, when it is an http(s) address; else null and why.</summary>
    private static Uri? NextHop(Uri current, HttpResponseMessage response, out string? error)
    {
        error = null;
        var location = response.Headers.TryGetValues("Location", out var values) ? values.FirstOrDefault() : null;
        if (string.IsNullOrWhiteSpace(location))
        {
            error = $"a redirect (HTTP {(int)response.StatusCode}) without a Location";
            return null;
        }
        if (!Uri.TryCreate(current, location.Trim(), out var next))
        {
            error = "a redirect to an address that cannot be read: " + Printable(location);
            return null;
        }
        if (!AddressPolicy.IsWebAddress(next))
        {
            error = $"a redirect to a {next.Scheme}: address (only http and https are followed)";
            return null;
        }
        return next;
    }

    private static string Printable(string s)
    {
        var t = new string(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return t.Length <= 100 ? t : t[..100] + "…";
    }

    private static async Task<FetchedPage> ReadBody(string finalUrl, HttpResponseMessage response, Func<string?, long> maxBytesFor, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
            return new FetchedPage(finalUrl, null, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
        MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
        long maxBytes = maxBytesFor(type?.MediaType);
        if (response.Content.Headers.ContentLength > maxBytes)
            return new FetchedPage(finalUrl, null, type?.MediaType, null, TooLarge(maxBytes));
        await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var bytes = await BoundedRead.ReadAtMostAsync(body, maxBytes, ct).ConfigureAwait(false);
        return bytes is null
            ? new FetchedPage(finalUrl, null, type?.MediaType, null, TooLarge(maxBytes))
            : new FetchedPage(finalUrl, bytes, type?.MediaType, type?.CharSet?.Trim('"'), null);
    }

    private static FetchedPage Failed(string url, string error) => new(url, null, null, null, error);

    private static string TooLarge(long maxBytes) => $"the page is larger than {InputLimits.Megabytes(maxBytes)}";
}
