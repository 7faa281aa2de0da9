using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Demarche.Watch.Tests;

/// <summary>
/// A small HTTP server on loopback for the watch and cluster tests: serves the feeds and pages it is given (an
/// ETag per content, 304 for a matching If-None-Match), fails the paths told to, and logs every request.
/// </summary>
public sealed class FeedServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (string Type, string Body)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _failing = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public ConcurrentQueue<(string Path, int Status, DateTime At)> Log { get; } = new();
    public string BaseUrl { get; }

    public FeedServer()
    {
        for (int attempt = 0; ; attempt++)
        {
            int port = FreePort();
            BaseUrl = $"http://127.0.0.1:{port}";
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(BaseUrl + "/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }
        _loop = Task.Run(LoopAsync);
    }

    public static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        int port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    public string Url(string path) => BaseUrl + path;

    public void Set(string path, string body, string type = "application/rss+xml") => _files[path] = (type, body);

    /// <summary>Answers <paramref name="status"/> on this path (0: serve it again).</summary>
    public void Fail(string path, int status) { if (status == 0) _failing.TryRemove(path, out _); else _failing[path] = status; }

    public int Count(string path, int? status = null) => Log.Count(l => l.Path == path && (status is null || l.Status == status));

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Serve(ctx));
        }
    }

    private void Serve(HttpListenerContext ctx)
    {
        var path = ctx.Request.Url!.AbsolutePath;
        try
        {
            int status;
            byte[]? body = null;
            string? type = null;
            string? etag = null;
            if (_failing.TryGetValue(path, out var failure)) status = failure;
            else if (!_files.TryGetValue(path, out var file)) status = 404;
            else
            {
                etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file.Body)))[..16] + "\"";
                status = ctx.Request.Headers["If-None-Match"] == etag ? 304 : 200;
                if (status == 200) (body, type) = (Encoding.UTF8.GetBytes(file.Body), file.Type + "; charset=utf-8");
            }
            // logged before answering, so that a client that has its answer finds the request in the log
            Log.Enqueue((path, status, DateTime.UtcNow));
            ctx.Response.StatusCode = status;
            if (etag is not null) ctx.Response.Headers["ETag"] = etag;
            if (body is not null)
            {
                ctx.Response.ContentType = type;
                ctx.Response.ContentLength64 = body.Length;
                ctx.Response.OutputStream.Write(body);
            }
            ctx.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        try { _listener.Stop(); _listener.Close(); } catch (ObjectDisposedException) { }
        try { _loop.Wait(2000); } catch (AggregateException) { }
    }
}

/// <summary>RSS written for the tests: news items about invented but plausible diplomacy, each with its own words.</summary>
public static class TestFeeds
{
    private static readonly string[] Pairs =
    [
        "France|Germany", "Mali|Algeria", "Japan|South Korea", "Brazil|Argentina", "Kenya|Ethiopia", "Canada|Mexico",
        "Poland|Lithuania", "Egypt|Jordan", "India|Nepal", "Chile|Peru", "Spain|Portugal", "Turkey|Greece",
    ];

    private static readonly string[] Verbs = ["signed an accord with", "held talks with", "criticised", "promised aid to", "met officials from", "condemned"];

    /// <summary>The text of item <paramref name="n"/> of feed <paramref name="feed"/>: different for every pair.</summary>
    public static string Text(int feed, int n)
    {
        var pair = Pairs[(feed * 7 + n) % Pairs.Length].Split('|');
        var verb = Verbs[(feed + n * 5) % Verbs.Length];
        return $"{pair[0]} {verb} {pair[1]} on Tuesday, officials said in statement number {feed * 1000 + n}. "
            + $"The meeting in the capital followed weeks of contacts, according to a spokesman, who described round {n} of feed {feed} as useful.";
    }

    public static string Item(int feed, int n, string? link = null, string? description = null) =>
        $"<item><guid>feed{feed}-item{n}</guid><title>Report {n} of feed {feed}</title><link>{link ?? $"/news/{feed}/{n}.html"}</link>"
        + $"<pubDate>Tue, 04 Mar 2025 10:{n % 60:00}:00 GMT</pubDate><description>{WebUtility.HtmlEncode("<p>" + (description ?? Text(feed, n)) + "</p>")}</description></item>";

    public static string Rss(int feed, IEnumerable<int> items, Func<int, string>? item = null) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Feed "
        + feed.ToString(CultureInfo.InvariantCulture) + "</title><link>http://example.org/</link>"
        + string.Concat(items.Select(n => item?.Invoke(n) ?? Item(feed, n))) + "</channel></rss>";
}
