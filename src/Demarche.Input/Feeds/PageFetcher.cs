using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace Demarche.Input.Feeds;

/// <summary>What one download gave: the body and its declared type, or an error a user can act on.</summary>
public sealed record FetchedPage(string Url, byte[]? Body, string? MediaType, string? Charset, string? Error)
{
    public bool IsFeedType => MediaType is { } t && (t.Contains("rss", StringComparison.OrdinalIgnoreCase)
        || t.Contains("atom", StringComparison.OrdinalIgnoreCase) || t.Contains("feed+json", StringComparison.OrdinalIgnoreCase)
        || t.Contains("rdf", StringComparison.OrdinalIgnoreCase));

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

/// <summary>
/// Downloads pages and feeds over HTTP(S), one at a time, with a polite User-Agent, a time limit and a size
/// limit. Never throws for a network or server failure: the error is in the result.
/// </summary>
public sealed class PageFetcher
{
    public static readonly string UserAgent =
        $"Demarche/{typeof(PageFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0"} (news event coding; one request at a time)";

    private readonly HttpClient _client;
    private readonly TimeSpan _timeout;

    /// <param name="handler">the HTTP stack; tests pass their own, the default is a <see cref="SocketsHttpHandler"/>.</param>
    public PageFetcher(InputLimits? limits = null, HttpMessageHandler? handler = null)
    {
        _timeout = (limits ?? InputLimits.Default).FetchTimeout;
        handler ??= CreateHandler(limits);
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5");
    }

    /// <summary>The HTTP stack used when none is given (decompression, at most 5 redirects); callers may wrap it in their own handlers.</summary>
    public static HttpMessageHandler CreateHandler(InputLimits? limits = null) => new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        ConnectTimeout = (limits ?? InputLimits.Default).FetchTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    public static bool IsHttpUrl(string s) =>
        (s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        && Uri.TryCreate(s, UriKind.Absolute, out _);

    /// <summary>Downloads <paramref name="url"/>, refusing bodies larger than <paramref name="maxBytes"/>.</summary>
    public FetchedPage Fetch(string url, long maxBytes, CancellationToken ct = default) =>
        FetchAsync(url, maxBytes, ct).GetAwaiter().GetResult();

    public Task<FetchedPage> FetchAsync(string url, long maxBytes, CancellationToken ct = default) => FetchAsync(url, maxBytes, null, ct);

    /// <summary>
    /// Downloads <paramref name="url"/>; with <paramref name="ifChanged"/>, asks only for a newer version (If-None-Match,
    /// If-Modified-Since) and gives <see cref="FetchedPage.NotModified"/> when the server answers 304.
    /// </summary>
    public async Task<FetchedPage> FetchAsync(string url, long maxBytes, HttpValidators? ifChanged, CancellationToken ct = default)
    {
        if (!IsHttpUrl(url)) return new FetchedPage(url, null, null, null, "not an http(s) address");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (ifChanged?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            if (ifChanged?.LastModified is { } since) request.Headers.TryAddWithoutValidation("If-Modified-Since", since);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);
            var finalUrl = response.RequestMessage?.RequestUri?.ToString() ?? url;
            var validators = new HttpValidators(response.Headers.ETag?.ToString(),
                response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null);
            if (response.StatusCode == HttpStatusCode.NotModified)
                return new FetchedPage(finalUrl, null, null, null, null) { NotModified = true, Validators = ifChanged };
            if (!response.IsSuccessStatusCode)
                return new FetchedPage(finalUrl, null, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
            MediaTypeHeaderValue? type = response.Content.Headers.ContentType;
            if (response.Content.Headers.ContentLength > maxBytes)
                return new FetchedPage(finalUrl, null, type?.MediaType, null, TooLarge(maxBytes));
            await using var body = await response.Content.ReadAsStreamAsync(cts.Token).ConfigureAwait(false);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await body.ReadAsync(chunk, cts.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                    return new FetchedPage(finalUrl, null, type?.MediaType, null, TooLarge(maxBytes));
                buffer.Write(chunk, 0, n);
            }
            return new FetchedPage(finalUrl, buffer.ToArray(), type?.MediaType, type?.CharSet?.Trim('"'), null) { Validators = validators };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FetchedPage(url, null, null, null, $"no answer within {_timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return new FetchedPage(url, null, null, null, "cannot download: " + ex.Message);
        }
        catch (IOException ex)
        {
            return new FetchedPage(url, null, null, null, "the download broke off: " + ex.Message);
        }
    }

    private static string TooLarge(long maxBytes) => $"the page is larger than {maxBytes / (1024 * 1024)} MB";
}
