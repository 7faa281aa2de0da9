using System.Net.Http.Json;
using System.Text.Json;
using Demarche.Pipeline;
using Demarche.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Demarche.Web.Tests;

/// <summary>
/// The server as <c>demarche serve</c> builds it (<see cref="WebServer.Build"/>), on ASP.NET's in-memory test
/// server (what WebApplicationFactory runs) or, for the browser tests, on Kestrel at a free loopback port.
/// </summary>
public sealed class WebTestHost : IAsyncDisposable
{
    /// <summary>One analyzer for every test (its dictionaries take a while to load).</summary>
    public static readonly Lazy<Analyzer> SharedAnalyzer = new(() => Analyzer.CreateDefault());

    private readonly WebApplication _app;

    public HttpClient Client { get; }
    public string BaseUrl { get; }

    private WebTestHost(WebApplication app, HttpClient client, string baseUrl)
    {
        _app = app;
        Client = client;
        BaseUrl = baseUrl;
    }

    public static async Task<WebTestHost> StartAsync(WebOptions options, bool kestrel = false)
    {
        options = options with { AnalyzerFactory = options.AnalyzerFactory ?? (() => SharedAnalyzer.Value) };
        if (kestrel) options = options with { Urls = "http://127.0.0.1:0" };
        var app = WebServer.Build(options, b => { if (!kestrel) b.WebHost.UseTestServer(); }, applicationName: "Demarche.Web.Tests");
        await app.StartAsync(TestContext.Current.CancellationToken);
        if (!kestrel) return new WebTestHost(app, app.GetTestClient(), "http://localhost/");
        var url = app.Urls.First().TrimEnd('/') + "/";
        return new WebTestHost(app, new HttpClient { BaseAddress = new Uri(url) }, url);
    }

    public async Task<JsonElement> GetJson(string path)
    {
        var r = await Client.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(r.IsSuccessStatusCode, $"GET {path}: {(int)r.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public async Task<(int Status, JsonElement Body, string? Type)> Post(string path, object body, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        var r = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return ((int)r.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), r.Content.Headers.ContentType?.MediaType);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
