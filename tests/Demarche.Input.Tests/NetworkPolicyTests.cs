using System.Net;
using System.Net.Sockets;
using System.Text;
using Demarche.Input.Feeds;
using Demarche.Input.Network;

namespace Demarche.Input.Tests;

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 that answers every request from a table of raw responses.</summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, Func<byte[]>> _responses = new();
    private readonly CancellationTokenSource _stop = new();
    public List<string> Requests { get; } = [];

    public LoopbackServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public LoopbackServer Page(string path, string type, string body) =>
        Raw(path, () => Response("200 OK", $"Content-Type: {type}\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n", Encoding.UTF8.GetBytes(body)));

    public LoopbackServer Redirect(string path, string location) =>
        Raw(path, () => Response("302 Found", $"Location: {location}\r\nContent-Length: 0\r\n", []));

    /// <summary>A body of <paramref name="bytes"/> bytes sent without a Content-Length (the connection closes at its end).</summary>
    public LoopbackServer Endless(string path, string type, long bytes) => Raw(path, () =>
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {type}\r\nConnection: close\r\n\r\n");
        var body = new byte[bytes];
        body.AsSpan().Fill((byte)'a');
        return [.. head, .. body];
    });

    public LoopbackServer Raw(string path, Func<byte[]> response)
    {
        _responses[path] = response;
        return this;
    }

    private static byte[] Response(string status, string headers, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}Connection: close\r\n\r\n"), .. body];

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(async () =>
            {
                using (client)
                {
                    try
                    {
                        var stream = client.GetStream();
                        var head = new StringBuilder();
                        var buffer = new byte[1];
                        while (!head.ToString().EndsWith("\r\n\r\n") && await stream.ReadAsync(buffer) > 0) head.Append((char)buffer[0]);
                        var path = head.ToString().Split(' ')[1];
                        lock (Requests) Requests.Add(path);
                        var bytes = _responses.TryGetValue(path, out var make) ? make()
                            : Response("404 Not Found", "Content-Length: 0\r\n", []);
                        await stream.WriteAsync(bytes, _stop.Token);
                    }
                    catch (IOException) { }
                }
            });
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}

