using System.Net;
using System.Net.Sockets;
using System.Text;
using Demarche.Core;
using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Input.Feeds;
using Demarche.Input.Network;
using Demarche.Pipeline;
using Demarche.Tests;
using Demarche.Web.Security;

namespace Demarche.Web.Tests;

/// <summary>Loopback by default, the token off loopback, body and time limits, HTML escaping, and downloads to public addresses only.</summary>
public sealed class SecurityTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
    }

    private WebOptions Options()
    {
        var db = TestDatabase.Create(Backends.Sqlite);
        _databases.Add(db);
        return new WebOptions { Store = db.Target, StoreConnections = 2 };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("http://127.0.0.1:8080", null, true)]
    [InlineData("http://localhost:8080;http://[::1]:8080", null, true)]
    [InlineData("http://0.0.0.0:8080", null, false)]
    [InlineData("http://*:8080", null, false)]
    [InlineData("http://192.168.1.10:8080", null, false)]
    [InlineData("http://0.0.0.0:8080", "s3cret", true)]
    public void AnyAddressButLoopbackNeedsAToken(string urls, string? token, bool allowed) =>
        Assert.Equal(allowed, ListenAddresses.Refusal(ListenAddresses.Parse(urls), token) is null);

    [Fact]
    public void TheServerRefusesToStartOffLoopbackWithoutAToken()
    {
        var e = Assert.Throws<ArgumentException>(() => WebServer.Build(Options() with { Urls = "http://0.0.0.0:8080" }));
        Assert.Contains("--token", e.Message);
        Assert.Throws<ArgumentException>(() => WebServer.Build(Options() with { Urls = "ftp://127.0.0.1:21" }));
    }

    [Fact]
    public async Task WithATokenWritesAndAnalysesNeedItAndReadsDoNot()
    {
        await using var host = await WebTestHost.StartAsync(Options() with { Token = "s3cret" });
        var body = new { text = "Kenya and Uganda signed a trade agreement in Nairobi on Monday, officials said." };
        foreach (var path in new[] { "/api/analyze", "/api/documents" })
        {
            var none = await host.Post(path, body);
            Assert.Equal((401, "application/problem+json"), (none.Status, none.Type));
            Assert.Equal(401, (await host.Post(path, body, token: "wrong")).Status);
            Assert.Equal(200, (await host.Post(path, body, token: "s3cret")).Status);
        }
        Assert.Equal(1, (await host.GetJson("/api/stats")).GetProperty("documents").GetInt64());
        // the web app's sign-in sets the cookie that the analyse page then needs
        var form = new FormUrlEncodedContent([new("token", "s3cret"), new("return", "/analyze")]);
        var signIn = await host.Client.PostAsync("/auth/sign-in", form, Ct);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var wrong = await host.Client.PostAsync("/auth/sign-in", new FormUrlEncodedContent([new("token", "nope"), new("return", "https://evil.example/")]), Ct);
        Assert.StartsWith("/sign-in?failed=1", wrong.Headers.Location!.OriginalString);
        Assert.Contains("Sign in with the token", await host.Client.GetStringAsync("/analyze", Ct));
    }

    [Fact]
    public async Task OnLoopbackOtherHostNamesAreTurnedAway()
    {
        await using var host = await WebTestHost.StartAsync(Options());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Host = "rebound.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.SendAsync(request, Ct)).StatusCode);
    }

    [Fact]
    public async Task AnOversizedBodyIsRefusedWith413()
    {
        await using var host = await WebTestHost.StartAsync(Options() with { MaxBodyBytes = 64 * 1024 });
        var (status, body, type) = await host.Post("/api/analyze", new { text = new string('a', 100 * 1024) });
        Assert.Equal((413, "application/problem+json"), (status, type));
        Assert.Contains("at most", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnAnalysisOverItsTimeLimitIsAClearError()
    {
        var slow = new Analyzer(new DocumentBuilder(new Html.HtmlArticleExtractor(), new Cleaning.TextCleaner()),
            new PipelineBuilder().Add(new SlowAnnotator(TimeSpan.FromSeconds(3))).Build());
        await using var host = await WebTestHost.StartAsync(Options() with { AnalyzerFactory = () => slow, AnalysisTimeout = TimeSpan.FromMilliseconds(300) });
        var (status, body, _) = await host.Post("/api/analyze", new { text = "A text that takes too long." });
        Assert.Equal(422, status);
        Assert.Contains("did not finish within 0.3 s", body.GetProperty("detail").GetString());
    }

    private sealed class SlowAnnotator(TimeSpan delay) : IAnnotator
    {
        public string Name => "slow";
        public Layer Requires => Layer.Text;
        public Layer Assigns => Layer.None;
        public void Annotate(Document document) => Thread.Sleep(delay);
    }

    private const string Hostile = "Kenya <script>alert('x')</script> met Uganda <img src=x onerror=alert(1)> in Nairobi on Monday, officials said.";

    [Fact]
    public async Task ArticleTextAndTitlesAreEscapedInEveryPage()
    {
        await using var host = await WebTestHost.StartAsync(Options());
        var (status, body, _) = await host.Post("/api/documents", new { text = Hostile, title = "<script>alert('title')</script>", source = "<b onmouseover=alert(2)>src</b>", date = "2025-02-03" });
        Assert.Equal(200, status);
        long id = body.GetProperty("stored")[0].GetProperty("id").GetInt64();
        foreach (var page in new[] { $"/documents/{id}", "/documents", "/", "/events", "/search?q=Nairobi", "/actors/KEN" })
        {
            var html = await host.Client.GetStringAsync(page, Ct);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b onmouseover", html);
            Assert.DoesNotContain("onerror=alert", html.Replace("onerror=alert(1)&gt;", ""));
        }
        var article = await host.Client.GetStringAsync($"/documents/{id}", Ct);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", article);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", article);
    }

    /// <summary>
    /// A stand-in for the internet: names resolve through a stub, and connections to the one "public" address
    /// 203.0.113.7 reach a local server; everything else a name resolves to is what the policy must refuse.
    /// </summary>
    private sealed class FakeInternet : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;
        public List<string> Requests { get; } = [];

        public static readonly Dictionary<string, IPAddress> Names = new()
        {
            ["news.example"] = IPAddress.Parse("203.0.113.7"),
            ["metadata.example"] = IPAddress.Parse("169.254.169.254"),
            ["intranet.example"] = IPAddress.Parse("10.0.0.5"),
            ["sneaky.example"] = IPAddress.Parse("::ffff:127.0.0.1"),
        };

        public FakeInternet()
        {
            _listener.Start();
            _serving = Task.Run(Serve);
        }

        /// <summary>The HTTP stack the web app builds, with the stub resolver and the connection to the local server.</summary>
        public HttpMessageHandler Handler() => PageFetcher.CreateHandler(new InputLimits { FetchTimeout = TimeSpan.FromSeconds(5) }, new AddressPolicy(
            resolve: (host, _) => Task.FromResult(Names.TryGetValue(host, out var a) ? new[] { a } : throw new SocketException((int)SocketError.HostNotFound)),
            connect: async (endpoint, ct) =>
            {
                Assert.Equal(IPAddress.Parse("203.0.113.7"), endpoint.Address); // only what the policy allowed is ever dialled
                var client = new TcpClient();
                await client.ConnectAsync((IPEndPoint)_listener.LocalEndpoint, ct);
                return client.GetStream();
            }));

        /// <summary>The local server's own address (loopback), for a test without the stub resolver.</summary>
        public string LoopbackUrl(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

        private async Task Serve()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
                catch (OperationCanceledException) { return; }
                _ = Task.Run(async () =>
                {
                    using var _ = client;
                    var stream = client.GetStream();
                    var reader = new StreamReader(stream, Encoding.ASCII);
                    var line = await reader.ReadLineAsync() ?? "";
                    while (!string.IsNullOrEmpty(await reader.ReadLineAsync())) { }
                    var path = line.Split(' ').ElementAtOrDefault(1) ?? "/";
                    lock (Requests) Requests.Add(path);
                    string response = path switch
                    {
                        "/article" => Ok("<html><head><title>Talks</title></head><body><article><h1>Kenya and Uganda hold talks</h1>"
                            + "<p>Kenya and Uganda signed a trade agreement in Nairobi on Monday, officials said. The two governments agreed to reopen the border.</p></article></body></html>"),
                        "/to-metadata" => Redirect("http://metadata.example/latest/meta-data/"),
                        "/to-loopback" => Redirect("http://127.0.0.1:22/"),
                        "/to-intranet" => Redirect("http://intranet.example/admin"),
                        _ => "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    };
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(response));
                });
            }
        }

        private static string Ok(string html) =>
            $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {Encoding.UTF8.GetByteCount(html)}\r\nConnection: close\r\n\r\n{html}";

        private static string Redirect(string to) => $"HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try { await _serving; } catch (OperationCanceledException) { }
        }
    }

    [Fact]
    public async Task UrlsAreFetchedFromPublicAddressesOnlyAlsoAfterRedirectsAndResolution()
    {
        await using var internet = new FakeInternet();
        await using var host = await WebTestHost.StartAsync(Options() with { FetchHandler = internet.Handler });

        var ok = await host.Post("/api/analyze", new { url = "http://news.example/article" });
        Assert.True(ok.Status == 200, ok.Body.ToString());
        Assert.Contains("Kenya", ok.Body.GetProperty("documents")[0].GetProperty("document").GetProperty("text").GetString());

        foreach (var url in new[]
                 {
                     "http://news.example/to-metadata", "http://news.example/to-loopback", "http://news.example/to-intranet",
                     "http://metadata.example/latest/meta-data/", "http://intranet.example/", "http://sneaky.example/",
                     "http://127.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/", "http://2130706433/", "http://localhost/",
                 })
        {
            var (status, body, type) = await host.Post("/api/analyze", new { url });
            Assert.True(status == 422, $"{url}: {status} {body}");
            Assert.Equal("application/problem+json", type);
            var detail = body.GetProperty("detail").GetString()!;
            Assert.True(detail.Contains("refused") || detail.Contains("cannot resolve"), $"{url}: {detail}");
        }
        var ingest = await host.Post("/api/documents", new { url = "http://news.example/to-metadata" });
        Assert.Equal(422, ingest.Status);
        Assert.Equal(0, (await host.GetJson("/api/stats")).GetProperty("documents").GetInt64());
        Assert.Equal(["/article", "/to-metadata", "/to-loopback", "/to-intranet", "/to-metadata"], internet.Requests);
    }

    [Fact]
    public async Task AllowPrivateAddressesLetsAUrlOnThisMachineBeFetched()
    {
        await using var internet = new FakeInternet();
        await using (var refusing = await WebTestHost.StartAsync(Options()))
        {
            var refused = await refusing.Post("/api/analyze", new { url = internet.LoopbackUrl("/article") });
            Assert.True(refused.Status == 422, refused.Body.ToString());
            Assert.Contains("refused", refused.Body.GetProperty("detail").GetString());
        }
        await using var allowing = await WebTestHost.StartAsync(Options() with { AllowPrivateAddresses = true });
        var ok = await allowing.Post("/api/analyze", new { url = internet.LoopbackUrl("/article") });
        Assert.True(ok.Status == 200, ok.Body.ToString());
    }
}
