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

    /// <summary>The validators the server gave (ETag, Last-Modified), for a conditional request next time.</summary>
    public HttpValidators? Validators { get; init; }

    /// <summary>True when a conditional request was answered 304 Not Modified (no body).</summary>
    public bool NotModified { get; init; }
}

/// <summary>An ETag and a Last-Modified date as the server sent them, sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record HttpValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

/// <summary>Who chose an address: the user (on the command line, a followed feed), or a document (a feed item's link, a redirect).</summary>
public enum LinkOrigin
{
    /// <summary>Given by the user: fetched wherever it is (a local test server, an intranet feed).</summary>
    User,

    /// <summary>Found in fetched content or in a redirect: held to the <see cref="AddressPolicy"/>.</summary>
    Content,
}

/// <summary>
/// Downloads pages and feeds over HTTP(S), one at a time, with a polite User-Agent, a time limit and a size
/// limit applied while the body streams in, conditionally when given the validators of the last answer.
/// Redirects are followed here (at most <see cref="MaxRedirects"/>), to http and https addresses only, each
/// through the HTTP stack for content, which holds every connection to the <see cref="AddressPolicy"/>.
/// Never throws for a network or server failure: the error is in the result.
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
    /// <param name="handler">one HTTP stack for every request, which checks addresses itself or not at all (tests;
    /// the web app, whose stack holds its <see cref="AddressPolicy"/> for every URL); the default is
    /// <see cref="CreateHandler"/> per origin, the one for content connecting through <paramref name="policy"/>.</param>
    /// <param name="policy">where addresses found in content may lead (default: public addresses only).</param>
    public PageFetcher(InputLimits? limits = null, HttpMessageHandler? handler = null, AddressPolicy? policy = null)
        : this(limits, handler ?? CreateHandler(limits), handler ?? CreateHandler(limits, policy ?? AddressPolicy.Default))
    {
    }

    /// <param name="limits">the time limit of one download.</param>
    /// <param name="userHandler">the HTTP stack for the first request to an address the user gave.</param>
    /// <param name="contentHandler">the HTTP stack for addresses found in content and for every redirect (it should
    /// check addresses: <see cref="CreateHandler"/> with an <see cref="AddressPolicy"/>, or a handler around one).</param>
    public PageFetcher(InputLimits? limits, HttpMessageHandler userHandler, HttpMessageHandler contentHandler)
    {
        _timeout = (limits ?? InputLimits.Default).FetchTimeout;
        _userClient = Client(userHandler);
        _contentClient = ReferenceEquals(userHandler, contentHandler) ? _userClient : Client(contentHandler);
    }

    /// <summary>
    /// The HTTP stack used when none is given: decompression, no automatic redirect (the fetcher follows them
    /// itself, checking each) unless <paramref name="followRedirects"/>; with a <paramref name="policy"/> that
    /// refuses private addresses, every connection goes through <see cref="AddressPolicy.ConnectAsync"/> and no
    /// proxy is used (it would hide the address connected to). Callers may wrap it in their own handlers.
    /// </summary>
    public static SocketsHttpHandler CreateHandler(InputLimits? limits = null, AddressPolicy? policy = null, bool followRedirects = false)
    {
        var h = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = followRedirects,
            MaxAutomaticRedirections = MaxRedirects,
            ConnectTimeout = (limits ?? InputLimits.Default).FetchTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        if (policy is { AllowPrivate: false })
        {
            h.ConnectCallback = policy.ConnectAsync;
            h.UseProxy = false;
        }
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
        FetchAsync(url, _ => maxBytes, origin, null, ct).GetAwaiter().GetResult();

    /// <summary>Downloads <paramref name="url"/>, refusing bodies larger than what <paramref name="maxBytesFor"/> gives for the response's media type.</summary>
    public FetchedPage Fetch(string url, Func<string?, long> maxBytesFor, LinkOrigin origin, CancellationToken ct = default) =>
        FetchAsync(url, maxBytesFor, origin, null, ct).GetAwaiter().GetResult();

    /// <summary>
    /// Downloads <paramref name="url"/>, refusing bodies larger than <paramref name="maxBytes"/>; with
    /// <paramref name="ifChanged"/>, asks only for a newer version (If-None-Match, If-Modified-Since) and gives
    /// <see cref="FetchedPage.NotModified"/> when the server answers 304.
    /// </summary>
    public Task<FetchedPage> FetchAsync(string url, long maxBytes, LinkOrigin origin, HttpValidators? ifChanged = null, CancellationToken ct = default) =>
        FetchAsync(url, _ => maxBytes, origin, ifChanged, ct);

    public async Task<FetchedPage> FetchAsync(string url, Func<string?, long> maxBytesFor, LinkOrigin origin, HttpValidators? ifChanged = null, CancellationToken ct = default)
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
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                if (ifChanged?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (ifChanged?.LastModified is { } since) request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= MaxRedirects)
                        return Failed(url, $"more than {MaxRedirects} redirects");
                    if (NextHop(current, response, out var error) is not { } next)
                        return Failed(url, error!);
                    current = next;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return new FetchedPage(current.ToString(), null, null, null, null) { NotModified = true, Validators = ifChanged };
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
        var validators = new HttpValidators(response.Headers.ETag?.ToString(),
            response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null);
        await using var body = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        var bytes = await BoundedRead.ReadAtMostAsync(body, maxBytes, ct).ConfigureAwait(false);
        return bytes is null
            ? new FetchedPage(finalUrl, null, type?.MediaType, null, TooLarge(maxBytes))
            : new FetchedPage(finalUrl, bytes, type?.MediaType, type?.CharSet?.Trim('"'), null) { Validators = validators };
    }

    private static FetchedPage Failed(string url, string error) => new(url, null, null, null, error);

    private static string TooLarge(long maxBytes) => $"the page is larger than {InputLimits.Megabytes(maxBytes)}";
}