public class NetworkPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.8.9.10", "loopback")]
    [InlineData("::1", "loopback")]
    [InlineData("10.1.2.3", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fd00:ec2::254", "unique-local")]
    [InlineData("fc00::1", "unique-local")]
    [InlineData("100.100.100.200", "shared (carrier-grade NAT)")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("::", "unspecified")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:169.254.169.254", "link-local")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]
    [InlineData("2002:7f00:1::", "loopback")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("2002:c0a8:0101::1", "private")]
    [InlineData("100::1", "discard")]
    [InlineData("2001:db8::1", "documentation")]
    public void NonPublicAddressesAreNamed(string address, string kind)
    {
        Assert.Equal(kind, AddressPolicy.NonPublicKind(IPAddress.Parse(address)));
        Assert.NotNull(AddressPolicy.Default.Refusal(IPAddress.Parse(address)));
        Assert.Null(new AddressPolicy(allowPrivate: true).Refusal(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2a00:1450:4001:80b::200e")]
    public void PublicAddressesPass(string address)
    {
        Assert.Null(AddressPolicy.NonPublicKind(IPAddress.Parse(address)));
        Assert.Null(AddressPolicy.Default.Refusal(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("http://a.example/x", true)]
    [InlineData("HTTPS://a.example/x", true)]
    [InlineData("ftp://a.example/x", false)]
    [InlineData("gopher://a.example:70/x", false)]
    [InlineData("ws://a.example/x", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("data:text/html,hello", false)]
    public void OnlyHttpAndHttpsAreWebAddresses(string url, bool web) =>
        Assert.Equal(web, AddressPolicy.IsWebAddress(new Uri(url)));

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<p>hello</p>")]
    [InlineData("ftp://files.example.org/a.html")]
    [InlineData("gopher://127.0.0.1:70/x")]
    [InlineData("ws://127.0.0.1:9/x")]
    [InlineData("http://[::1")]
    public void RedirectsLeaveOnlyForHttpAndHttps(string location)
    {
        var http = new CannedHttp().Redirect("https://wire.example.org/story", location);
        var item = Assert.Single(new InputReader { Fetcher = new PageFetcher(handler: http) }.Read("https://wire.example.org/story"));
        Assert.NotNull(item.Error);
        Assert.Contains("redirect", item.Error!.Message);
        Assert.Single(http.Requests);
    }

    [Fact]
    public void RelativeRedirectsAreFollowed()
    {
        var http = new CannedHttp()
            .Redirect("https://wire.example.org/story", "/2025/story")
            .Page("https://wire.example.org/2025/story", "text/html", "<html><body><p>Talks resumed.</p></body></html>");
        var doc = Assert.Single(new InputReader { Fetcher = new PageFetcher(handler: http) }.Read("https://wire.example.org/story")).Document!;
        Assert.Equal("https://wire.example.org/2025/story", doc.Url);
    }

    [Fact]
    public void RedirectChainsEnd()
    {
        var http = new CannedHttp();
        for (int i = 0; i < 10; i++) http.Redirect($"https://wire.example.org/{i}", $"/{i + 1}");
        var item = Assert.Single(new InputReader { Fetcher = new PageFetcher(handler: http) }.Read("https://wire.example.org/0"));
        Assert.Contains("redirects", item.Error!.Message);
    }

    private static string FeedLinkingTo(string link) =>
        $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>w</title><item><title>t</title><link>{link}</link><description>short</description></item></channel></rss>";

    [Fact]
    public void AFeedItemLinkToLoopbackIsNotFetched()
    {
        using var server = new LoopbackServer().Page("/secret", "text/html", "<html><body><p>Internal admin page.</p></body></html>");
        using var dir = new TempFolder();
        var items = new InputReader { FetchLinkedPages = true }.Read(dir.Write("w.rss", FeedLinkingTo(server.Url("/secret")))).ToList();
        Assert.Empty(server.Requests);
        Assert.Contains("loopback", items[0].Error!.Message);
        Assert.Contains("--allow-private", items[0].Error!.Message);
        Assert.Equal("short", items[1].Document!.Content); // the summary is kept
    }

    [Fact]
    public void AllowPrivateLetsAFeedItemLinkToLoopbackBeFetched()
    {
        using var server = new LoopbackServer().Page("/page", "text/html", "<html><body><p>Local page.</p></body></html>");
        using var dir = new TempFolder();
        var doc = Assert.Single(new InputReader { FetchLinkedPages = true, AllowPrivateAddresses = true }.Read(dir.Write("w.rss", FeedLinkingTo(server.Url("/page"))))).Document!;
        Assert.Contains("Local page.", doc.Content);
    }

    [Fact]
    public void AUrlTheUserGaveMayBeLocalButItsRedirectsMayNot()
    {
        using var server = new LoopbackServer()
            .Page("/page", "text/html", "<html><body><p>Local page.</p></body></html>");
        server.Redirect("/hop", server.Url("/page"));
        var reader = new InputReader();
        Assert.Contains("Local page.", Assert.Single(reader.Read(server.Url("/page"))).Document!.Content);
        var hop = Assert.Single(reader.Read(server.Url("/hop")));
        Assert.Contains("loopback", hop.Error!.Message);
    }

    [Fact]
    public void APageTooLargeIsRefusedWhileStreaming()
    {
        using var server = new LoopbackServer().Endless("/big", "text/html", 40L * 1024 * 1024);
        var limits = new InputLimits { MaxDocumentBytes = 1024 * 1024, MaxFeedBytes = 64L * 1024 * 1024 };
        var fetcher = new PageFetcher(limits);
        var page = fetcher.Fetch(server.Url("/big"), limits.MaxDocumentBytes, LinkOrigin.User, TestContext.Current.CancellationToken);
        Assert.Contains("larger than", page.Error);
        var item = Assert.Single(new InputReader(limits) { Fetcher = fetcher }.Read(server.Url("/big")));
        Assert.Contains("larger than 1 MB", item.Error!.Message); // an HTML page: the document limit, not the feed limit
    }
}
